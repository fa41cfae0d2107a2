package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diagram of the example's pipeline (a copy of its {@code pipeline.json} in test resources), and of topics. */
class GraphTest {

    private static LocalPipeline example() throws Exception {
        return LocalPipeline.read(Path.of(GraphTest.class.getResource("/example").toURI()));
    }

    @Test
    void everyTriggerGrantAndFailurePathIsAnEdge() throws Exception {
        String mermaid = Graph.mermaid(example());

        assertThat(mermaid).startsWith("flowchart LR\n");
        // Triggers: queue, bucket with its filter, table stream, schedule, HTTP routes.
        assertThat(mermaid).containsMatch("queue_\\d+ --> fn_\\d+");
        assertThat(mermaid).contains("-- \"uploads/*.csv\" -->");
        assertThat(mermaid).contains("-- stream -->");
        assertThat(mermaid).contains("{{\"cron(0 6 * * ? *)\"}}");
        assertThat(mermaid).contains(">\"POST /users\"]");
        assertThat(mermaid).contains(">\"ANY /{proxy+}\"]");
        // Topic, its subscribed queue, the event bus and the Kinesis stream, with their publishers.
        assertThat(mermaid).containsMatch("topic_\\d+ --> queue_\\d+");
        assertThat(mermaid).containsMatch("eventBus_\\d+\\[\\[\"events:default\"]]");
        assertThat(mermaid).containsMatch("fn_\\d+ -- puts events --> eventBus_\\d+");
        assertThat(mermaid).containsMatch("eventBus_\\d+ -- pattern --> fn_\\d+");
        assertThat(mermaid).containsMatch("fn_\\d+ -- puts records --> kinesisStream_\\d+");
        assertThat(mermaid).containsMatch("kinesisStream_\\d+ -- filtered --> fn_\\d+");
        // Grants and the dead-letter queue.
        assertThat(mermaid).contains("-- reads, writes -->");
        assertThat(mermaid).contains("-. \"after 5 receives\" .->");
        // Each node is declared once.
        assertThat(mermaid.split("\\(\"processPayment\"\\)", -1)).hasLength(2);
    }

    @Test
    void topicsAreNodesWithTheirSubscribersAndPublishers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        LocalPipeline.Function announce = new LocalPipeline.Function("announce", "A::h", 256, 10, "", Map.of(),
                List.of(), json.readTree("{\"kind\":\"sns\",\"topic\":\"settled\",\"filterPolicy\":\"{}\","
                        + "\"deadLetterQueue\":\"undelivered\"}"));
        LocalPipeline.Function settle = new LocalPipeline.Function("settle", "S::h", 256, 10, "", Map.of(),
                List.of(new LocalPipeline.Grant("SLUICE_TOPIC_ARN_SETTLED", "topic", "settled", "PUBLISH")),
                json.readTree("{\"kind\":\"schedule\",\"expression\":\"rate(1 hour)\"}"));
        String mermaid = Graph.mermaid(new LocalPipeline("p", "local", "us-east-1", "", List.of(announce, settle),
                json.readTree("[]"), json.readTree("[]"), json.readTree("[]")));

        assertThat(mermaid).containsMatch("topic_\\d+\\[\\[\"sns:settled\"]]");
        assertThat(mermaid).containsMatch("topic_\\d+ -- filtered --> fn_\\d+");
        assertThat(mermaid).containsMatch("fn_\\d+ -- publishes --> topic_\\d+");
        assertThat(mermaid).containsMatch("topic_\\d+ -. \"undeliverable\" .-> queue_\\d+");
        assertThat(mermaid.split("sns:settled", -1)).hasLength(2);
    }

    @Test
    void labelsCannotBreakTheDiagram() {
        assertThat(Graph.label("a \"b\" <c> #d\ne")).isEqualTo("a #quot;b#quot; #lt;c#gt; #35;d e");
    }
}

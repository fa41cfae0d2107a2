package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The diagram of the example's pipeline (a copy of its {@code pipeline.json} in test resources). */
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
        // Grants and the dead-letter queue.
        assertThat(mermaid).contains("-- reads, writes -->");
        assertThat(mermaid).contains("-. \"after 5 receives\" .->");
        // Each node is declared once.
        assertThat(mermaid.split("\\(\"processPayment\"\\)", -1)).hasLength(2);
    }

    @Test
    void labelsCannotBreakTheDiagram() {
        assertThat(Graph.label("a \"b\" <c> #d\ne")).isEqualTo("a #quot;b#quot; #lt;c#gt; #35;d e");
    }
}

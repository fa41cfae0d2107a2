package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import java.io.InputStream;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * {@code sluice/pipeline.json}, what the local tools read, agrees with {@code serverless.yml} on what both say:
 * every function with its handler, memory and timeout, queue visibility, stream view types, notifications.
 */
class LocalPipelineTest {

    @Test
    void saysWhatTheDescriptorSays() throws Exception {
        Compilation compilation = Compiler.compile(EveryAttributeTest.EVERY);
        assertThat(compilation).succeededWithoutWarnings();
        JsonNode local = read(compilation, "sluice/pipeline.json", new ObjectMapper());
        JsonNode descriptor = read(compilation, "serverless.yml", new YAMLMapper());

        assertThat(local.get("service").asText()).isEqualTo("every");
        assertThat(local.get("functions").size()).isEqualTo(descriptor.get("functions").size());
        for (JsonNode function : local.get("functions")) {
            JsonNode described = descriptor.get("functions").get(function.get("name").asText());
            assertWithMessage("%s", function.get("name")).that(function.get("handler").asText())
                    .isEqualTo(described.get("handler").asText());
            assertWithMessage("%s timeout", function.get("name")).that(function.get("timeoutSeconds").asInt())
                    .isEqualTo(described.get("timeout").asInt());
            assertWithMessage("%s memory", function.get("name")).that(function.get("memoryMb").asInt())
                    .isEqualTo(described.get("memorySize").asInt());
        }
        JsonNode resources = descriptor.get("resources").get("Resources");
        JsonNode jobs = local.get("queues").get(0);
        assertThat(jobs.get("visibilityTimeoutSeconds").asInt())
                .isEqualTo(resources.get("JobsQueue").get("Properties").get("VisibilityTimeout").asInt());
        assertThat(jobs.get("maxReceiveCount").asInt()).isEqualTo(3);
        assertThat(jobs.get("deadLetterQueue").asText()).isEqualTo("every-local-jobs-dlq");
        JsonNode orders = local.get("tables").get(0);
        assertThat(orders.get("streamViewType").asText()).isEqualTo(resources.get("OrdersTable").get("Properties")
                .get("StreamSpecification").get("StreamViewType").asText());
        JsonNode drop = local.get("buckets").get(0);
        assertThat(drop.get("notifications").get(0).get("function").asText()).isEqualTo("ingest");
        assertThat(drop.get("notifications").get(0).get("prefix").asText()).isEqualTo("in/");
    }

    private static JsonNode read(Compilation compilation, String name, ObjectMapper mapper) throws Exception {
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name).orElseThrow()
                .openInputStream()) {
            return mapper.readTree(in);
        }
    }
}

package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvocationTest {

    private static LocalPipeline example() throws Exception {
        return LocalPipeline.read(Path.of(InvocationTest.class.getResource("/example").toURI()));
    }

    @Test
    void theEnvironmentIsTheDescriptorsWithLocalNamesAndNoWayToAws() throws Exception {
        LocalPipeline pipeline = example();
        Map<String, String> env = new Invocation(pipeline, pipeline.function("createUser").orElseThrow(), null)
                .environment();

        assertThat(env).containsEntry("SLUICE_TABLE_USERS", "payments-local-users");
        assertThat(env).containsEntry("AWS_ENDPOINT_URL", Invocation.NO_ENDPOINT);
        assertThat(env).containsEntry("AWS_ACCESS_KEY_ID", "sluice-local");
        assertThat(env).containsEntry("AWS_REGION", "us-east-1");
        assertThat(env).containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        assertThat(env).containsEntry("JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
    }

    @Test
    void anEndpointIsUsedForEveryClientAndQueueUrls() throws Exception {
        LocalPipeline pipeline = example();
        Map<String, String> env = new Invocation(pipeline, pipeline.function("processUpload").orElseThrow(),
                "http://127.0.0.1:4566").environment();

        assertThat(env).containsEntry("AWS_ENDPOINT_URL", "http://127.0.0.1:4566");
        assertThat(env).containsEntry("SLUICE_BUCKET_MY_UPLOADS_BUCKET", "payments-my-uploads-bucket-local");
    }

    @Test
    void aMalformedEventNamesLineAndColumn(@TempDir Path work) throws Exception {
        Path event = work.resolve("event.json");
        Files.writeString(event, "{\n  \"Records\": [\n    {\"body\": \"x\",}\n  ]\n}\n");

        IOException error = assertThrows(IOException.class, () -> Invocation.checkEvent(event));
        assertThat(error).hasMessageThat().contains("line 3, column");
    }

    @Test
    void aModuleWithoutPipelineSaysWhatToDo(@TempDir Path classes) {
        IOException error = assertThrows(IOException.class, () -> LocalPipeline.read(classes));
        assertThat(error).hasMessageThat().contains("compile the module first");
    }
}

package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Functions kept warm and functions run once, against a real child JVM: one instance across invocations, output
 * kept out of the response, errors reported as Lambda's runtime would, and a function past its timeout stopped.
 */
class WarmFunctionTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static LocalPipeline.Function sleepy(int timeoutSeconds) {
        return new LocalPipeline.Function("sleepy", "dev.sluice.maven.fixtures.SleepyHandler::handleRequest", 256,
                timeoutSeconds, "test", Map.of(), List.of(), NODES.objectNode().put("kind", "schedule"));
    }

    private static LocalPipeline pipeline(LocalPipeline.Function function) {
        return new LocalPipeline("test", "local", "us-east-1", "", List.of(function), NODES.arrayNode(),
                NODES.arrayNode(), NODES.arrayNode());
    }

    private static List<String> classpath() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    void oneInstanceServesEveryEventAndATimeoutStartsANewOne() throws Exception {
        LocalPipeline.Function function = sleepy(2);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (WarmFunction warm = new WarmFunction(new Invocation(pipeline(function), function, null), function,
                java(), classpath(), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            assertThat(text(warm.invoke(bytes("{}")))).isEqualTo("{\"calls\":1}");
            assertThat(text(warm.invoke(bytes("{}")))).isEqualTo("{\"calls\":2}");

            WarmFunction.Outcome failed = warm.invoke(bytes("{\"fail\":true}"));
            assertThat(failed.error()).isTrue();
            assertThat(text(failed)).isEqualTo("{\"errorMessage\":\"asked to fail\","
                    + "\"errorType\":\"java.lang.IllegalStateException\"}");

            WarmFunction.Outcome slow = warm.invoke(bytes("{\"sleep\":true}"));
            assertThat(slow.timedOut()).isTrue();
            // A fresh JVM: a new instance, counting from one again.
            assertThat(text(warm.invoke(bytes("{}")))).isEqualTo("{\"calls\":1}");
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("[sleepy] printed by the function");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("timed out after 2 s");
    }

    @Test
    void aOneOffInvocationPastItsTimeoutIsStopped(@TempDir Path work) throws Exception {
        LocalPipeline.Function function = sleepy(1);
        Path event = work.resolve("event.json");
        Files.writeString(event, "{\"sleep\":true}");

        Invocation.Result result = new Invocation(pipeline(function), function, null).run(java(), classpath(), event,
                work, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(result.timedOut()).isTrue();
        assertThat(result.failure()).contains("timed out after 1 s");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(WarmFunction.Outcome outcome) {
        return new String(outcome.response(), StandardCharsets.UTF_8);
    }
}

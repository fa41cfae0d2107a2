package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.sluice.maven.Invocation;
import dev.sluice.maven.LocalPipeline;
import dev.sluice.maven.RuntimeClientInvocation;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sluice:invoke}'s two ways of running a function agree: through AWS's runtime interface client against the
 * Runtime API on loopback, and through the in-process invoker the plugin falls back to off Linux — the same
 * response bytes for the example's functions of each trigger kind, on their generated sample events.
 */
class RuntimeClientInvokeIT {

    private static final Path EXAMPLE = ServerlessFramework.ROOT.resolve("example-pipelines");

    @ParameterizedTest
    @ValueSource(strings = {"processPayment", "dailyReport", "auditLog", "publicApi"})
    void theRuntimeClientAnswersWhatTheInProcessInvokerAnswers(String name, @TempDir Path work) throws Exception {
        Assumptions.assumeTrue(RuntimeClientInvocation.supported(), "the runtime client runs on Linux only");
        LocalPipeline pipeline = LocalPipeline.read(EXAMPLE.resolve("target/classes"));
        LocalPipeline.Function function = pipeline.function(name).orElseThrow();
        Path event = EXAMPLE.resolve("target/classes/sluice/events/" + name + ".json");
        List<String> classpath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        Invocation invocation = new Invocation(pipeline, function, null);

        Invocation.Result viaClient = new RuntimeClientInvocation(invocation, function).run(java, classpath,
                Files.readAllBytes(event), work.resolve("client"), out);
        Invocation.Result inProcess = invocation.run(java, classpath, event, work.resolve("in-process"), out);

        String output = log.toString(StandardCharsets.UTF_8);
        assertWithMessage("%s", output).that(viaClient.succeeded()).isTrue();
        assertWithMessage("%s", output).that(inProcess.succeeded()).isTrue();
        assertThat(new String(viaClient.response(), StandardCharsets.UTF_8))
                .isEqualTo(new String(inProcess.response(), StandardCharsets.UTF_8));
    }
}

package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;

import dev.sluice.local.Invoke;
import dev.sluice.maven.Invocation;
import dev.sluice.maven.LocalPipeline;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sluice:invoke}'s child JVM on the example: the same response bytes as the in-process invoker, the
 * function's own output labelled in the log, and a failing function reported as failed — with its SDK calls sent
 * to loopback, never to AWS.
 */
class LocalInvokeIT {

    private static final Path EXAMPLE = ServerlessFramework.ROOT.resolve("example-pipelines");

    private static List<String> classpath() {
        return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    @Test
    void theChildAnswersLikeTheInProcessInvoker(@TempDir Path work) throws Exception {
        LocalPipeline pipeline = LocalPipeline.read(EXAMPLE.resolve("target/classes"));
        LocalPipeline.Function publicApi = pipeline.function("publicApi").orElseThrow();
        Path event = EXAMPLE.resolve("events/public-api.json");
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Invocation.Result result = new Invocation(pipeline, publicApi, null).run(
                Path.of(System.getProperty("java.home"), "bin", "java"), classpath(), event, work,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(result.succeeded()).isTrue();
        byte[] inProcess = Invoke.run(publicApi.handler(), Files.readAllBytes(event), "publicApi", 10, 256,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(new String(result.response(), StandardCharsets.UTF_8))
                .isEqualTo(new String(inProcess, StandardCharsets.UTF_8));
    }

    @Test
    void aFunctionWhoseStoreIsUnreachableAnswers500AndLogsWhy(@TempDir Path work) throws Exception {
        LocalPipeline pipeline = LocalPipeline.read(EXAMPLE.resolve("target/classes"));
        LocalPipeline.Function getUser = pipeline.function("getUser").orElseThrow();
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        Invocation.Result result = new Invocation(pipeline, getUser, null).run(
                Path.of(System.getProperty("java.home"), "bin", "java"), classpath(),
                EXAMPLE.resolve("target/classes/sluice/events/getUser.json"), work,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(result.succeeded()).isTrue();
        assertThat(new String(result.response(), StandardCharsets.UTF_8)).contains("\"statusCode\":500");
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("[getUser] {\"level\":\"ERROR\",\"function\":\"getUser\"");
        assertThat(lines).contains("Connection refused");
    }
}

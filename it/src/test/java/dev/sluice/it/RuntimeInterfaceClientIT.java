package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's shaded jar run by AWS's own Lambda runtime interface client (aws-lambda-java-runtime-interface-client,
 * the process Lambda's Java runtimes run) against a Runtime API served on loopback, with Lambda's advanced logging
 * controls set as AWS documents them: {@code AWS_LAMBDA_LOG_FORMAT=JSON} and {@code AWS_LAMBDA_LOG_LEVEL}. Sluice's
 * failure lines must arrive with their level (ERROR), not UNDEFINED, and be filtered by the level setting.
 */
class RuntimeInterfaceClientIT {

    private static final Path ROOT = ServerlessFramework.ROOT;
    private static final String HANDLER = "dev.sluice.examples.payments.Payments_processPaymentHandler::handleRequest";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void failuresAreLoggedAtErrorInLambdasJsonLogFormat(@TempDir Path work) throws Exception {
        Invocation invocation = invoke(work, "JSON", "INFO");

        assertThat(invocation.failed()).containsExactly("059f36b7-87a3-44ab-83d2-661975830a80",
                "059f36b9-87a3-44ab-83d2-661975830a82").inOrder();
        List<JsonNode> sluiceLines = new ArrayList<>();
        for (String line : invocation.stdout().split("\n")) {
            if (line.startsWith("{") && line.contains("processPayment")) {
                sluiceLines.add(JSON.readTree(line));
            }
        }
        assertWithMessage("runtime output:\n%s", invocation.stdout()).that(sluiceLines).hasSize(2);
        for (JsonNode line : sluiceLines) {
            // The runtime's own JSON object, with Sluice's level and the request id; Sluice's line is its message.
            assertThat(line.get("level").asText()).isEqualTo("ERROR");
            assertThat(line.get("AWSRequestId").asText()).isEqualTo("request-1");
            JsonNode message = JSON.readTree(line.get("message").asText());
            assertThat(message.get("outcome").asText()).isEqualTo("failed");
            assertThat(message.get("function").asText()).isEqualTo("processPayment");
        }
        assertThat(invocation.stdout()).doesNotContain("tok_"); // card tokens from bodies never reach the log
    }

    /** AWS_LAMBDA_LOG_LEVEL keeps them at ERROR and drops them above it. */
    @Test
    void theLogLevelSettingFiltersThem(@TempDir Path work) throws Exception {
        Invocation atError = invoke(Files.createDirectories(work.resolve("error")), "JSON", "ERROR");
        assertWithMessage("runtime output:\n%s", atError.stdout()).that(atError.stdout().split("outcome", -1))
                .hasLength(3);

        Invocation atFatal = invoke(Files.createDirectories(work.resolve("fatal")), "JSON", "FATAL");
        assertThat(atFatal.failed()).hasSize(2);
        assertWithMessage("runtime output:\n%s", atFatal.stdout()).that(atFatal.stdout()).doesNotContain("outcome");
    }

    private record Invocation(List<String> failed, String stdout) {}

    /** Serves one invocation of the example's payment batch to a fresh runtime process; returns what came back. */
    private static Invocation invoke(Path work, String logFormat, String logLevel) throws Exception {
        byte[] event = Files.readAllBytes(ROOT.resolve("example-pipelines/events/payment-batch.json"));
        CompletableFuture<byte[]> response = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        boolean[] served = {false};
        server.createContext("/2018-06-01/runtime/invocation/next", exchange -> {
            synchronized (served) {
                if (served[0]) {
                    return; // one invocation only: the runtime waits here until it is stopped
                }
                served[0] = true;
            }
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", "request-1");
            exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                    String.valueOf(System.currentTimeMillis() + 30_000));
            exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                    "arn:aws:lambda:us-east-1:123456789012:function:payments-dev-processPayment");
            exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000");
            // Lambda always sends these, if empty; the client's native code crashes when one is absent.
            exchange.getResponseHeaders().add("Lambda-Runtime-Client-Context", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Cognito-Identity", "");
            exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Tenant-Id", "");
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, 200, event);
        });
        server.createContext("/2018-06-01/runtime/invocation/request-1/response", exchange -> {
            response.complete(exchange.getRequestBody().readAllBytes());
            send(exchange, 202, new byte[0]);
        });
        server.createContext("/2018-06-01/runtime/", exchange -> {
            // init or invocation errors
            response.completeExceptionally(new AssertionError("runtime reported an error on " + exchange.getRequestURI()
                    + ": " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            send(exchange, 202, new byte[0]);
        });
        server.start();
        Path taskRoot = Files.createDirectories(work.resolve("task"));
        Path stdout = work.resolve("stdout.log");
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-cp", ROOT.resolve("example-pipelines/target/payments-lambda.jar") + File.pathSeparator
                        + runtimeClasspath(),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", HANDLER);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(stdout.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("_"));
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getAddress().getPort());
        env.put("AWS_LAMBDA_LOG_FORMAT", logFormat);
        env.put("AWS_LAMBDA_LOG_LEVEL", logLevel);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "payments-dev-processPayment");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/payments-dev-processPayment");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        env.put("AWS_REGION", "us-east-1");
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("_HANDLER", HANDLER);
        Process process = builder.start();
        try {
            byte[] body = response.get(60, TimeUnit.SECONDS);
            List<String> failed = new ArrayList<>();
            JSON.readTree(body).get("batchItemFailures")
                    .forEach(item -> failed.add(item.get("itemIdentifier").asText()));
            // Let the runtime flush what it logged for this invocation before reading it.
            Thread.sleep(300);
            return new Invocation(failed, Files.readString(stdout, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("runtime output:\n" + Files.readString(stdout, StandardCharsets.UTF_8), e);
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            server.stop(0);
        }
    }

    /**
     * The runtime client and what it needs, taken from this test's class path; the function's own libraries come
     * from its jar only, as on Lambda, where the runtime's class path is separate.
     */
    private static String runtimeClasspath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.startsWith("aws-lambda-java-runtime-interface-client-") || name.startsWith("aws-lambda-java-core-")
                    || name.startsWith("aws-lambda-java-serialization-") || name.startsWith("utils-lite-")
                    || name.startsWith("annotations-")) {
                entries.add(entry);
            }
        }
        assertWithMessage("runtime client on the test class path").that(entries.size()).isAtLeast(3);
        return String.join(File.pathSeparator, entries);
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}

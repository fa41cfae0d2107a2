package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications on an existing bucket, end to end: the rich pipeline is packaged by the Serverless Framework,
 * the custom resource's inline code is taken from the CloudFormation it produced, and Node.js runs it with
 * CloudFormation-shaped Create, Update and Delete requests against moto's S3 API on loopback
 * ({@code src/test/node/s3-notifications.test.js}).
 */
class S3NotificationsIT {

    private static final Path ROOT = ServerlessFramework.ROOT;
    private static final Path RICH =
            ROOT.resolve("processor/src/test/resources/goldens/DescriptorGoldenTest/richPipeline/serverless.yml");

    @Test
    void customResourceKeepsOtherConfigurationsAndAnswersCloudFormation(@TempDir Path work) throws Exception {
        String moto = ServerlessFramework.onPath("moto_server");
        if (moto == null) {
            System.err.println("!!! moto_server NOT FOUND on PATH: the S3 notification custom resource test is "
                    + "SKIPPED, not passed !!!");
        }
        Assumptions.assumeTrue(moto != null, "moto_server not found on PATH");

        JsonNode template = ServerlessFramework.packageService(RICH, null, work);
        String code = template.get("Resources").get("SluiceS3NotificationsLambdaFunction").get("Properties")
                .get("Code").get("ZipFile").asText();
        // Inside it/, so that require() finds it/node_modules (installed by `npm ci --prefix it`).
        Path handler = ROOT.resolve("it/target/s3-notifications/index.js");
        Files.createDirectories(handler.getParent());
        Files.writeString(handler, code, StandardCharsets.UTF_8);

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder motoBuilder = new ProcessBuilder(moto, "-H", "127.0.0.1", "-p", String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("moto.log").toFile());
        clearAws(motoBuilder.environment());
        Process server = motoBuilder.start();
        try {
            awaitPort(port, server, work.resolve("moto.log"));
            ProcessBuilder node = new ProcessBuilder("node", "--test",
                    ROOT.resolve("it/src/test/node/s3-notifications.test.js").toString())
                    .directory(ROOT.resolve("it").toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("node.log").toFile());
            Map<String, String> env = node.environment();
            clearAws(env);
            env.put("AWS_REGION", "us-east-1");
            env.put("AWS_ACCESS_KEY_ID", "test");
            env.put("AWS_SECRET_ACCESS_KEY", "test");
            env.put("S3_ENDPOINT", "http://127.0.0.1:" + port);
            env.put("SLUICE_HANDLER", handler.toString());
            Process tests = node.start();
            assertWithMessage("node --test did not finish in 2 minutes").that(tests.waitFor(2, TimeUnit.MINUTES))
                    .isTrue();
            String output = Files.readString(work.resolve("node.log"));
            assertWithMessage("node --test failed:\n%s", output).that(tests.exitValue()).isEqualTo(0);
            assertWithMessage("node --test output:\n%s", output).that(output).contains("# pass 5");
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void clearAws(Map<String, String> env) {
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("AWS_EC2_METADATA_DISABLED", "true");
    }

    private static void awaitPort(int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertWithMessage("moto_server exited:\n%s", read(log)).that(server.isAlive()).isTrue();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("moto_server did not listen on " + port + " within 30 s:\n" + read(log));
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}

package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project generated from the freshly built archetype, as a user starts one: it builds, its tests pass, its
 * descriptor packages with the real Serverless Framework into one least-privilege role per function, and its whole
 * pipeline runs locally — the seed CSV's orders through the queue to the table, the bad one to the dead-letter queue.
 */
class ArchetypeIT {

    private static final String VERSION = System.getProperty("sluice.version", "0.1.0-SNAPSHOT");

    @Test
    void aGeneratedProjectBuildsTestsPackagesAndRuns(@TempDir Path work, @TempDir Path packaged) throws Exception {
        run(work, "archetype:generate", "-DarchetypeGroupId=dev.sluice", "-DarchetypeArtifactId=sluice-archetype",
                "-DarchetypeVersion=" + VERSION, "-DgroupId=com.example.shop", "-DartifactId=shop-orders",
                "-Dversion=1.0.0", "-Dpackage=com.example.shop", "-DinteractiveMode=false");
        Path project = work.resolve("shop-orders");
        assertThat(Files.exists(project.resolve(".gitignore"))).isTrue();
        assertThat(Files.readString(project.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("npx osls deploy");

        String build = run(project, "verify");
        assertThat(build).contains("Tests run: 3, Failures: 0, Errors: 0, Skipped: 0");
        assertThat(build).doesNotContain("were not recognized by any processor");
        String descriptor = Files.readString(project.resolve("serverless.yml"), StandardCharsets.UTF_8);
        assertThat(descriptor).contains("service: shop-orders");
        assertThat(descriptor).contains("handler: com.example.shop.Orders_processOrderHandler::handleRequest");
        try (JarFile jar = new JarFile(project.resolve("target/shop-orders-lambda.jar").toFile())) {
            assertThat(jar.getEntry("com/example/shop/Orders_processOrderHandler.class")).isNotNull();
            assertThat(jar.getEntry("dev/sluice/annotations/OnSqs.class")).isNull(); // compile time only
        }
        TemplateChecks template = new TemplateChecks(ServerlessFramework.packageService(
                project.resolve("serverless.yml"), project.resolve("target/shop-orders-lambda.jar"), packaged));
        template.hasNoSharedDefaultRole();
        template.oneRolePerFunction();
        template.noWildcards();
        template.rolesHoldOnlyWhatTheirFunctionDeclared();
        assertThat(template.ofType("AWS::Lambda::Function")).containsExactly("IngestUploadLambdaFunction",
                "NightlyLambdaFunction", "ProcessOrderLambdaFunction");

        String local = run(project, "-Prun", "-DskipTests", "package");
        assertThat(local).contains("sluice:run: idle — nothing in flight. Stopping.");
        assertThat(local).contains("ingestUpload: ObjectCreated:Put orders/first day.csv → ok");
        // Four good rows (one sent twice, as producers do: the put is idempotent) and one bad, received five times;
        // how many invocations that takes depends on how SQS batches the messages.
        assertThat(row(local, "processOrder").subList(2, 6)).containsExactly("4", "5", "0", "0").inOrder();
        assertThat(local).contains("dead-letter queue of orders: 1 message");
        assertThat(row(local, "nightly")).containsExactly("schedule", "1", "1", "0", "0", "0").inOrder();
    }

    /** Runs Maven in {@code directory}; returns its output, failing the test when Maven fails. */
    private static String run(Path directory, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(Maven.command("-B", "-ntp"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(directory.getParent(), "maven", ".log");
        Process maven = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        assertWithMessage("mvn %s did not finish", String.join(" ", args))
                .that(maven.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertWithMessage("mvn %s failed:\n%s", String.join(" ", args), output).that(maven.exitValue()).isEqualTo(0);
        return output;
    }

    /** A function's row of the summary table, after its name. */
    private static List<String> row(String output, String function) {
        return output.lines().filter(line -> line.startsWith(function + " "))
                .map(line -> List.of(line.trim().split("\\s+")).subList(1, 7)).reduce((a, b) -> b).orElseThrow();
    }
}

package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn sluice:invoke} as a user runs it on the example: the response alone on standard output, in UTF-8
 * whatever the locale; a function error prints the error document the runtime posts and fails the build; an unknown
 * function lists the known ones.
 */
class InvokeGoalIT {

    private static final Path EXAMPLE = ServerlessFramework.ROOT.resolve("example-pipelines");
    private static final String INVOKE = "dev.sluice:sluice-maven-plugin:" + System.getProperty("sluice.version")
            + ":invoke";

    private record Run(int exit, String stdout, String stderr) {}

    private static Run invoke(Path work, String... properties) throws Exception {
        List<String> command = new java.util.ArrayList<>(Maven.command("-B", "-ntp", "-q", "-f",
                EXAMPLE.resolve("pom.xml").toString(), INVOKE));
        command.addAll(List.of(properties));
        Path stdout = work.resolve("stdout");
        Path stderr = work.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        // A host whose locale cannot encode the response.
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process maven = builder.start();
        assertThat(maven.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Run(maven.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void theResponseAloneReachesStandardOutputInUtf8(@TempDir Path work) throws Exception {
        String batch = Files.readString(EXAMPLE.resolve("events/payment-batch.json"), StandardCharsets.UTF_8)
                .replace("059f36b9-87a3-44ab-83d2-661975830a82", "message-ü-€");
        Path event = Files.writeString(work.resolve("event.json"), batch, StandardCharsets.UTF_8);

        Run run = invoke(work, "-Dsluice.function=processPayment", "-Dsluice.event=" + event);

        assertWithMessage("%s", run.stderr()).that(run.exit()).isEqualTo(0);
        JsonNode response = new ObjectMapper().readTree(run.stdout());
        // Every message fails: the users table is reached through AWS_ENDPOINT_URL, the discard port on loopback
        // (sluice:run serves a real one). The batch response still names each, the renamed one in UTF-8.
        List<String> failed = response.path("batchItemFailures").findValuesAsText("itemIdentifier");
        assertThat(failed).hasSize(10);
        assertThat(failed).contains("message-ü-€");
        assertThat(run.stdout().strip().lines().count()).isEqualTo(1);
        assertThat(run.stderr()).contains("[processPayment] ");
        assertThat(run.stderr()).contains("Connection refused");
    }

    @Test
    void aFunctionErrorPrintsTheRuntimesErrorDocumentAndFailsTheBuild(@TempDir Path work) throws Exception {
        // processUpload's sample upload: the S3 read goes to the discard port and fails.
        Run run = invoke(work, "-Dsluice.function=processUpload");

        assertThat(run.exit()).isNotEqualTo(0);
        JsonNode error = new ObjectMapper().readTree(run.stdout());
        assertThat(error.path("errorType").asText()).isNotEmpty();
        assertThat(error.path("errorMessage").asText()).isNotEmpty();
    }

    @Test
    void anUnknownFunctionListsTheKnownOnes(@TempDir Path work) throws Exception {
        Run run = invoke(work, "-Dsluice.function=nope");

        assertThat(run.exit()).isNotEqualTo(0);
        assertThat(run.stdout() + run.stderr()).contains("no function named \"nope\" in payments; its functions are "
                + "archiveSettlement, auditLog, createUser, dailyReport, flagForRisk, getUser, processPayment, "
                + "processUpload, publicApi, reviewLargeSettlement, scoreRisk");
    }
}

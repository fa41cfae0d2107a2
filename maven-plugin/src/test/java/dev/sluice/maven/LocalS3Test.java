package dev.sluice.maven;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The S3 events a local bucket sends: written through the real S3 API (S3Proxy over a directory), with keys
 * encoded as S3 encodes them in notifications, and matched against notifications as S3 matches them.
 */
class LocalS3Test {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keysAreEncodedAsS3EncodesThemInNotifications() {
        assertThat(LocalS3.eventKey("uploads/march 2026+refunds €.csv"))
                .isEqualTo("uploads/march+2026%2Brefunds+%E2%82%AC.csv");
        assertThat(LocalS3.eventKey("a/b=c&d:e(f).csv")).isEqualTo("a/b%3Dc%26d%3Ae%28f%29.csv");
    }

    @Test
    void aPutThroughTheS3ApiBecomesTheEventAwsSends(@TempDir Path work) throws Exception {
        LocalPipeline pipeline = new LocalPipeline("test", "local", "eu-west-1", "", List.of(), JSON.readTree("[]"),
                JSON.readTree("[]"), JSON.readTree("[{\"name\":\"uploads\",\"localName\":\"test-uploads-local\","
                        + "\"notifications\":[]}]"));
        List<LocalS3.ObjectEvent> events = new CopyOnWriteArrayList<>();
        Path file = Files.writeString(work.resolve("file.csv"), "a,b\n1,2\n", StandardCharsets.UTF_8);
        try (LocalS3 s3 = new LocalS3(pipeline, work.resolve("s3"), events::add)) {
            s3.upload("test-uploads-local", "in/x y+z é.csv", file);
        }
        assertThat(events).hasSize(1);
        LocalS3.ObjectEvent event = events.get(0);
        assertThat(event.eventName()).isEqualTo("ObjectCreated:Put");
        assertThat(event.size()).isEqualTo(8);
        assertThat(event.eTag()).matches("[0-9a-f]{32}");
        // Stored under the key as written, not as encoded.
        assertThat(Files.readString(work.resolve("s3/test-uploads-local/in/x y+z é.csv"))).isEqualTo("a,b\n1,2\n");

        JsonNode record = JSON.readTree(LocalS3.eventJson(event, "eu-west-1", "n1")).path("Records").get(0);
        assertThat(record.path("eventSource").asText()).isEqualTo("aws:s3");
        assertThat(record.path("awsRegion").asText()).isEqualTo("eu-west-1");
        assertThat(record.path("s3").path("configurationId").asText()).isEqualTo("n1");
        assertThat(record.path("s3").path("bucket").path("arn").asText()).isEqualTo("arn:aws:s3:::test-uploads-local");
        assertThat(record.path("s3").path("object").path("key").asText()).isEqualTo("in/x+y%2Bz+%C3%A9.csv");
        assertThat(record.path("s3").path("object").path("size").asLong()).isEqualTo(8);
        assertThat(record.path("s3").path("object").path("sequencer").asText()).matches("[0-9A-F]{16}");
    }

    @Test
    void notificationsMatchEventTypePrefixAndSuffix() throws Exception {
        JsonNode notification = JSON.readTree("{\"events\":[\"s3:ObjectCreated:*\"],\"prefix\":\"uploads/\","
                + "\"suffix\":\".csv\"}");
        assertThat(LocalS3.matches(notification, event("ObjectCreated:Put", "uploads/a.csv"))).isTrue();
        assertThat(LocalS3.matches(notification, event("ObjectCreated:CompleteMultipartUpload", "uploads/a.csv")))
                .isTrue();
        assertThat(LocalS3.matches(notification, event("ObjectRemoved:Delete", "uploads/a.csv"))).isFalse();
        assertThat(LocalS3.matches(notification, event("ObjectCreated:Put", "reports/a.csv"))).isFalse();
        assertThat(LocalS3.matches(notification, event("ObjectCreated:Put", "uploads/a.json"))).isFalse();
        JsonNode exact = JSON.readTree("{\"events\":[\"s3:ObjectCreated:Copy\"],\"prefix\":\"\",\"suffix\":\"\"}");
        assertThat(LocalS3.matches(exact, event("ObjectCreated:Copy", "x"))).isTrue();
        assertThat(LocalS3.matches(exact, event("ObjectCreated:Put", "x"))).isFalse();
    }

    private static LocalS3.ObjectEvent event(String name, String key) {
        return new LocalS3.ObjectEvent("b", name, key, 1, "e", "01", Instant.EPOCH);
    }
}

package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** EventBridge events read as aws-lambda-java-events reads them, the detail kept as JSON for the payload decoder. */
class EventBridgeEventReaderTest {

    private static final String FIXTURE = "events/eventbridge-event.json";

    @Test
    void readsWhatTheAwsEventModelReads() throws Exception {
        ScheduledEvent expected = EventLoader.loadScheduledEvent(FIXTURE);
        EventBridgeEvent event;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            event = EventBridgeEventReader.read(in);
        }

        assertThat(event.id()).isEqualTo(expected.getId());
        assertThat(event.source()).isEqualTo(expected.getSource());
        assertThat(event.detailType()).isEqualTo(expected.getDetailType());
        assertThat(event.account()).isEqualTo(expected.getAccount());
        assertThat(event.region()).isEqualTo(expected.getRegion());
        assertThat(event.resources()).isEqualTo(expected.getResources());
        assertThat(event.time()).isEqualTo(Instant.parse("2026-11-30T12:45:07Z"));
        assertThat(event.time().toEpochMilli()).isEqualTo(expected.getTime().getMillis());
        assertThat(event.detail()).isEqualTo("{\"paymentId\":\"p-1001\",\"net\":140.97,\"note\":\"café \\\"quoted\\\"\","
                + "\"lines\":[{\"sku\":\"a\",\"qty\":2},{\"sku\":\"b\",\"qty\":1}],\"refund\":null}");
    }

    @Test
    void anEventWithoutDetailOrTimeStillReads() throws Exception {
        EventBridgeEvent event = read("{\"id\":\"e-1\",\"source\":\"s\",\"time\":\"not a time\",\"resources\":\"x\"}");

        assertThat(event.detail()).isEqualTo("{}");
        assertThat(event.time()).isNull();
        assertThat(event.resources()).isEmpty();
    }

    @Test
    void aDetailThatIsNotAnObjectIsKeptAsWritten() throws Exception {
        assertThat(read("{\"detail\":[1,2]}").detail()).isEqualTo("[1,2]");
        assertThat(read("{\"detail\":\"text\"}").detail()).isEqualTo("\"text\"");
    }

    @Test
    void notAnObjectIsRefused() {
        IOException thrown = assertThrows(IOException.class, () -> read("[]"));
        assertThat(thrown).hasMessageThat().contains("must be a JSON object");
    }

    private static EventBridgeEvent read(String json) throws IOException {
        return EventBridgeEventReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}

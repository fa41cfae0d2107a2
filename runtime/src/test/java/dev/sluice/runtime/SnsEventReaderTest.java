package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import com.amazonaws.services.lambda.runtime.events.SNSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SNS notifications read as aws-lambda-java-events reads them, and the metadata handed to {@code @OnSns} methods. */
class SnsEventReaderTest {

    private static final String FIXTURE = "events/sns-notification.json";

    @Test
    void readsWhatTheAwsEventModelReads() throws Exception {
        SNSEvent.SNS expected = EventLoader.loadSNSEvent(FIXTURE).getRecords().get(0).getSNS();
        List<SnsRecord> records;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            records = SnsEventReader.read(in);
        }

        assertThat(records).hasSize(1);
        SnsRecord record = records.get(0);
        assertThat(record.messageId()).isEqualTo(expected.getMessageId());
        assertThat(record.message()).isEqualTo(expected.getMessage());
        assertThat(record.message()).isEqualTo("{\"paymentId\":\"p-1001\",\"net\":40.97,\"note\":\"café \\\"quoted\\\"\"}");
        assertThat(record.topicArn()).isEqualTo(expected.getTopicArn());
        assertThat(record.subject()).isNull();
        assertThat(record.type()).isEqualTo("Notification");
        assertThat(record.subscriptionArn()).endsWith(":21be56ed-a058-49f5-8c98-aedd2564c486");
        assertThat(record.messageAttributes().keySet()).containsExactly("currency", "amount", "tags", "signature")
                .inOrder();
        expected.getMessageAttributes().forEach((name, attribute) -> {
            assertThat(record.messageAttributes().get(name).type()).isEqualTo(attribute.getType());
            assertThat(record.messageAttributes().get(name).value()).isEqualTo(attribute.getValue());
        });
    }

    @Test
    void metadataKeepsTextAttributesAndTheTimestamp() throws Exception {
        SnsRecord record;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            record = SnsEventReader.read(in).get(0);
        }
        SnsMessage meta = SnsMessage.of(record);

        assertThat(meta.timestamp()).isEqualTo(Instant.parse("2026-11-30T12:45:07Z"));
        assertThat(meta.messageAttributes()).containsExactly("currency", "USD", "amount", "42.5", "tags",
                "[\"card\",\"eu\"]").inOrder();
        assertThat(meta.messageAttribute("signature")).isEmpty();
        assertThat(meta.topicArn()).endsWith(":payments-prod-payment-settled");
    }

    @Test
    void unknownFieldsAndOddValuesAreSkipped() throws Exception {
        String event = "{\"future\":{\"a\":[1,2]},\"Records\":[{\"Sns\":{\"Message\":\"plain text\",\"New\":[{}],"
                + "\"MessageAttributes\":null,\"Timestamp\":\"not a time\"},\"Other\":1}]}";
        SnsRecord record = SnsEventReader.read(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)))
                .get(0);

        assertThat(record.message()).isEqualTo("plain text");
        assertThat(record.messageAttributes()).isEqualTo(Map.of());
        assertThat(SnsMessage.of(record).timestamp()).isNull();
    }
}

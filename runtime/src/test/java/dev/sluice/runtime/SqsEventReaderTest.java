package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsEventReaderTest {

    /** The streaming reader sees every field aws-lambda-java-events' model sees, for every record. */
    @Test
    void readsWhatTheAwsEventModelReads() {
        for (String fixture : List.of("events/sqs-standard-batch.json", "events/sqs-fifo-two-groups.json")) {
            List<SQSEvent.SQSMessage> expected = EventLoader.loadSQSEvent(fixture).getRecords();
            List<SqsRecord> actual = Fixtures.records(fixture);

            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                SQSEvent.SQSMessage want = expected.get(i);
                SQSEvent.SQSMessage got = RawSqsMessages.of(actual.get(i));
                assertThat(got.getMessageId()).isEqualTo(want.getMessageId());
                assertThat(got.getReceiptHandle()).isEqualTo(want.getReceiptHandle());
                assertThat(got.getBody()).isEqualTo(want.getBody());
                assertThat(got.getMd5OfBody()).isEqualTo(want.getMd5OfBody());
                assertThat(got.getEventSource()).isEqualTo(want.getEventSource());
                assertThat(got.getEventSourceArn()).isEqualTo(want.getEventSourceArn());
                assertThat(got.getAwsRegion()).isEqualTo(want.getAwsRegion());
                assertThat(got.getAttributes()).isEqualTo(want.getAttributes());
                assertThat(got.getMessageAttributes().keySet()).isEqualTo(want.getMessageAttributes().keySet());
                got.getMessageAttributes().forEach((name, attribute) -> {
                    assertThat(attribute.getStringValue()).isEqualTo(want.getMessageAttributes().get(name).getStringValue());
                    assertThat(attribute.getDataType()).isEqualTo(want.getMessageAttributes().get(name).getDataType());
                });
            }
        }
    }

    @Test
    void skipsFieldsItDoesNotKnowAndToleratesNulls() throws IOException {
        String event = "{\"future\":{\"x\":[1,2]},\"Records\":[{\"messageId\":\"a\",\"body\":null,"
                + "\"newField\":[{}],\"attributes\":null,\"messageAttributes\":{\"k\":{\"dataType\":\"Binary\","
                + "\"binaryValue\":\"AQID\",\"binaryListValues\":[]}}}]}";

        List<SqsRecord> records = read(event);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).messageId()).isEqualTo("a");
        assertThat(records.get(0).body()).isNull();
        assertThat(records.get(0).attributes()).isEmpty();
        assertThat(RawSqsMessages.of(records.get(0)).getMessageAttributes().get("k").getBinaryValue().array())
                .isEqualTo(new byte[] {1, 2, 3});
    }

    @Test
    void theLeanReadKeepsWhatHandlersUse() throws IOException {
        List<SqsRecord> complete = Fixtures.records("events/sqs-standard-batch.json");
        List<SqsRecord> lean = SqsEventReader.read(
                new ByteArrayInputStream(Fixtures.bytes("events/sqs-standard-batch.json")));

        for (int i = 0; i < complete.size(); i++) {
            assertThat(lean.get(i).messageId()).isEqualTo(complete.get(i).messageId());
            assertThat(lean.get(i).body()).isEqualTo(complete.get(i).body());
            assertThat(lean.get(i).eventSourceArn()).isEqualTo(complete.get(i).eventSourceArn());
            assertThat(lean.get(i).attributes()).isEqualTo(complete.get(i).attributes());
            assertThat(lean.get(i).messageAttributes()).isEqualTo(complete.get(i).messageAttributes());
            assertThat(lean.get(i).receiptHandle()).isNull();
        }
    }

    @Test
    void anEventWithoutRecordsHasNoMessages() throws IOException {
        assertThat(read("{}")).isEmpty();
        assertThat(read("{\"Records\":[]}")).isEmpty();
    }

    @Test
    void aMalformedEventFailsTheInvocation() {
        assertThrows(IOException.class, () -> read("[]"));
        assertThrows(IOException.class, () -> read("{\"Records\":[{\"messageId\":"));
    }

    private static List<SqsRecord> read(String event) throws IOException {
        return SqsEventReader.readComplete(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));
    }
}

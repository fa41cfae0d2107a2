package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqsMessageTest {

    @Test
    void readsStandardQueueMetadata() {
        // Shape: AWS's sample SQS event (Lambda developer guide, "Using Lambda with Amazon SQS").
        SqsMessage meta = SqsMessage.of(Fixtures.records("events/sqs-standard-batch.json").get(0));

        assertThat(meta.messageId()).isEqualTo("msg-00");
        assertThat(meta.approximateReceiveCount()).isEqualTo(1);
        assertThat(meta.sentTimestamp()).isEqualTo(Instant.ofEpochMilli(1545082649183L));
        assertThat(meta.group()).isEmpty();
        assertThat(meta.eventSourceArn()).isEqualTo("arn:aws:sqs:us-east-2:123456789012:my-queue");
        assertThat(meta.messageAttribute("tenant")).hasValue("acme");
        assertThat(meta.attributes()).containsEntry("SenderId", "AIDAIENQZJOLO23YVJ4VO");
    }

    @Test
    void readsFifoGroupAndDeduplicationId() {
        SqsMessage meta = SqsMessage.of(Fixtures.records("events/sqs-fifo-two-groups.json").get(1));

        assertThat(meta.messageGroupId()).isEqualTo("B");
        assertThat(meta.messageDeduplicationId()).isEqualTo("dedup-1");
    }

    @Test
    void toleratesAMessageWithoutAttributes() {
        SqsRecord bare = new SqsRecord("m", null, "{}", null, null, null, null, null, Map.of(), Map.of());

        SqsMessage meta = SqsMessage.of(bare);

        assertThat(meta.approximateReceiveCount()).isEqualTo(0);
        assertThat(meta.sentTimestamp()).isNull();
        assertThat(meta.messageAttributes()).isEmpty();
    }
}

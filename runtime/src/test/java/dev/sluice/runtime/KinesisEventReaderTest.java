package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kinesis events read as aws-lambda-java-events reads them: data base64-decoded, shard and arrival time kept. */
class KinesisEventReaderTest {

    private static final String FIXTURE = "events/kinesis-batch.json";

    @Test
    void readsWhatTheAwsEventModelReads() throws Exception {
        List<KinesisEvent.KinesisEventRecord> expected = EventLoader.loadKinesisEvent(FIXTURE).getRecords();
        List<KinesisRecord> records;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            records = KinesisEventReader.read(in);
        }

        assertThat(records).hasSize(expected.size());
        for (int i = 0; i < records.size(); i++) {
            KinesisRecord record = records.get(i);
            KinesisEvent.Record kinesis = expected.get(i).getKinesis();
            assertThat(record.sequenceNumber()).isEqualTo(kinesis.getSequenceNumber());
            assertThat(record.partitionKey()).isEqualTo(kinesis.getPartitionKey());
            byte[] data = new byte[kinesis.getData().remaining()];
            kinesis.getData().duplicate().get(data);
            assertThat(record.data()).isEqualTo(data);
            assertThat(record.approximateArrival().toEpochMilli())
                    .isEqualTo(kinesis.getApproximateArrivalTimestamp().getTime());
            assertThat(record.eventSourceArn()).isEqualTo(expected.get(i).getEventSourceARN());
            assertThat(record.shardId()).isEqualTo("shardId-000000000006");
        }
        assertThat(records.get(0).text()).isEqualTo("{\"userId\":\"u-1\",\"page\":\"/cart\",\"type\":\"click\"}");
        assertThat(records.get(0).approximateArrival()).isEqualTo(Instant.parse("2026-11-30T12:45:07.250Z"));
    }

    @Test
    void dataThatIsNotBase64IsRefused() {
        IOException thrown = assertThrows(IOException.class, () -> KinesisEventReader.read(new ByteArrayInputStream(
                "{\"Records\":[{\"kinesis\":{\"sequenceNumber\":\"7\",\"data\":\"not base64!\"}}]}"
                        .getBytes(StandardCharsets.UTF_8))));
        assertThat(thrown).hasMessageThat().contains("record 7 is not base64");
    }
}

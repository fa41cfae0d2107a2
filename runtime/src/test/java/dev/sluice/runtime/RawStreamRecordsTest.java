package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The raw record equals what aws-lambda-java-events' own loader builds from AWS's sample event. */
class RawStreamRecordsTest {

    @Test
    void buildsTheAwsModelFromTheCompleteRead() throws Exception {
        List<DynamodbEvent.DynamodbStreamRecord> expected =
                EventLoader.loadDynamoDbEvent("events/dynamodb-stream.json").getRecords();
        List<StreamEventReader.Record> records = StreamEventReader.readComplete(
                new ByteArrayInputStream(Fixtures.bytes("events/dynamodb-stream.json")));

        assertThat(records).hasSize(expected.size());
        for (int i = 0; i < records.size(); i++) {
            DynamodbEvent.DynamodbStreamRecord want = expected.get(i);
            DynamodbEvent.DynamodbStreamRecord got = RawStreamRecords.of(records.get(i));
            assertThat(got.getEventID()).isEqualTo(want.getEventID());
            assertThat(got.getEventName()).isEqualTo(want.getEventName());
            assertThat(got.getEventSourceARN()).isEqualTo(want.getEventSourceARN());
            assertThat(got.getAwsRegion()).isEqualTo(want.getAwsRegion());
            assertThat(got.getDynamodb().getSequenceNumber()).isEqualTo(want.getDynamodb().getSequenceNumber());
            assertThat(got.getDynamodb().getSizeBytes()).isEqualTo(want.getDynamodb().getSizeBytes());
            assertThat(got.getDynamodb().getStreamViewType()).isEqualTo(want.getDynamodb().getStreamViewType());
            assertThat(got.getDynamodb().getApproximateCreationDateTime())
                    .isEqualTo(want.getDynamodb().getApproximateCreationDateTime());
            assertThat(got.getDynamodb().getKeys()).isEqualTo(want.getDynamodb().getKeys());
            assertThat(got.getDynamodb().getOldImage()).isEqualTo(want.getDynamodb().getOldImage());
            assertThat(got.getDynamodb().getNewImage()).isEqualTo(want.getDynamodb().getNewImage());
        }
        // The complete read still gives the plain images Change<T> uses.
        assertThat(records.get(1).newImage()).isEqualTo("{\"Id\":101,\"Message\":\"This item has changed\"}");
    }
}

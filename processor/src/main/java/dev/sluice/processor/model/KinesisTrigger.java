package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnKinesis;
import java.time.Instant;

/**
 * An {@code @OnKinesis} trigger: a Kinesis event source mapping, on the stream itself or on an enhanced fan-out
 * consumer of it.
 *
 * @param startingPositionTimestamp with {@code AT_TIMESTAMP} only, else null
 * @param maximumRetryAttempts the mapping's maximum retries, or null for unlimited
 * @param maximumRecordAgeSeconds or null for unlimited
 * @param onFailure a declared queue receiving descriptions of dropped records, or null
 * @param filter the filter pattern on the record data, as compact JSON, or null for every record
 * @param payloadType the type each record's data decodes into (the list's element for a batch); null if not decoded
 * @param decoder its generated decoder; null when databind decodes it (or nothing does)
 */
public record KinesisTrigger(KinesisStreamRef stream, OnKinesis.StartingPosition startingPosition,
        Instant startingPositionTimestamp, int batchSize, int maxBatchingWindowSeconds, boolean bisectOnError,
        Integer maximumRetryAttempts, Integer maximumRecordAgeSeconds, int parallelizationFactor, String onFailure,
        boolean enhancedFanOut, String filter, boolean failOnUnknownProperties, KinesisShape shape,
        TypeName payloadType, DecoderModel decoder) implements Trigger {

    /** The parameter lists an {@code @OnKinesis} method may have. */
    public enum KinesisShape {
        /** {@code (T payload)}. */
        PAYLOAD(true, false, false),
        /** {@code (T payload, KinesisRecord record)}. */
        PAYLOAD_RECORD(true, true, false),
        /** {@code (String data)}. */
        DATA(false, false, false),
        /** {@code (String data, KinesisRecord record)}. */
        DATA_RECORD(false, true, false),
        /** {@code (List<T> payloads)}. */
        BATCH(true, false, true),
        /** {@code (List<String> data)}. */
        BATCH_DATA(false, false, true);

        private final boolean decodes;
        private final boolean withRecord;
        private final boolean batch;

        KinesisShape(boolean decodes, boolean withRecord, boolean batch) {
            this.decodes = decodes;
            this.withRecord = withRecord;
            this.batch = batch;
        }

        public boolean decodes() {
            return decodes;
        }

        public boolean withRecord() {
            return withRecord;
        }

        public boolean batch() {
            return batch;
        }
    }

    @Override
    public TypeName decodedType() {
        return payloadType;
    }
}

package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnStream;
import java.util.List;

/**
 * An {@code @OnStream} trigger: a DynamoDB stream event source mapping.
 *
 * @param itemType the type the images decode into; null when the method takes the raw record
 * @param decoder its generated decoder; null when databind decodes it
 * @param retryAttempts the mapping's maximum retries, or null for unlimited
 * @param maximumRecordAgeSeconds or null for unlimited
 * @param failureQueue a declared queue receiving descriptions of dropped records, or null
 */
public record StreamTrigger(String table, OnStream.StartingPosition startingPosition, int batchSize,
        int maxBatchingWindowSeconds, OnStream.Images images, List<OnStream.ChangeType> events, boolean bisectOnError,
        Integer retryAttempts, Integer maximumRecordAgeSeconds, int parallelizationFactor, String failureQueue,
        TypeName itemType, DecoderModel decoder) implements Trigger {

    @Override
    public TypeName decodedType() {
        return itemType;
    }

    /** True when the method takes aws-lambda-java-events' {@code DynamodbStreamRecord}. */
    public boolean raw() {
        return itemType == null;
    }
}

package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnStream;
import java.util.List;

/**
 * An {@code @OnStream} trigger: a DynamoDB stream event source mapping.
 *
 * @param itemType the type the images decode into; null when the method takes the raw record
 * @param decoder its generated decoder; null when databind decodes it
 * @param maximumRetryAttempts the mapping's maximum retries, or null for unlimited
 * @param maximumRecordAgeSeconds or null for unlimited
 * @param onFailure a declared queue receiving descriptions of dropped records, or null
 */
public record StreamTrigger(String table, OnStream.StartingPosition startingPosition, int batchSize,
        int maxBatchingWindowSeconds, OnStream.Images images, List<OnStream.ChangeType> events, boolean bisectOnError,
        Integer maximumRetryAttempts, Integer maximumRecordAgeSeconds, int parallelizationFactor, String onFailure,
        TypeName itemType, DecoderModel decoder) implements Trigger {

    @Override
    public TypeName decodedType() {
        return itemType;
    }

    /** Whether the method reads new images (of inserts and modifications). */
    public boolean needsNewImages() {
        return images == OnStream.Images.NEW || images == OnStream.Images.NEW_AND_OLD;
    }

    /** Whether the method reads old images (of modifications and removals). */
    public boolean needsOldImages() {
        return images == OnStream.Images.OLD || images == OnStream.Images.NEW_AND_OLD;
    }

    /** Whether a stream of {@code viewType} carries the images the method reads. */
    public boolean carriedBy(String viewType) {
        return (!needsNewImages() || viewType.equals("NEW_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"))
                && (!needsOldImages() || viewType.equals("OLD_IMAGE") || viewType.equals("NEW_AND_OLD_IMAGES"));
    }

    /** The smallest stream view type that carries the images named: what a table with these readers needs. */
    public static String viewType(boolean newImages, boolean oldImages) {
        return newImages && oldImages ? "NEW_AND_OLD_IMAGES"
                : newImages ? "NEW_IMAGE"
                : oldImages ? "OLD_IMAGE"
                : "KEYS_ONLY";
    }

    /** True when the method takes aws-lambda-java-events' {@code DynamodbStreamRecord}. */
    public boolean raw() {
        return itemType == null;
    }
}

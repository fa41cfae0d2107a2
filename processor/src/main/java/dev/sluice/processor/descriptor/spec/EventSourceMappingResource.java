package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * A Kinesis event source mapping Sluice writes itself, so that every setting reaches CloudFormation (the framework's
 * {@code stream} event drops {@code startingPositionTimestamp} unless a consumer is set). It depends on the function's
 * role: Lambda checks the role's read permissions when the mapping is created.
 *
 * @param target the function's ARN or its SnapStart alias
 * @param source the stream's ARN, or its consumer's
 * @param startingPositionTimestamp epoch seconds, with {@code AT_TIMESTAMP} only
 * @param maximumRetryAttempts null for unlimited
 * @param maximumRecordAgeSeconds null for unlimited
 * @param onFailure the ARN of the queue receiving descriptions of dropped records, or null
 * @param filter the pattern on the records, as JSON text, or null
 */
public record EventSourceMappingResource(String logicalId, String roleId, Object target, Object source,
        String startingPosition, Long startingPositionTimestamp, int batchSize, int maxBatchingWindowSeconds,
        int parallelizationFactor, boolean bisectOnError, Integer maximumRetryAttempts, Integer maximumRecordAgeSeconds,
        Object onFailure, String filter) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map()
                .put("FunctionName", target)
                .put("EventSourceArn", source)
                .put("StartingPosition", startingPosition)
                .put("StartingPositionTimestamp", startingPositionTimestamp)
                .put("BatchSize", batchSize);
        if (maxBatchingWindowSeconds > 0) {
            properties.put("MaximumBatchingWindowInSeconds", maxBatchingWindowSeconds);
        }
        if (parallelizationFactor > 1) {
            properties.put("ParallelizationFactor", parallelizationFactor);
        }
        if (bisectOnError) {
            properties.put("BisectBatchOnFunctionError", true);
        }
        properties.put("MaximumRetryAttempts", maximumRetryAttempts)
                .put("MaximumRecordAgeInSeconds", maximumRecordAgeSeconds);
        if (onFailure != null) {
            properties.put("DestinationConfig", map("OnFailure", map("Destination", onFailure)));
        }
        if (filter != null) {
            properties.put("FilterCriteria", map("Filters", List.of(map("Pattern", Yaml.literal(filter)))));
        }
        // The generated handler checkpoints at the first failure; without this Lambda would ignore it.
        properties.put("FunctionResponseTypes", List.of("ReportBatchItemFailures"));
        return map().put("Type", "AWS::Lambda::EventSourceMapping").put("DependsOn", roleId)
                .put("Properties", properties);
    }
}

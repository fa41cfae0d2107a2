package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * An EventBridge rule matching a pattern on a bus, with one function as its target.
 *
 * @param eventBusName {@code default}, a created bus's Ref, or an existing bus's ARN
 * @param eventPattern the pattern as the descriptor's model
 * @param target the function's ARN or its SnapStart alias
 * @param maximumRetryAttempts EventBridge's delivery retries, or null for its default
 * @param maximumEventAgeSeconds how long it retries, or null for its default
 * @param deadLetterArn the ARN of the queue receiving undeliverable events, or null
 */
public record EventRuleResource(String logicalId, Object eventBusName, Object eventPattern, String targetId,
        Object target, Integer maximumRetryAttempts, Integer maximumEventAgeSeconds, Object deadLetterArn)
        implements Resource {

    @Override
    public Mapping template() {
        Mapping targetEntry = map().put("Id", targetId).put("Arn", target);
        if (maximumRetryAttempts != null || maximumEventAgeSeconds != null) {
            targetEntry.put("RetryPolicy", map()
                    .put("MaximumRetryAttempts", maximumRetryAttempts)
                    .put("MaximumEventAgeInSeconds", maximumEventAgeSeconds));
        }
        if (deadLetterArn != null) {
            targetEntry.put("DeadLetterConfig", map("Arn", deadLetterArn));
        }
        return map().put("Type", "AWS::Events::Rule").put("Properties", map()
                .put("EventBusName", eventBusName)
                .put("EventPattern", eventPattern)
                .put("State", "ENABLED")
                .put("Targets", List.of(targetEntry)));
    }
}

package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * An EventBridge rule that invokes one function on a schedule (in UTC, as EventBridge rules do).
 *
 * @param description possibly empty
 * @param target the function's ARN or its SnapStart alias
 * @param input the constant JSON input, or null
 */
public record ScheduleRule(String logicalId, String expression, String description, boolean enabled,
        String targetId, Object target, String input) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map().put("ScheduleExpression", expression);
        if (!description.isEmpty()) {
            properties.put("Description", Yaml.literal(description));
        }
        properties.put("State", enabled ? "ENABLED" : "DISABLED");
        Mapping targetEntry = map().put("Id", targetId).put("Arn", target);
        if (input != null) {
            targetEntry.put("Input", Yaml.literal(input));
        }
        properties.put("Targets", List.of(targetEntry));
        return map().put("Type", "AWS::Events::Rule").put("Properties", properties);
    }
}

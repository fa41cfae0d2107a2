package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;
import java.util.Map;

/**
 * A function entry of the descriptor: the Lambda function the framework creates, with its own role.
 *
 * @param summary what its role allows, in words, for the comment above it
 * @param description possibly empty
 * @param ephemeralStorageMb or null for Lambda's default
 * @param reservedConcurrency or null for none
 * @param environment names to values (strings or CloudFormation expressions), in the order written
 * @param maximumRetryAttempts retries of a failed asynchronous invocation, or null for Lambda's default
 * @param onFailure the queue ARN failed asynchronous events go to, or null
 * @param event its one framework event, or null
 * @param properties keys its trigger sets on the entry itself, e.g. {@code url}
 */
public record FunctionSpec(String name, String summary, String handler, String description, int memoryMb,
        int timeoutSeconds, Integer ephemeralStorageMb, Integer reservedConcurrency, boolean snapStart,
        String roleId, Map<String, Object> environment, Integer maximumRetryAttempts, Object onFailure,
        FrameworkEvent event, List<TriggerSpec.FunctionProperty> properties) {

    /**
     * How many resources the framework creates for it: its log group, function and version; the SnapStart alias;
     * its event's; the asynchronous invoke configuration when retries or a destination are set; and its
     * trigger's function properties' (a function URL and its permissions).
     */
    public int frameworkResources() {
        return 3 + (snapStart ? 1 : 0) + (event == null ? 0 : event.resources())
                + (maximumRetryAttempts != null || onFailure != null ? 1 : 0)
                + properties.stream().mapToInt(TriggerSpec.FunctionProperty::resources).sum();
    }

    public Mapping template() {
        Mapping out = map().put("handler", handler);
        if (!description.isEmpty()) {
            out.put("description", Yaml.literal(description));
        }
        out.put("memorySize", memoryMb)
                .put("timeout", timeoutSeconds)
                .put("ephemeralStorageSize", ephemeralStorageMb)
                .put("reservedConcurrency", reservedConcurrency);
        if (snapStart) {
            out.put("snapStart", true);
        }
        out.put("role", map("Fn::GetAtt", List.of(roleId, "Arn")));
        if (!environment.isEmpty()) {
            Mapping variables = map();
            environment.forEach(variables::put);
            out.put("environment", variables);
        }
        out.put("maximumRetryAttempts", maximumRetryAttempts);
        if (onFailure != null) {
            out.put("destinations", map("onFailure", map().put("type", "sqs").put("arn", onFailure)));
        }
        for (TriggerSpec.FunctionProperty property : properties) {
            out.put(property.key(), property.value());
        }
        if (event != null) {
            out.put("events", List.of(map(event.type(), event.properties())));
        }
        return out;
    }
}

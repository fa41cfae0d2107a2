package dev.sluice.processor.descriptor.spec;

import java.util.List;

/**
 * A trigger plug-in's part of one function's descriptor.
 *
 * @param summary what the trigger lets the function do, in words, for the comment above it
 * @param event the framework event, or null when the trigger is wired by {@code resources} and {@code demands}
 * @param statements what the function's role needs for the trigger
 * @param resources resources of this function's trigger alone (a schedule's rule and its permission)
 * @param demands what the trigger needs from the pipeline's declared resources
 * @param properties keys of the function entry itself that the trigger sets (a function URL's {@code url})
 */
public record TriggerSpec(List<String> summary, FrameworkEvent event, List<Statement> statements,
        List<Resource> resources, List<Demand> demands, List<FunctionProperty> properties) {

    public TriggerSpec(List<String> summary, FrameworkEvent event, List<Statement> statements,
            List<Resource> resources, List<Demand> demands) {
        this(summary, event, statements, resources, demands, List.of());
    }

    /**
     * A key of the function entry, and how many resources the framework creates for it.
     *
     * @param value a scalar or a mapping, in the framework's words
     */
    public record FunctionProperty(String key, Object value, int resources) {}
}

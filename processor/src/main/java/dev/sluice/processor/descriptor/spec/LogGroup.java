package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/** A CloudWatch log group the stack creates, with its retention in days. */
public record LogGroup(String logicalId, String name, int retentionDays) implements Resource {

    @Override
    public Mapping template() {
        return map()
                .put("Type", "AWS::Logs::LogGroup")
                .put("Properties", map().put("LogGroupName", name).put("RetentionInDays", retentionDays));
    }
}

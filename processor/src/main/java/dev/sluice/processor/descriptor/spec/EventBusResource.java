package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/** A custom EventBridge event bus the stack creates. Its Ref is its name; its Arn attribute its ARN. */
public record EventBusResource(String logicalId, String busName) implements Resource {

    @Override
    public Mapping template() {
        return map().put("Type", "AWS::Events::EventBus").put("Properties", map("Name", busName));
    }
}

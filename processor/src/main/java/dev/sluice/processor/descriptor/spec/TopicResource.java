package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/** An SNS topic the stack creates. Its Ref is its ARN. */
public record TopicResource(String logicalId, String topicName, boolean fifo) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map().put("TopicName", topicName);
        if (fifo) {
            properties.put("FifoTopic", true);
        }
        return map().put("Type", "AWS::SNS::Topic").put("Properties", properties);
    }
}

package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/** An enhanced fan-out consumer of a Kinesis stream, for one function. Its ConsumerARN is what the mapping reads. */
public record StreamConsumerResource(String logicalId, String consumerName, Object streamArn) implements Resource {

    @Override
    public Mapping template() {
        return map().put("Type", "AWS::Kinesis::StreamConsumer").put("Properties", map()
                .put("ConsumerName", consumerName)
                .put("StreamARN", streamArn));
    }
}

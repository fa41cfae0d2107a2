package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/**
 * A Kinesis data stream the stack creates: on-demand, or with provisioned shards.
 *
 * @param shards provisioned shards, or 0 for on-demand capacity
 */
public record KinesisStreamResource(String logicalId, String streamName, int shards, int retentionHours)
        implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map().put("Name", streamName);
        if (shards > 0) {
            properties.put("ShardCount", shards).put("StreamModeDetails", map("StreamMode", "PROVISIONED"));
        } else {
            properties.put("StreamModeDetails", map("StreamMode", "ON_DEMAND"));
        }
        properties.put("RetentionPeriodHours", retentionHours);
        return map().put("Type", "AWS::Kinesis::Stream").put("Properties", properties);
    }
}

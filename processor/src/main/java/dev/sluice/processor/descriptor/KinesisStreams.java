package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.KinesisStreamResource;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.model.KinesisStreamModel;
import java.util.ArrayList;
import java.util.List;

/** The Kinesis streams the pipeline creates, under stage-aware names. */
final class KinesisStreams {

    private KinesisStreams() {}

    static List<Resource> resources(Refs refs) {
        List<Resource> resources = new ArrayList<>();
        for (KinesisStreamModel stream : refs.pipeline().kinesisStreams()) {
            if (stream.created()) {
                resources.add(new KinesisStreamResource(Names.kinesisStreamId(stream.name()),
                        Names.physical(stream.name()), stream.shards(), stream.retentionHours()));
            }
        }
        return resources;
    }
}

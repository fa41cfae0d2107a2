package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.TopicResource;
import dev.sluice.processor.model.TopicModel;
import java.util.ArrayList;
import java.util.List;

/** The topics the pipeline creates, under stage-aware names. */
final class Topics {

    private Topics() {}

    static List<Resource> resources(Refs refs) {
        List<Resource> resources = new ArrayList<>();
        for (TopicModel topic : refs.pipeline().topics()) {
            if (topic.created()) {
                resources.add(new TopicResource(Names.topicId(topic.name()), Names.physical(topic.name()),
                        topic.fifo()));
            }
        }
        return resources;
    }
}

package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.EventBusResource;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.model.EventBusModel;
import java.util.ArrayList;
import java.util.List;

/** The event buses the pipeline creates, under stage-aware names. */
final class EventBuses {

    private EventBuses() {}

    static List<Resource> resources(Refs refs) {
        List<Resource> resources = new ArrayList<>();
        for (EventBusModel bus : refs.pipeline().eventBuses()) {
            if (bus.created()) {
                resources.add(new EventBusResource(Names.eventBusId(bus.name()), Names.physical(bus.name())));
            }
        }
        return resources;
    }
}

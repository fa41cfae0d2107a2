package dev.sluice.runtime;

import java.time.Instant;
import java.util.List;

/**
 * An EventBridge event as a rule delivers it to a function, for {@code @OnEvent} methods that want more than the
 * decoded {@code detail}.
 *
 * @param detailType the event's {@code detail-type}
 * @param time when the event happened, as its producer (or EventBridge) stated it; null if it has none
 * @param resources the ARNs the event is about, possibly empty
 * @param detail the event's {@code detail}, as JSON text ({@code {}} when it has none)
 */
public record EventBridgeEvent(String id, String source, String detailType, String account, Instant time,
        String region, List<String> resources, String detail) {

    public EventBridgeEvent {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }
}

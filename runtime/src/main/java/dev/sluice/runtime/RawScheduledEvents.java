package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * Builds the aws-lambda-java-events {@code ScheduledEvent} for methods that ask for it. Only their handlers load
 * this class, and with it aws-lambda-java-events and Joda-Time, which such methods have on their class path.
 */
public final class RawScheduledEvents {

    private RawScheduledEvents() {}

    @SuppressWarnings("unchecked")
    public static ScheduledEvent of(byte[] bytes) throws IOException {
        Map<String, Object> fields = ScheduledEvents.fields(bytes);
        ScheduledEvent event = new ScheduledEvent();
        event.setVersion(text(fields.get("version")));
        event.setId(text(fields.get("id")));
        event.setDetailType(text(fields.get("detail-type")));
        event.setSource(text(fields.get("source")));
        event.setAccount(text(fields.get("account")));
        event.setRegion(text(fields.get("region")));
        if (fields.get("time") instanceof String) {
            event.setTime(new DateTime(ScheduledEvents.time(bytes).toEpochMilli(), DateTimeZone.UTC));
        }
        List<String> resources = new ArrayList<>();
        if (fields.get("resources") instanceof List<?> list) {
            list.forEach(resource -> resources.add(text(resource)));
        }
        event.setResources(resources);
        event.setDetail(fields.get("detail") instanceof Map<?, ?> detail ? (Map<String, Object>) detail : Map.of());
        return event;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

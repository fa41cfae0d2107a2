package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * An EventBridge event as a rule delivers it: {@code BusEvent.of("payments.reviews", "LargeSettlementReviewed",
 * settlement)}; the detail is written with Jackson (JSON text is parsed). Schedules: {@link #scheduled(Instant)}.
 */
public final class BusEvent implements TestEvent {

    private final String source;
    private final String detailType;
    private final Object detail;
    private Instant time = Instant.parse("2026-01-01T00:00:00Z");
    private String id = "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa";

    private BusEvent(String source, String detailType, Object detail) {
        this.source = source;
        this.detailType = detailType;
        this.detail = detail;
    }

    public static BusEvent of(String source, String detailType, Object detail) {
        return new BusEvent(source, detailType, detail);
    }

    /** The event a {@code @Schedule} rule sends at {@code time} (without a constant input). */
    public static BusEvent scheduled(Instant time) {
        return new BusEvent("aws.events", "Scheduled Event", "{}").time(time);
    }

    public BusEvent time(Instant time) {
        this.time = time;
        return this;
    }

    public BusEvent id(String id) {
        this.id = id;
        return this;
    }

    @Override
    public String json() {
        ObjectNode root = Json.object();
        root.put("version", "0");
        root.put("id", id);
        root.put("detail-type", detailType);
        root.put("source", source);
        root.put("account", "123456789012");
        root.put("time", time.toString());
        root.put("region", "us-east-1");
        root.putArray("resources");
        root.set("detail", Json.tree(detail));
        return Json.write(root);
    }
}

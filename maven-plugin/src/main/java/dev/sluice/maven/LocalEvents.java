package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import software.amazon.event.ruler.Ruler;

/**
 * The pipeline's EventBridge buses for a local run: {@code PutEvents} in EventBridge's JSON protocol, on loopback. Each
 * accepted entry becomes the event EventBridge would route ({@code version}, {@code id}, {@code detail-type},
 * {@code source}, {@code account}, {@code time}, {@code region}, {@code resources}, {@code detail}) and is handed to
 * {@code deliveries} with the logical name of its bus; entries EventBridge would refuse fail alone, with its error
 * codes, as the real {@code PutEvents} reports them.
 */
public final class LocalEvents implements AutoCloseable {

    /** An event accepted on a bus, as rules see it. */
    public record Put(String bus, String id, String event) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String region;
    /** Every name a bus answers to (its local name, its ARN, and {@code default}'s), to its logical name. */
    private final Map<String, String> buses = new LinkedHashMap<>();
    private final Consumer<Put> deliveries;

    public LocalEvents(LocalPipeline pipeline, Consumer<Put> deliveries) throws IOException {
        this.region = pipeline.region();
        this.deliveries = deliveries;
        buses.put("default", "default");
        buses.put(arn(region, "default"), "default");
        for (JsonNode bus : pipeline.eventBuses()) {
            String name = bus.path("name").asText();
            String local = bus.path("localName").asText();
            buses.putIfAbsent(local, name);
            buses.putIfAbsent(arn(region, local), name);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "sluice-events");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A local bus's ARN. */
    static String arn(String region, String localName) {
        return localName.startsWith("arn:") ? localName
                : "arn:aws:events:" + region + ":" + LocalSqs.ACCOUNT + ":event-bus/" + localName;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            if (!"AWSEvents.PutEvents".equals(target)) {
                AwsJson.send(exchange, 400, AwsJson.error("UnknownOperationException",
                        "sluice:run's EventBridge answers PutEvents, not " + target));
                return;
            }
            ObjectNode response = JSON.createObjectNode();
            ArrayNode entries = response.putArray("Entries");
            int failed = 0;
            for (JsonNode entry : request.path("Entries")) {
                ObjectNode result = entries.addObject();
                String problem = put(entry, result);
                if (problem != null) {
                    failed++;
                    result.put("ErrorCode", problem.substring(0, problem.indexOf(':')))
                            .put("ErrorMessage", problem.substring(problem.indexOf(':') + 2));
                }
            }
            response.put("FailedEntryCount", failed);
            AwsJson.send(exchange, 200, response);
        }
    }

    /** Puts one entry on its bus; returns {@code "Code: message"} when EventBridge would refuse it. */
    private String put(JsonNode entry, ObjectNode result) {
        String busName = entry.path("EventBusName").asText("default");
        String bus = buses.get(busName.isEmpty() ? "default" : busName);
        if (bus == null) {
            return "NotFound: Event bus " + busName + " does not exist (the pipeline's buses are "
                    + buses.keySet() + ")";
        }
        for (String required : new String[] {"Source", "DetailType", "Detail"}) {
            if (entry.path(required).asText("").isEmpty()) {
                return "InvalidArgument: Parameter " + required + " is not valid. Reason: " + required
                        + " is a required argument.";
            }
        }
        JsonNode detail;
        try {
            detail = JSON.readTree(entry.path("Detail").asText());
        } catch (IOException e) {
            return "MalformedDetail: Detail is malformed.";
        }
        if (detail == null || !detail.isObject()) {
            return "MalformedDetail: Detail is malformed.";
        }
        String id = UUID.randomUUID().toString();
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "0");
        event.put("id", id);
        event.put("detail-type", entry.path("DetailType").asText());
        event.put("source", entry.path("Source").asText());
        event.put("account", LocalSqs.ACCOUNT);
        Instant time = entry.path("Time").isNumber()
                ? Instant.ofEpochMilli((long) (entry.path("Time").asDouble() * 1000)) : Instant.now();
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(time.truncatedTo(ChronoUnit.SECONDS)));
        event.put("region", region);
        ArrayNode resources = event.putArray("resources");
        entry.path("Resources").forEach(resources::add);
        event.set("detail", detail);
        result.put("EventId", id);
        deliveries.accept(new Put(bus, id, event.toString()));
        return null;
    }

    /** Whether a rule's {@code pattern} matches {@code event}, as EventBridge decides it (with Event Ruler). */
    static boolean matches(String pattern, String event) {
        try {
            return Ruler.matchesRule(event, pattern);
        } catch (Exception e) {
            return false; // the processor validated the pattern; an event Ruler cannot read matches nothing
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import software.amazon.event.ruler.Ruler;

/**
 * SNS on loopback: the pipeline's topics under local ARNs, answering {@code Publish} and {@code PublishBatch} in
 * SNS's query protocol (what the AWS SDK sends), and handing each accepted message to {@code deliveries}, which
 * invokes the subscribed functions. Filter policies are matched with Event Ruler, AWS's own matching engine: against
 * the message attributes, or against the JSON message for a body policy.
 */
public final class LocalSns implements AutoCloseable {

    /** A message accepted by a topic. */
    public record Published(String topic, String topicArn, String messageId, String message, String subject,
            Map<String, Attribute> attributes, Instant time, String groupId, String deduplicationId) {

        /** A message of a standard topic. */
        public Published(String topic, String topicArn, String messageId, String message, String subject,
                Map<String, Attribute> attributes, Instant time) {
            this(topic, topicArn, messageId, message, subject, attributes, time, null, null);
        }
    }

    /** A message attribute as published: {@code String}, {@code String.Array}, {@code Number} or {@code Binary}. */
    public record Attribute(String type, String value) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    private final HttpServer server;
    private final Map<String, String> topicsByArn = new LinkedHashMap<>();
    private final Consumer<Published> deliveries;

    public LocalSns(LocalPipeline pipeline, Consumer<Published> deliveries) throws IOException {
        this.deliveries = deliveries;
        for (JsonNode topic : pipeline.topics()) {
            topicsByArn.put(arn(pipeline.region(), topic.path("localName").asText()), topic.path("name").asText());
        }
        // Topics functions subscribe to by ARN alone: served under that ARN, so that a test can publish to them.
        for (LocalPipeline.Function function : pipeline.functions()) {
            String existing = function.trigger().path("topicArn").asText("");
            if (function.kind().equals("sns") && !existing.isEmpty()) {
                topicsByArn.putIfAbsent(existing, existing);
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "sluice-sns");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** A local topic's ARN, as functions get it in {@code SLUICE_TOPIC_ARN_*}. */
    static String arn(String region, String localName) {
        return "arn:aws:sns:" + region + ":" + LocalSqs.ACCOUNT + ":" + localName;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            String action = form.getOrDefault("Action", "");
            String topicArn = form.get("TopicArn");
            String topic = topicsByArn.get(topicArn);
            String requestId = UUID.randomUUID().toString();
            if (!action.equals("Publish") && !action.equals("PublishBatch")) {
                error(exchange, 400, "InvalidAction", "sluice:run's SNS answers Publish and PublishBatch, not "
                        + action, requestId);
                return;
            }
            if (topic == null) {
                error(exchange, 404, "NotFound", "Topic does not exist: " + topicArn + " (the pipeline's topics are "
                        + topicsByArn.keySet() + ")", requestId);
                return;
            }
            StringBuilder xml = new StringBuilder("<").append(action).append("Response xmlns=\"").append(NAMESPACE)
                    .append("\"><").append(action).append("Result>");
            if (topic.endsWith(".fifo") && !fifoEntries(form, action)) {
                error(exchange, 400, "InvalidParameter", "Invalid parameter: The MessageGroupId and "
                        + "MessageDeduplicationId parameters are required for FIFO topics (" + topicArn + ")", requestId);
                return;
            }
            if (action.equals("Publish")) {
                String id = publish(topic, topicArn, form, "");
                xml.append("<MessageId>").append(id).append("</MessageId>");
            } else {
                xml.append("<Successful>");
                for (int i = 1; form.containsKey("PublishBatchRequestEntries.member." + i + ".Id"); i++) {
                    String prefix = "PublishBatchRequestEntries.member." + i + ".";
                    String id = publish(topic, topicArn, form, prefix);
                    xml.append("<member><Id>").append(escape(form.get(prefix + "Id"))).append("</Id><MessageId>")
                            .append(id).append("</MessageId></member>");
                }
                xml.append("</Successful><Failed/>");
            }
            xml.append("</").append(action).append("Result><ResponseMetadata><RequestId>").append(requestId)
                    .append("</RequestId></ResponseMetadata></").append(action).append("Response>");
            send(exchange, 200, xml.toString());
        }
    }

    private String publish(String topic, String topicArn, Map<String, String> form, String prefix) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (int i = 1; form.containsKey(prefix + "MessageAttributes.entry." + i + ".Name"); i++) {
            String entry = prefix + "MessageAttributes.entry." + i + ".";
            String type = form.get(entry + "Value.DataType");
            attributes.put(form.get(entry + "Name"), new Attribute(type,
                    type != null && type.startsWith("Binary") ? form.get(entry + "Value.BinaryValue")
                            : form.get(entry + "Value.StringValue")));
        }
        String id = UUID.randomUUID().toString();
        deliveries.accept(new Published(topic, topicArn, id, form.getOrDefault(prefix + "Message", ""),
                form.get(prefix + "Subject"), attributes, Instant.now(), form.get(prefix + "MessageGroupId"),
                form.get(prefix + "MessageDeduplicationId")));
        return id;
    }

    /**
     * Whether a subscription's filter policy accepts {@code message}: Event Ruler's match of the policy against the
     * attributes (as JSON: strings, numbers, string arrays; binary ones left out), or against the message itself.
     */
    static boolean matches(String policy, boolean bodyScope, Published message) {
        if (policy == null) {
            return true;
        }
        try {
            String event;
            if (bodyScope) {
                JsonNode body = JSON.readTree(message.message());
                if (body == null || !body.isObject()) {
                    return false;
                }
                event = body.toString();
            } else {
                ObjectNode attributes = JSON.createObjectNode();
                for (Map.Entry<String, Attribute> entry : message.attributes().entrySet()) {
                    Attribute attribute = entry.getValue();
                    String type = attribute.type() == null ? "String" : attribute.type();
                    if (type.startsWith("Number")) {
                        attributes.put(entry.getKey(), new BigDecimal(attribute.value()));
                    } else if (type.startsWith("String.Array")) {
                        JsonNode array = JSON.readTree(attribute.value());
                        attributes.set(entry.getKey(), array instanceof ArrayNode ? array
                                : JSON.createArrayNode().add(attribute.value()));
                    } else if (type.startsWith("String")) {
                        attributes.put(entry.getKey(), attribute.value());
                    }
                }
                event = attributes.toString();
            }
            return Ruler.matchesRule(event, policy);
        } catch (Exception e) {
            return false; // an attribute SNS would refuse, or a message that is not JSON, matches nothing
        }
    }

    /** Whether every message of a FIFO topic's request has a group and a deduplication id (SNS requires both). */
    private static boolean fifoEntries(Map<String, String> form, String action) {
        if (action.equals("Publish")) {
            return form.containsKey("MessageGroupId") && form.containsKey("MessageDeduplicationId");
        }
        for (int i = 1; form.containsKey("PublishBatchRequestEntries.member." + i + ".Id"); i++) {
            String prefix = "PublishBatchRequestEntries.member." + i + ".";
            if (!form.containsKey(prefix + "MessageGroupId") || !form.containsKey(prefix + "MessageDeduplicationId")) {
                return false;
            }
        }
        return true;
    }

    /**
     * What an SQS subscription without raw message delivery receives: SNS's JSON envelope around the message, its
     * attributes as {@code MessageAttributes}.
     */
    static String envelope(Published message, String region) {
        ObjectNode root = JSON.createObjectNode();
        root.put("Type", "Notification");
        root.put("MessageId", message.messageId());
        if (message.deduplicationId() != null) {
            root.put("SequenceNumber", String.format("%020d", message.time().toEpochMilli()));
        }
        root.put("TopicArn", message.topicArn());
        if (message.subject() != null) {
            root.put("Subject", message.subject());
        }
        root.put("Message", message.message());
        root.put("Timestamp", message.time().toString());
        root.put("SignatureVersion", "1");
        root.put("Signature", "sluice-local");
        root.put("SigningCertURL", "https://sns." + region + ".amazonaws.com/sluice-local.pem");
        root.put("UnsubscribeURL", "https://sns." + region + ".amazonaws.com/?Action=Unsubscribe");
        if (!message.attributes().isEmpty()) {
            ObjectNode attributes = root.putObject("MessageAttributes");
            message.attributes().forEach((name, attribute) -> attributes.putObject(name)
                    .put("Type", attribute.type()).put("Value", attribute.value()));
        }
        return root.toString();
    }

    /** The SNS event Lambda receives for {@code message}, delivered by subscription {@code subscription}. */
    static byte[] event(Published message, String region, String subscription) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode record = root.putArray("Records").addObject();
        record.put("EventVersion", "1.0");
        record.put("EventSubscriptionArn", message.topicArn() + ":" + subscription);
        record.put("EventSource", "aws:sns");
        ObjectNode sns = record.putObject("Sns");
        sns.put("SignatureVersion", "1");
        sns.put("Timestamp", message.time().toString());
        sns.put("Signature", "sluice-local");
        sns.put("SigningCertUrl", "https://sns." + region + ".amazonaws.com/sluice-local.pem");
        sns.put("MessageId", message.messageId());
        sns.put("Message", message.message());
        ObjectNode attributes = sns.putObject("MessageAttributes");
        message.attributes().forEach((name, attribute) -> attributes.putObject(name)
                .put("Type", attribute.type()).put("Value", attribute.value()));
        sns.put("Type", "Notification");
        sns.put("UnsubscribeUrl", "https://sns." + region + ".amazonaws.com/?Action=Unsubscribe");
        sns.put("TopicArn", message.topicArn());
        sns.put("Subject", message.subject());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static void error(HttpExchange exchange, int status, String code, String message, String requestId)
            throws IOException {
        send(exchange, status, "<ErrorResponse xmlns=\"" + NAMESPACE + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + escape(message) + "</Message></Error><RequestId>" + requestId
                + "</RequestId></ErrorResponse>");
    }

    private static void send(HttpExchange exchange, int status, String xml) throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

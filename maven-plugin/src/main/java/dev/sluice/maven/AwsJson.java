package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/** AWS's JSON 1.1 protocol, as the local EventBridge and Kinesis answer in it: bodies and errors. */
final class AwsJson {

    static final ObjectMapper JSON = new ObjectMapper();

    private AwsJson() {}

    /** An error body: the exception's name, as the SDK maps it to its exception class, and a message. */
    static ObjectNode error(String type, String message) {
        return JSON.createObjectNode().put("__type", type).put("message", message);
    }

    static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

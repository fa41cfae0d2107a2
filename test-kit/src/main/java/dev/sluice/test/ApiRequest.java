package dev.sluice.test;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as API Gateway hands it to a function: {@code ApiRequest.post("/users").body(user)} or
 * {@code ApiRequest.get("/users/{userId}").path("userId", "u-1").query("fields", "email")}. The route is the one
 * the function declares; its parameters are filled in to make the raw path. By default the HTTP API's payload
 * (format 2.0); {@link #rest()} gives the REST API's (format 1.0).
 */
public final class ApiRequest implements TestEvent {

    private final String method;
    private final String route;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body;
    private boolean rest;

    private ApiRequest(String method, String route) {
        this.method = method;
        this.route = route;
    }

    public static ApiRequest get(String route) {
        return new ApiRequest("GET", route);
    }

    public static ApiRequest post(String route) {
        return new ApiRequest("POST", route).header("content-type", "application/json");
    }

    public static ApiRequest put(String route) {
        return new ApiRequest("PUT", route).header("content-type", "application/json");
    }

    public static ApiRequest delete(String route) {
        return new ApiRequest("DELETE", route);
    }

    /** Fills route parameter {@code {name}} (or {@code {name+}}) with {@code value}. */
    public ApiRequest path(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    public ApiRequest query(String name, String value) {
        query.put(name, value);
        return this;
    }

    /** A header (the HTTP API delivers names lower-cased, the REST API as sent). */
    public ApiRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The body: text as it is, anything else written as JSON. */
    public ApiRequest body(Object payload) {
        this.body = Json.text(payload);
        return this;
    }

    /** The REST API's payload (format 1.0) instead of the HTTP API's. */
    public ApiRequest rest() {
        this.rest = true;
        return this;
    }

    private String rawPath() {
        String path = route;
        for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "+}", parameter.getValue())
                    .replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException("route " + route + " has a parameter no path(...) filled: " + path);
        }
        return path;
    }

    private String rawQuery() {
        StringBuilder out = new StringBuilder();
        query.forEach((name, value) -> out.append(out.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }

    @Override
    public String json() {
        return Json.write(rest ? restEvent() : httpEvent());
    }

    private ObjectNode httpEvent() {
        ObjectNode root = Json.object();
        root.put("version", "2.0");
        root.put("routeKey", method + " " + route);
        root.put("rawPath", rawPath());
        root.put("rawQueryString", rawQuery());
        ObjectNode headerNode = root.putObject("headers");
        headers.forEach((name, value) -> headerNode.put(name.toLowerCase(Locale.ROOT), value));
        if (!query.isEmpty()) {
            ObjectNode queryNode = root.putObject("queryStringParameters");
            query.forEach(queryNode::put);
        }
        if (!pathParameters.isEmpty()) {
            ObjectNode pathNode = root.putObject("pathParameters");
            pathParameters.forEach(pathNode::put);
        }
        ObjectNode context = root.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "api-id");
        context.put("domainName", "api-id.execute-api.us-east-1.amazonaws.com");
        context.putObject("http").put("method", method).put("path", rawPath()).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.7").put("userAgent", "sluice-test");
        context.put("requestId", "JKJaXmPLvHcESHA=");
        context.put("routeKey", method + " " + route);
        context.put("stage", "$default");
        context.put("time", "01/Jan/2026:00:00:00 +0000");
        context.put("timeEpoch", 1_767_225_600_000L);
        if (body != null) {
            root.put("body", body);
        }
        root.put("isBase64Encoded", false);
        return root;
    }

    private ObjectNode restEvent() {
        ObjectNode root = Json.object();
        root.put("resource", route);
        root.put("path", rawPath());
        root.put("httpMethod", method);
        ObjectNode headerNode = root.putObject("headers");
        ObjectNode multiHeaders = root.putObject("multiValueHeaders");
        headers.forEach((name, value) -> {
            headerNode.put(name, value);
            multiHeaders.putArray(name).add(value);
        });
        if (query.isEmpty()) {
            root.putNull("queryStringParameters");
            root.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode queryNode = root.putObject("queryStringParameters");
            ObjectNode multiQuery = root.putObject("multiValueQueryStringParameters");
            query.forEach((name, value) -> {
                queryNode.put(name, value);
                multiQuery.putArray(name).add(value);
            });
        }
        if (pathParameters.isEmpty()) {
            root.putNull("pathParameters");
        } else {
            ObjectNode pathNode = root.putObject("pathParameters");
            pathParameters.forEach(pathNode::put);
        }
        ObjectNode context = root.putObject("requestContext");
        context.put("resourcePath", route);
        context.put("httpMethod", method);
        context.put("path", "/prod" + rawPath());
        context.put("stage", "prod");
        context.put("requestId", "c6af9ac6-7b61-11e6-9a41-93e8deadbeef");
        context.putObject("identity").put("sourceIp", "203.0.113.7").put("userAgent", "sluice-test");
        if (body == null) {
            root.putNull("body");
        } else {
            root.put("body", body);
        }
        root.put("isBase64Encoded", false);
        return root;
    }
}

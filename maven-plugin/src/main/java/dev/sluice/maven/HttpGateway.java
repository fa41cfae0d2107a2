package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The pipeline's HTTP routes on loopback, each API on its own port as each has its own host on AWS: the HTTP API
 * (payload 2.0), the REST API (payload 1.0), and one port per function URL. A request becomes the event API Gateway
 * would build — route key, raw path and query, headers (2.0 joins repeated ones with commas; 1.0 keeps every value),
 * cookies, path parameters, the body (base64 unless it is text), a request id — and the function's proxy response
 * becomes the HTTP response. The most specific route wins, as in API Gateway: literal segments before parameters
 * before a greedy {@code {proxy+}}, a method before {@code ANY}. Authorizers are not enforced locally.
 */
public final class HttpGateway implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One route: its function, API and template. */
    record Route(WarmFunction function, String api, String method, String template) {

        String[] segments() {
            return template.equals("/") ? new String[0] : template.substring(1).split("/");
        }

        /** The path parameters when {@code path} matches, else empty. */
        Optional<Map<String, String>> match(String path) {
            String[] pattern = segments();
            String[] parts = path.equals("/") || path.isEmpty() ? new String[0] : path.substring(1).split("/", -1);
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < pattern.length; i++) {
                String segment = pattern[i];
                if (segment.startsWith("{") && segment.endsWith("+}")) {
                    if (i >= parts.length) {
                        return Optional.empty();
                    }
                    parameters.put(segment.substring(1, segment.length() - 2),
                            String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length)));
                    return Optional.of(parameters);
                }
                if (i >= parts.length || parts[i].isEmpty()) {
                    return Optional.empty();
                }
                if (segment.startsWith("{")) {
                    // A path's '+' is a plus (only a query's is a space).
                    parameters.put(segment.substring(1, segment.length() - 1), decode(parts[i].replace("+", "%2B")));
                } else if (!segment.equals(parts[i])) {
                    return Optional.empty();
                }
            }
            return parts.length == pattern.length ? Optional.of(parameters) : Optional.empty();
        }

        /** Literal segments weigh most, then parameters, then a greedy tail; a method beats ANY. */
        String specificity() {
            StringBuilder score = new StringBuilder();
            for (String segment : segments()) {
                score.append(segment.endsWith("+}") ? '1' : segment.startsWith("{") ? '2' : '3');
            }
            return score.append(method.equals("ANY") ? '0' : '1').toString();
        }
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final PrintStream log;

    /** Starts a server per API with routes, from {@code port} up (0: any free ports). */
    public HttpGateway(List<WarmFunction> functions, int port, PrintStream log) throws IOException {
        this.log = log;
        Map<String, List<Route>> byApi = new LinkedHashMap<>();
        for (WarmFunction function : functions) {
            JsonNode trigger = function.function().trigger();
            if (!function.function().kind().equals("http")) {
                continue;
            }
            String api = trigger.path("api").asText();
            String key = api.equals("FUNCTION_URL") ? "URL " + function.function().name() : api;
            byApi.computeIfAbsent(key, k -> new ArrayList<>()).add(new Route(function, api,
                    trigger.path("method").asText(), trigger.path("path").asText()));
        }
        // The HTTP API on the first port, then the REST API, then function URLs by function name.
        List<Map.Entry<String, List<Route>>> apis = new ArrayList<>(byApi.entrySet());
        apis.sort(Comparator.comparing(api -> api.getKey().equals("HTTP_API") ? "0"
                : api.getKey().equals("REST") ? "1" : "2" + api.getKey()));
        int next = port;
        for (Map.Entry<String, List<Route>> api : apis) {
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), next), 0);
            } catch (java.net.BindException e) {
                servers.forEach(s -> s.stop(0));
                throw new IOException("port " + next + " (for the " + api.getKey() + ") is in use: stop what "
                        + "listens there, or give the first port with -Dsluice.port=<port> (0 picks free ports)", e);
            }
            List<Route> routes = new ArrayList<>(api.getValue());
            routes.sort(Comparator.comparing(Route::specificity).reversed());
            server.createContext("/", exchange -> handle(exchange, routes));
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            servers.add(server);
            urls.put(api.getKey(), "http://127.0.0.1:" + server.getAddress().getPort());
            next = port == 0 ? 0 : next + 1;
        }
    }

    /** Each API's base URL, by {@code HTTP_API}, {@code REST} or {@code URL <function>}. */
    public Map<String, String> urls() {
        return urls;
    }

    private void handle(HttpExchange exchange, List<Route> routes) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        for (Route route : routes) {
            if (!route.method().equals("ANY") && !route.method().equals(method)) {
                continue;
            }
            Optional<Map<String, String>> parameters = route.api().equals("FUNCTION_URL")
                    ? Optional.of(Map.of()) : route.match(path);
            if (parameters.isPresent()) {
                invoke(exchange, route, parameters.get());
                return;
            }
        }
        answer(exchange, 404, Map.of("Content-Type", List.of("application/json")),
                "{\"message\":\"Not Found\"}".getBytes(StandardCharsets.UTF_8));
    }

    private void invoke(HttpExchange exchange, Route route, Map<String, String> parameters) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        boolean v1 = route.api().equals("REST");
        byte[] event = JSON.writeValueAsBytes(v1 ? v1(exchange, route, parameters, body)
                : v2(exchange, route, parameters, body));
        WarmFunction.Outcome outcome;
        try {
            outcome = route.function().invoke(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, Map.of(), new byte[0]);
            return;
        }
        String name = route.function().function().name();
        if (outcome.error()) {
            // API Gateway's answers when the integration fails or times out.
            log.println(name + ": " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " → function "
                    + (outcome.timedOut() ? "timed out" : "error") + " " + new String(outcome.response(),
                    StandardCharsets.UTF_8));
            answer(exchange, outcome.timedOut() ? 504 : 502, Map.of("Content-Type", List.of("application/json")),
                    ("{\"message\":\"" + (outcome.timedOut() ? "Endpoint request timed out" : "Internal server error")
                            + "\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        JsonNode response = JSON.readTree(outcome.response());
        int status = response.path("statusCode").asInt(200);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), List.of(h.getValue().asText())));
        response.path("multiValueHeaders").fields().forEachRemaining(h -> {
            List<String> values = new ArrayList<>();
            h.getValue().forEach(v -> values.add(v.asText()));
            headers.put(h.getKey(), values);
        });
        if (response.has("cookies")) {
            List<String> cookies = new ArrayList<>();
            response.get("cookies").forEach(c -> cookies.add(c.asText()));
            headers.put("Set-Cookie", cookies);
        }
        String text = response.path("body").isNull() ? "" : response.path("body").asText("");
        byte[] bytes = response.path("isBase64Encoded").asBoolean()
                ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        log.println(name + ": " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " → " + status);
        answer(exchange, status, headers, bytes);
    }

    private static ObjectNode v2(HttpExchange exchange, Route route, Map<String, String> parameters, byte[] body) {
        ObjectNode event = JSON.createObjectNode();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String routeKey = route.api().equals("FUNCTION_URL") ? "$default" : route.method() + " " + route.template();
        String query = exchange.getRequestURI().getRawQuery();
        event.put("version", "2.0").put("routeKey", routeKey).put("rawPath", exchange.getRequestURI().getRawPath())
                .put("rawQueryString", query == null ? "" : query);
        ObjectNode headers = event.putObject("headers");
        ArrayNode cookies = JSON.createArrayNode();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                for (String header : values) {
                    for (String cookie : header.split(";")) {
                        if (!cookie.isBlank()) {
                            cookies.add(cookie.trim());
                        }
                    }
                }
            } else {
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values));
            }
        });
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        Map<String, List<String>> parsed = query(query);
        if (!parsed.isEmpty()) {
            ObjectNode q = event.putObject("queryStringParameters");
            parsed.forEach((name, values) -> q.put(name, String.join(",", values)));
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000").put("apiId", "local")
                .put("domainName", exchange.getLocalAddress().getHostString()).put("requestId", UUID.randomUUID().toString())
                .put("routeKey", routeKey).put("stage", "$default").put("timeEpoch", Instant.now().toEpochMilli());
        context.putObject("http").put("method", method).put("path", exchange.getRequestURI().getRawPath())
                .put("protocol", exchange.getProtocol()).put("sourceIp", exchange.getRemoteAddress().getAddress()
                        .getHostAddress()).put("userAgent", exchange.getRequestHeaders().getFirst("User-Agent"));
        if (!parameters.isEmpty()) {
            ObjectNode p = event.putObject("pathParameters");
            parameters.forEach(p::put);
        }
        body(event, exchange, body);
        return event;
    }

    private static ObjectNode v1(HttpExchange exchange, Route route, Map<String, String> parameters, byte[] body) {
        ObjectNode event = JSON.createObjectNode();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        event.put("resource", route.template()).put("path", exchange.getRequestURI().getRawPath())
                .put("httpMethod", method);
        ObjectNode headers = event.putObject("headers");
        ObjectNode multi = event.putObject("multiValueHeaders");
        exchange.getRequestHeaders().forEach((name, values) -> {
            headers.put(name, values.get(values.size() - 1));
            ArrayNode all = multi.putArray(name);
            values.forEach(all::add);
        });
        Map<String, List<String>> parsed = query(exchange.getRequestURI().getRawQuery());
        if (parsed.isEmpty()) {
            event.putNull("queryStringParameters");
            event.putNull("multiValueQueryStringParameters");
        } else {
            ObjectNode q = event.putObject("queryStringParameters");
            ObjectNode mq = event.putObject("multiValueQueryStringParameters");
            parsed.forEach((name, values) -> {
                q.put(name, values.get(values.size() - 1));
                ArrayNode all = mq.putArray(name);
                values.forEach(all::add);
            });
        }
        if (parameters.isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode p = event.putObject("pathParameters");
            parameters.forEach(p::put);
        }
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "000000000000").put("apiId", "local").put("httpMethod", method)
                .put("path", "/local" + exchange.getRequestURI().getRawPath())
                .put("requestId", UUID.randomUUID().toString()).put("resourcePath", route.template())
                .put("stage", "local");
        context.putObject("identity").put("sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress());
        body(event, exchange, body);
        return event;
    }

    /** The body as text when it is text, else base64, as API Gateway delivers binary media. */
    private static void body(ObjectNode event, HttpExchange exchange, byte[] body) {
        if (body.length == 0) {
            event.putNull("body");
            event.put("isBase64Encoded", false);
            return;
        }
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        boolean text = type.isEmpty() || type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded");
        event.put("body", text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", !text);
    }

    static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, Map<String, List<String>> headers, byte[] body)
            throws IOException {
        headers.forEach((name, values) -> values.forEach(value -> exchange.getResponseHeaders().add(name, value)));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        for (HttpServer server : servers) {
            server.stop(0);
        }
    }
}

package dev.sluice.runtime;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an API Gateway proxy event of either payload format into an {@link HttpRequest}: 2.0 (HTTP APIs:
 * {@code rawPath}, comma-joined repeated headers and query values, {@code cookies}) or 1.0 (REST APIs:
 * {@code path}, {@code multiValueHeaders}, {@code multiValueQueryStringParameters}, cookies in the
 * {@code Cookie} header).
 */
public final class HttpEventReader {

    private HttpEventReader() {}

    public static HttpRequest read(byte[] event) {
        Map<String, Object> json;
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(event)) {
            parser.nextToken();
            json = map(JsonText.value(parser, false));
        } catch (IOException e) {
            throw new UncheckedIOException("not an API Gateway event", e);
        }
        return "2.0".equals(json.get("version")) ? v2(json) : v1(json);
    }

    private static HttpRequest v2(Map<String, Object> json) {
        Map<String, Object> context = map(json.get("requestContext"));
        Map<String, Object> http = map(context.get("http"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        // HTTP APIs join a repeated header's values with commas; a comma inside one value cannot be told apart.
        map(json.get("headers")).forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT),
                split(String.valueOf(value))));
        Map<String, List<String>> query = new LinkedHashMap<>();
        map(json.get("queryStringParameters")).forEach((name, value) -> query.put(name, split(String.valueOf(value))));
        Map<String, Object> authorizer = map(context.get("authorizer"));
        return new HttpRequest(HttpRequest.PayloadFormat.V2, text(http.get("method")), text(json.get("rawPath")),
                strings(json.get("pathParameters")), Collections.unmodifiableMap(query),
                Collections.unmodifiableMap(headers), list(json.get("cookies")), text(json.get("body")),
                Boolean.TRUE.equals(json.get("isBase64Encoded")), text(context.get("requestId")),
                text(http.get("sourceIp")), text(map(authorizer.get("iam")).get("userArn")),
                Collections.unmodifiableMap(map(map(authorizer.get("jwt")).get("claims"))));
    }

    private static HttpRequest v1(Map<String, Object> json) {
        Map<String, Object> context = map(json.get("requestContext"));
        Map<String, Object> identity = map(context.get("identity"));
        Map<String, List<String>> headers = new LinkedHashMap<>();
        multi(json.get("headers"), json.get("multiValueHeaders"))
                .forEach((name, values) -> headers.merge(name.toLowerCase(Locale.ROOT), values, (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return List.copyOf(all);
                }));
        List<String> cookies = new ArrayList<>();
        for (String header : headers.getOrDefault("cookie", List.of())) {
            for (String cookie : header.split(";")) {
                if (!cookie.isBlank()) {
                    cookies.add(cookie.trim());
                }
            }
        }
        Map<String, Object> authorizer = map(context.get("authorizer"));
        return new HttpRequest(HttpRequest.PayloadFormat.V1, text(json.get("httpMethod")), text(json.get("path")),
                strings(json.get("pathParameters")),
                Collections.unmodifiableMap(multi(json.get("queryStringParameters"),
                        json.get("multiValueQueryStringParameters"))),
                Collections.unmodifiableMap(headers), cookies, text(json.get("body")),
                Boolean.TRUE.equals(json.get("isBase64Encoded")), text(context.get("requestId")),
                text(identity.get("sourceIp")), text(identity.get("userArn")),
                Collections.unmodifiableMap(map(authorizer.get("claims"))));
    }

    /** The multi-value map when present (it holds every value), else the single-value one. */
    private static Map<String, List<String>> multi(Object single, Object multiple) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, Object> many = map(multiple);
        if (!many.isEmpty()) {
            many.forEach((name, values) -> out.put(name, list(values)));
        } else {
            map(single).forEach((name, value) -> out.put(name, value == null ? List.of() : List.of(text(value))));
        }
        return out;
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split(",", -1)).map(String::trim).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    private static Map<String, String> strings(Object value) {
        Map<String, String> out = new LinkedHashMap<>();
        map(value).forEach((name, text) -> out.put(name, text(text)));
        return out;
    }

    private static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> items) {
            items.forEach(item -> out.add(text(item)));
        }
        return Collections.unmodifiableList(out);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package dev.sluice.runtime;

import static dev.sluice.runtime.EventRecords.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an API Gateway proxy event of either payload format into an {@link HttpRequest}, in one streaming pass
 * with no intermediate tree: 2.0 (HTTP APIs and function URLs: {@code rawPath}, comma-joined repeated headers and
 * query values, {@code cookies}) or 1.0 (REST APIs: {@code path}, {@code multiValueHeaders},
 * {@code multiValueQueryStringParameters}, cookies in the {@code Cookie} header). No lambdas, as elsewhere in the
 * runtime: the first one costs a cold start tens of milliseconds.
 */
public final class HttpEventReader {

    private HttpEventReader() {}

    /** What the event says, whichever the format; the format is known only once {@code version} is read. */
    private static final class Fields {
        String version;
        String method;
        String rawPath;
        String path;
        String body;
        boolean base64;
        String requestId;
        String sourceIp;
        String userArn;
        Map<String, String> pathParameters = Map.of();
        Map<String, String> headers = Map.of();
        Map<String, List<String>> multiHeaders = Map.of();
        Map<String, String> query = Map.of();
        Map<String, List<String>> multiQuery = Map.of();
        List<String> cookies = List.of();
        Map<String, Object> claims = Map.of();
    }

    public static HttpRequest read(byte[] event) {
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(event)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("not an API Gateway event", e);
        }
    }

    /** Reads the event from {@code input} as it arrives, without copying it first. */
    public static HttpRequest read(InputStream input) {
        try (JsonParser parser = JsonPayloadReader.FACTORY.createParser(input)) {
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("not an API Gateway event", e);
        }
    }

    private static HttpRequest read(JsonParser parser) throws IOException {
        Fields fields = new Fields();
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not a JSON object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "version" -> fields.version = text(parser);
                case "rawPath" -> fields.rawPath = text(parser);
                case "path" -> fields.path = text(parser);
                case "httpMethod" -> fields.method = text(parser);
                case "body" -> fields.body = text(parser);
                case "isBase64Encoded" -> fields.base64 = parser.currentToken() == JsonToken.VALUE_TRUE;
                case "headers" -> fields.headers = strings(parser);
                case "multiValueHeaders" -> fields.multiHeaders = lists(parser);
                case "queryStringParameters" -> fields.query = strings(parser);
                case "multiValueQueryStringParameters" -> fields.multiQuery = lists(parser);
                case "pathParameters" -> fields.pathParameters = strings(parser);
                case "cookies" -> fields.cookies = list(parser);
                case "requestContext" -> requestContext(parser, fields);
                default -> parser.skipChildren();
            }
        }
        return "2.0".equals(fields.version) ? v2(fields) : v1(fields);
    }

    private static void requestContext(JsonParser parser, Fields fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "requestId" -> fields.requestId = text(parser);
                case "http", "identity" -> identity(parser, fields);
                case "authorizer" -> authorizer(parser, fields);
                default -> parser.skipChildren();
            }
        }
    }

    /** 2.0's {@code http} (method, source IP) and 1.0's {@code identity} (source IP, IAM user). */
    private static void identity(JsonParser parser, Fields fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "method" -> fields.method = text(parser);
                case "sourceIp" -> fields.sourceIp = text(parser);
                case "userArn" -> fields.userArn = text(parser);
                default -> parser.skipChildren();
            }
        }
    }

    /** 2.0's {@code iam.userArn} and {@code jwt.claims}; 1.0's {@code claims} (Cognito user pools). */
    private static void authorizer(JsonParser parser, Fields fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            switch (name) {
                case "iam", "jwt" -> authorizer(parser, fields);
                case "userArn" -> fields.userArn = text(parser);
                case "claims" -> fields.claims = claims(parser);
                default -> parser.skipChildren();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(JsonParser parser) throws IOException {
        Object value = JsonText.value(parser, false);
        return value instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) value) : Map.of();
    }

    private static HttpRequest v2(Fields fields) {
        // HTTP APIs join a repeated header's or query parameter's values with commas.
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> header : fields.headers.entrySet()) {
            headers.put(header.getKey().toLowerCase(Locale.ROOT), split(header.getValue()));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Map.Entry<String, String> parameter : fields.query.entrySet()) {
            query.put(parameter.getKey(), split(parameter.getValue()));
        }
        return new HttpRequest(HttpRequest.PayloadFormat.V2, fields.method, fields.rawPath, fields.pathParameters,
                Collections.unmodifiableMap(query), Collections.unmodifiableMap(headers), fields.cookies, fields.body,
                fields.base64, fields.requestId, fields.sourceIp, fields.userArn, fields.claims);
    }

    private static HttpRequest v1(Fields fields) {
        // The multi-value maps hold every value; the single-value ones only the last.
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (!fields.multiHeaders.isEmpty()) {
            for (Map.Entry<String, List<String>> header : fields.multiHeaders.entrySet()) {
                add(headers, header.getKey().toLowerCase(Locale.ROOT), header.getValue());
            }
        } else {
            for (Map.Entry<String, String> header : fields.headers.entrySet()) {
                add(headers, header.getKey().toLowerCase(Locale.ROOT), single(header.getValue()));
            }
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (!fields.multiQuery.isEmpty()) {
            query.putAll(fields.multiQuery);
        } else {
            for (Map.Entry<String, String> parameter : fields.query.entrySet()) {
                query.put(parameter.getKey(), single(parameter.getValue()));
            }
        }
        List<String> cookies = new ArrayList<>();
        List<String> cookieHeaders = headers.get("cookie");
        if (cookieHeaders != null) {
            for (String header : cookieHeaders) {
                for (String cookie : header.split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.trim());
                    }
                }
            }
        }
        return new HttpRequest(HttpRequest.PayloadFormat.V1, fields.method, fields.path, fields.pathParameters,
                Collections.unmodifiableMap(query), Collections.unmodifiableMap(headers),
                Collections.unmodifiableList(cookies), fields.body, fields.base64, fields.requestId, fields.sourceIp,
                fields.userArn, fields.claims);
    }

    private static void add(Map<String, List<String>> headers, String name, List<String> values) {
        List<String> known = headers.get(name);
        if (known == null) {
            headers.put(name, values);
        } else {
            List<String> all = new ArrayList<>(known);
            all.addAll(values);
            headers.put(name, Collections.unmodifiableList(all));
        }
    }

    private static List<String> single(String value) {
        return value == null ? List.of() : Collections.singletonList(value);
    }

    private static List<String> split(String joined) {
        if (joined == null) {
            return List.of();
        }
        if (joined.indexOf(',') < 0) {
            return Collections.singletonList(joined);
        }
        String[] parts = joined.split(",", -1);
        List<String> values = new ArrayList<>(parts.length);
        for (String part : parts) {
            values.add(part.trim());
        }
        return Collections.unmodifiableList(values);
    }

    /** An object of scalars; empty for null. */
    private static Map<String, String> strings(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            out.put(name, text(parser));
        }
        return out;
    }

    /** An object of arrays of scalars; empty for null. */
    private static Map<String, List<String>> lists(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            out.put(name, list(parser));
        }
        return out;
    }

    /** An array of scalars; empty for null. */
    private static List<String> list(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return List.of();
        }
        List<String> out = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.add(text(parser));
        }
        return Collections.unmodifiableList(out);
    }
}

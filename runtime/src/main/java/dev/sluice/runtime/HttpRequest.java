package dev.sluice.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as API Gateway delivered it, the same for both payload formats (HTTP API 2.0, REST 1.0):
 * method, raw path, path parameters, query parameters and headers (all values of repeated ones, in order),
 * cookies, the body (base64-decoded when API Gateway encoded it) and who called.
 */
public final class HttpRequest {

    private final PayloadFormat format;
    private final String method;
    private final String rawPath;
    private final Map<String, String> pathParameters;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final List<String> cookies;
    private final String body;
    private final boolean base64Encoded;
    private final String requestId;
    private final String sourceIp;
    private final String userArn;
    private final Map<String, Object> jwtClaims;

    /** API Gateway's payload formats. */
    public enum PayloadFormat {
        /** REST APIs. */
        V1,
        /** HTTP APIs. */
        V2
    }

    HttpRequest(PayloadFormat format, String method, String rawPath, Map<String, String> pathParameters,
            Map<String, List<String>> query, Map<String, List<String>> headers, List<String> cookies, String body,
            boolean base64Encoded, String requestId, String sourceIp, String userArn, Map<String, Object> jwtClaims) {
        this.format = format;
        this.method = method;
        this.rawPath = rawPath;
        this.pathParameters = Collections.unmodifiableMap(pathParameters);
        this.query = query;
        this.headers = headers;
        this.cookies = cookies;
        this.body = body;
        this.base64Encoded = base64Encoded;
        this.requestId = requestId;
        this.sourceIp = sourceIp;
        this.userArn = userArn;
        this.jwtClaims = jwtClaims;
    }

    public PayloadFormat format() {
        return format;
    }

    /** Upper case, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path as the client sent it, before any decoding by the route. */
    public String rawPath() {
        return rawPath;
    }

    /** The route's path parameters, e.g. {@code userId} for {@code /users/{userId}}; {@code proxy} for {@code {proxy+}}. */
    public Map<String, String> pathParameters() {
        return pathParameters;
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    /** Every query parameter with all its values, in order. */
    public Map<String, List<String>> queryParameters() {
        return query;
    }

    /** The first value of query parameter {@code name}. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every header with all its values, by lower-case name. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of header {@code name}, matched without regard to case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The request's cookies, as {@code name=value} strings. */
    public List<String> cookies() {
        return cookies;
    }

    /** The body as text (UTF-8 when API Gateway sent it base64-encoded); null when there is none. */
    public String body() {
        return base64Encoded && body != null ? new String(bodyBytes(), StandardCharsets.UTF_8) : body;
    }

    /** The body's bytes, base64-decoded when API Gateway encoded it (binary media); empty when there is none. */
    public byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        return base64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }

    public boolean isBase64Encoded() {
        return base64Encoded;
    }

    /** API Gateway's request id, which the response of a failed request names. */
    public String requestId() {
        return requestId;
    }

    public Optional<String> sourceIp() {
        return Optional.ofNullable(sourceIp);
    }

    /** The caller's IAM ARN, on routes with IAM auth. */
    public Optional<String> userArn() {
        return Optional.ofNullable(userArn);
    }

    /** The verified JWT's claims, on routes with a JWT authorizer; empty otherwise. */
    public Map<String, Object> jwtClaims() {
        return jwtClaims;
    }
}

package dev.sluice.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an {@code @OnHttp} method may return for full control: status, headers, cookies, and a text or binary
 * body (binary bodies are sent base64-encoded, as API Gateway requires). Immutable; each {@code with} returns a
 * copy.
 */
public final class HttpResponse {

    private final int status;
    private final Map<String, String> headers;
    private final List<String> cookies;
    /** A text body, or null. */
    private final String text;
    /** A binary body, or null. */
    private final byte[] binary;

    private HttpResponse(int status, Map<String, String> headers, List<String> cookies, String text, byte[] binary) {
        this.status = status;
        this.headers = headers;
        this.cookies = cookies;
        this.text = text;
        this.binary = binary;
    }

    /** A response with no body. */
    public static HttpResponse status(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        return new HttpResponse(status, Map.of(), List.of(), null, null);
    }

    /** {@code status} with a JSON document as the body. */
    public static HttpResponse json(int status, String json) {
        return status(status).withBody(json, "application/json");
    }

    /** {@code status} with text as the body, e.g. {@code text/plain; charset=utf-8}. */
    public HttpResponse withBody(String text, String contentType) {
        return new HttpResponse(status, with(headers, "Content-Type", contentType), cookies, text, null);
    }

    /** Bytes as the body, sent base64-encoded. */
    public HttpResponse withBinaryBody(byte[] bytes, String contentType) {
        return new HttpResponse(status, with(headers, "Content-Type", contentType), cookies, null, bytes.clone());
    }

    /** A header; a second value for the same name replaces the first. */
    public HttpResponse withHeader(String name, String value) {
        return new HttpResponse(status, with(headers, name, value), cookies, text, binary);
    }

    /** A {@code Set-Cookie} value, e.g. {@code session=abc; Secure; HttpOnly}. */
    public HttpResponse withCookie(String setCookie) {
        List<String> more = new ArrayList<>(cookies);
        more.add(setCookie);
        return new HttpResponse(status, headers, Collections.unmodifiableList(more), text, binary);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return Collections.unmodifiableMap(more);
    }

    public int statusCode() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<String> cookies() {
        return cookies;
    }

    /** The body's bytes (UTF-8 for text), or null for none. */
    public byte[] body() {
        return binary != null ? binary.clone() : text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text body, or null (none, or binary). */
    String text() {
        return text;
    }

    /** The binary body, or null (none, or text). */
    byte[] binary() {
        return binary;
    }

    public boolean isBinary() {
        return binary != null;
    }
}

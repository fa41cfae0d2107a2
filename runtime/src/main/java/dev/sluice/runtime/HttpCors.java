package dev.sluice.runtime;

import java.util.List;
import java.util.Map;

/**
 * A route's CORS settings, as its annotation declares them; the handler adds the headers they call for to every
 * response, errors included (API Gateway answers the preflight itself).
 */
public final class HttpCors {

    /** No cross-origin access: no headers. */
    public static final HttpCors NONE = new HttpCors(List.of(), "", "", -1, false);

    private final List<String> origins;
    private final String methods;
    private final String headers;
    private final int maxAgeSeconds;
    private final boolean credentials;

    private HttpCors(List<String> origins, String methods, String headers, int maxAgeSeconds, boolean credentials) {
        this.origins = origins;
        this.methods = methods;
        this.headers = headers;
        this.maxAgeSeconds = maxAgeSeconds;
        this.credentials = credentials;
    }

    /** {@code methods} and {@code headers} comma-separated; {@code maxAgeSeconds} -1 for none. */
    public static HttpCors of(List<String> origins, String methods, String headers, int maxAgeSeconds,
            boolean credentials) {
        return new HttpCors(List.copyOf(origins), methods, headers, maxAgeSeconds, credentials);
    }

    /** The CORS headers for a request from {@code origin} (null when the request named none). */
    Map<String, String> headersFor(String origin) {
        String allowed;
        if (origins.contains("*")) {
            allowed = "*";
        } else if (origin != null && origins.contains(origin)) {
            allowed = origin;
        } else {
            return Map.of();
        }
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        out.put("Access-Control-Allow-Origin", allowed);
        if (!allowed.equals("*")) {
            // The answer depends on the request's origin: caches must keep one per origin.
            out.put("Vary", "Origin");
        }
        if (credentials) {
            out.put("Access-Control-Allow-Credentials", "true");
        }
        if (!methods.isEmpty()) {
            out.put("Access-Control-Allow-Methods", methods);
        }
        if (!headers.isEmpty()) {
            out.put("Access-Control-Allow-Headers", headers);
        }
        if (maxAgeSeconds >= 0) {
            out.put("Access-Control-Max-Age", String.valueOf(maxAgeSeconds));
        }
        return out;
    }
}

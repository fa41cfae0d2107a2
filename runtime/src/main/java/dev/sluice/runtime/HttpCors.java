package dev.sluice.runtime;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A route's CORS settings, as its annotation declares them; the handler adds the headers they call for to every
 * response, errors included (API Gateway answers the preflight itself). The headers for each allowed origin are
 * built once, when the handler class initialises.
 */
public final class HttpCors {

    /** No cross-origin access: no headers. */
    public static final HttpCors NONE = new HttpCors(Map.of(), null);

    /** Allowed origin → its headers. */
    private final Map<String, Map<String, String>> byOrigin;
    /** The headers for any origin, with {@code *}; null otherwise. */
    private final Map<String, String> any;

    private HttpCors(Map<String, Map<String, String>> byOrigin, Map<String, String> any) {
        this.byOrigin = byOrigin;
        this.any = any;
    }

    /** {@code methods} and {@code headers} comma-separated; {@code maxAgeSeconds} -1 for none. */
    public static HttpCors of(List<String> origins, String methods, String headers, int maxAgeSeconds,
            boolean credentials) {
        Map<String, Map<String, String>> byOrigin = new HashMap<>();
        Map<String, String> any = null;
        for (String origin : origins) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("Access-Control-Allow-Origin", origin);
            if (!origin.equals("*")) {
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
            if (origin.equals("*")) {
                any = Collections.unmodifiableMap(out);
            } else {
                byOrigin.put(origin, Collections.unmodifiableMap(out));
            }
        }
        return new HttpCors(byOrigin, any);
    }

    /** The CORS headers for a request from {@code origin} (null when the request named none). */
    Map<String, String> headersFor(String origin) {
        if (any != null) {
            return any;
        }
        Map<String, String> headers = origin == null ? null : byOrigin.get(origin);
        return headers == null ? Map.of() : headers;
    }
}

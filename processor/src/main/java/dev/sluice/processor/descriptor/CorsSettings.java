package dev.sluice.processor.descriptor;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * CORS settings in the Serverless Framework's words. An HTTP API's {@code provider.httpApi.cors} and a function
 * URL's {@code url.cors} share one spelling; a REST route's {@code http.cors} has its own.
 */
public final class CorsSettings {

    private CorsSettings() {}

    /** {@code allowedOrigins}, {@code allowedHeaders}, {@code allowCredentials}, {@code maxAge} (when not -1). */
    public static Mapping allowed(List<String> origins, List<String> headers, int maxAgeSeconds, boolean credentials) {
        return settings("allowedOrigins", "allowedHeaders", origins, headers, maxAgeSeconds, credentials);
    }

    /** A REST route's: {@code origins}, {@code headers}, {@code allowCredentials}, {@code maxAge}. */
    public static Mapping rest(List<String> origins, List<String> headers, int maxAgeSeconds, boolean credentials) {
        return settings("origins", "headers", origins, headers, maxAgeSeconds, credentials);
    }

    private static Mapping settings(String originsKey, String headersKey, List<String> origins, List<String> headers,
            int maxAgeSeconds, boolean credentials) {
        Mapping cors = map()
                .put(originsKey, Yaml.literals(origins))
                .put(headersKey, Yaml.literals(headers))
                .put("allowCredentials", credentials);
        if (maxAgeSeconds >= 0) {
            cors.put("maxAge", maxAgeSeconds);
        }
        return cors;
    }
}

package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.Demand;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The APIs the Serverless Framework builds from the functions' {@code httpApi} and {@code http} events, as far
 * as Sluice needs to know them: how many resources they add to the stack, and the logical ids the framework
 * derives from paths (two paths it maps to one id would silently lose a route).
 */
public final class Apis {

    private Apis() {}

    /**
     * The framework's resources for the routes in {@code demands}: an HTTP API and its stage, one route each, and
     * per function an integration and an invoke permission, plus {@code jwtAuthorizers}; a REST API and its
     * deployment, one resource per distinct path prefix, one method per route, one {@code OPTIONS} method per path
     * with CORS, per function an invoke permission, and a model per validated body with one request validator.
     */
    static int frameworkResources(List<Demand> demands, int jwtAuthorizers) {
        int count = 0;
        Set<String> httpFunctions = new LinkedHashSet<>();
        int httpRoutes = 0;
        Set<String> restFunctions = new LinkedHashSet<>();
        Set<String> restPrefixes = new LinkedHashSet<>();
        Set<String> restCorsPaths = new LinkedHashSet<>();
        int restRoutes = 0;
        int models = 0;
        for (Demand demand : demands) {
            if (demand instanceof Demand.HttpRoute route) {
                if (route.rest()) {
                    restRoutes++;
                    restFunctions.add(route.function());
                    restPrefixes.addAll(prefixes(route.path()));
                    if (route.cors()) {
                        restCorsPaths.add(route.path());
                    }
                    if (route.validated()) {
                        models++;
                    }
                } else {
                    httpRoutes++;
                    httpFunctions.add(route.function());
                }
            }
        }
        if (httpRoutes > 0) {
            count += 2 + httpRoutes + 2 * httpFunctions.size() + jwtAuthorizers;
        }
        if (restRoutes > 0) {
            count += 2 + restPrefixes.size() + restRoutes + restCorsPaths.size() + restFunctions.size();
            // A model per validated body, and the API's one request validator.
            count += models + (models > 0 ? 1 : 0);
        }
        return count;
    }

    /** {@code /a/{b}/c} → {@code /a}, {@code /a/{b}}, {@code /a/{b}/c}: the REST API's path resources. */
    public static List<String> prefixes(String path) {
        List<String> prefixes = new java.util.ArrayList<>();
        StringBuilder prefix = new StringBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                prefixes.add(prefix.append('/').append(segment).toString());
            }
        }
        return prefixes;
    }

    /**
     * The framework's logical-id form of a path, as in {@code ApiGatewayResource<Id>} and
     * {@code HttpApiRoute<Method><Id>}: each segment lower-cased, {@code -} spelled {@code Dash}, other
     * punctuation dropped, the first letter capitalised, and {@code Var} after a parameter's name.
     */
    public static String logicalId(String path) {
        StringBuilder id = new StringBuilder();
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            String text = segment.toLowerCase(Locale.ROOT).replace("-", "Dash").replaceAll("[^A-Za-z0-9]", "");
            if (!text.isEmpty()) {
                id.append(Character.toUpperCase(text.charAt(0))).append(text.substring(1));
            }
            if (parameter) {
                id.append("Var");
            }
        }
        return id.toString();
    }
}

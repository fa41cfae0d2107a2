package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnHttp;
import dev.sluice.processor.descriptor.Apis;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.HttpTrigger;
import dev.sluice.processor.model.PipelineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HTTP routes across the module: each function's timeout within what API Gateway waits for, no two functions on
 * one route of one API (the framework would keep one silently), and one CORS configuration per HTTP API.
 */
public final class HttpRoutesRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        List<FunctionModel> routes = new ArrayList<>();
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof HttpTrigger http && http.gateway()) {
                int timeout = function.effectiveTimeoutSeconds(pipeline);
                if (timeout > HttpTrigger.MAX_FUNCTION_TIMEOUT_SECONDS) {
                    boolean httpApi = http.api() == OnHttp.Api.HTTP_API;
                    // Only a function's own timeout can be too long: the pipeline's default is capped for HTTP.
                    diagnostics.on(function, Function.class, "timeoutSeconds", Message.HTTP_TIMEOUT,
                            function.name(), http.method(), http.path(), httpApi ? "an HTTP API" : "a REST API",
                            timeout, httpApi ? "30 s (and answers 503 for a timeout of 30 s or more)" : "29 s",
                            HttpTrigger.MAX_FUNCTION_TIMEOUT_SECONDS);
                }
                if (http.authorizer() != null) {
                    List<String> declared = pipeline.jwtAuthorizers().stream()
                            .map(PipelineModel.JwtAuthorizerModel::name).toList();
                    if (!declared.contains(http.authorizer())) {
                        diagnostics.on(function, OnHttp.class, "authorizer", Message.HTTP_AUTHORIZER_UNDECLARED,
                                http.method() + " " + http.path(), http.authorizer(),
                                pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                                Diagnostics.didYouMean(http.authorizer(), declared), http.authorizer());
                    }
                }
                routes.add(function);
            }
        }
        for (int i = 0; i < routes.size(); i++) {
            HttpTrigger a = (HttpTrigger) routes.get(i).trigger();
            for (int j = i + 1; j < routes.size(); j++) {
                HttpTrigger b = (HttpTrigger) routes.get(j).trigger();
                if (a.api() != b.api()) {
                    continue;
                }
                String api = a.api() == OnHttp.Api.HTTP_API ? "HTTP API" : "REST API";
                if (overlap(a, b)) {
                    diagnostics.on(routes.get(j), OnHttp.class, "path", Message.HTTP_ROUTE_CLASH,
                            routes.get(i).name(), routes.get(j).name(), b.method() + " " + b.path(), api);
                } else {
                    Optional<String> id = idClash(a, b);
                    if (id.isPresent()) {
                        diagnostics.on(routes.get(j), OnHttp.class, "path", Message.HTTP_ROUTE_ID_CLASH,
                                routes.get(i).name(), routes.get(j).name(), a.path(), b.path(), id.get());
                    }
                }
                if (a.api() == OnHttp.Api.HTTP_API && a.cors().enabled() && b.cors().enabled()
                        && !a.cors().equals(b.cors())) {
                    diagnostics.on(routes.get(j), OnHttp.class, "cors", Message.HTTP_CORS_DIFFERS,
                            routes.get(i).name(), routes.get(j).name(), describe(a.cors()), describe(b.cors()));
                }
            }
        }
    }

    /** Same path template (parameter names aside) and methods that meet (ANY meets every method). */
    private static boolean overlap(HttpTrigger a, HttpTrigger b) {
        boolean methods = a.method() == b.method() || a.method() == OnHttp.Method.ANY
                || b.method() == OnHttp.Method.ANY;
        return methods && shape(a.path()).equals(shape(b.path()));
    }

    /**
     * The logical id two distinct routes would share in the framework's template: a REST API's path resource
     * (any prefix) or an HTTP API's route (method and path).
     */
    private static Optional<String> idClash(HttpTrigger a, HttpTrigger b) {
        if (a.api() == OnHttp.Api.REST) {
            for (String left : Apis.prefixes(a.path())) {
                for (String right : Apis.prefixes(b.path())) {
                    if (!shape(left).equals(shape(right)) && Apis.logicalId(left).equals(Apis.logicalId(right))) {
                        return Optional.of("ApiGatewayResource" + Apis.logicalId(left));
                    }
                }
            }
            return Optional.empty();
        }
        boolean sameMethod = a.method() == b.method();
        return sameMethod && !shape(a.path()).equals(shape(b.path()))
                && Apis.logicalId(a.path()).equals(Apis.logicalId(b.path()))
                ? Optional.of("HttpApiRoute" + Apis.logicalId(a.path()))
                : Optional.empty();
    }

    /** {@code /users/{id}} and {@code /users/{userId}} are one route to API Gateway. */
    private static String shape(String path) {
        return path.replaceAll("\\{[^}/]*\\+}", "{+}").replaceAll("\\{[^}/+]*}", "{}");
    }

    private static String describe(HttpTrigger.Cors cors) {
        return "origins " + cors.origins() + ", headers " + cors.headers() + ", maxAge " + cors.maxAgeSeconds()
                + ", credentials " + cors.credentials();
    }
}

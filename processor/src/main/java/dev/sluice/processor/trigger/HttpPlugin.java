package dev.sluice.processor.trigger;

import static dev.sluice.processor.descriptor.Yaml.map;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnHttp;
import dev.sluice.processor.descriptor.CorsSettings;
import dev.sluice.processor.descriptor.JsonSchemas;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.FrameworkEvent;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.HttpHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.HttpTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.HttpTriggerReader;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** {@code @OnHttp}: a method serving one HTTP route of an HTTP API or a REST API. */
final class HttpPlugin implements TriggerPlugin<HttpTrigger> {

    private final HttpTriggerReader reader = new HttpTriggerReader();
    private final HttpHandlerGenerator generator;

    HttpPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new HttpHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnHttp.class;
    }

    @Override
    public Class<HttpTrigger> model() {
        return HttpTrigger.class;
    }

    @Override
    public boolean answers() {
        return true;
    }

    @Override
    public Optional<HttpTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    /** Returned values without a generated encoder (generic, annotated or getter-carrying types) need databind. */
    @Override
    public void checkClasspath(ExecutableElement method, FunctionModel function, HttpTrigger trigger,
            Elements elements, Report report) {
        boolean json = trigger.returns() == HttpTrigger.Returns.JSON
                || trigger.returns() == HttpTrigger.Returns.OPTIONAL_JSON;
        if (json && trigger.returnEncoder() == null
                && elements.getTypeElement("com.fasterxml.jackson.databind.ObjectWriter") == null) {
            report.error(method, Message.HTTP_NEEDS_DATABIND, function.name(), trigger.returnType());
        }
    }

    @Override
    public JavaFile generate(FunctionModel function, HttpTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger);
    }

    /**
     * The framework's {@code httpApi} or {@code http} event; the framework creates the API, the route and the
     * permission for API Gateway to invoke the function, so the role gains nothing. An HTTP API's CORS is the
     * API's (a demand the provider honours); a REST route's is its own.
     */
    @Override
    public TriggerSpec describe(FunctionModel function, HttpTrigger http, Refs refs) {
        if (!http.gateway()) {
            return functionUrl(http);
        }
        Mapping event = map()
                .put("method", http.method() == OnHttp.Method.ANY ? "*" : http.method().name())
                .put("path", Yaml.literal(http.path()));
        String api;
        List<Demand> demands = new ArrayList<>();
        if (http.api() == OnHttp.Api.HTTP_API) {
            api = "HTTP API";
            if (http.auth() == OnHttp.Auth.IAM) {
                event.put("authorizer", map("type", "aws_iam"));
            } else if (http.auth() == OnHttp.Auth.JWT) {
                Mapping authorizer = map("name", http.authorizer());
                if (!http.scopes().isEmpty()) {
                    authorizer.put("scopes", Yaml.literals(http.scopes()));
                }
                event.put("authorizer", authorizer);
            }
            if (http.cors().enabled()) {
                demands.add(new Demand.HttpApiCors(http.cors().origins(), http.cors().headers(),
                        http.cors().maxAgeSeconds(), http.cors().credentials()));
            }
        } else {
            api = "REST API";
            if (http.cors().enabled()) {
                event.put("cors", CorsSettings.rest(http.cors().origins(), http.cors().headers(),
                        http.cors().maxAgeSeconds(), http.cors().credentials()));
            }
            if (http.auth() == OnHttp.Auth.IAM) {
                event.put("authorizer", "aws_iam");
            }
            if (http.bodyDecoder() != null) {
                // The gateway validates the body against the record's schema: a bad body never costs an invocation.
                event.put("request", map("schemas", map("application/json", map()
                        .put("name", Names.pascal(function.name()) + "Body")
                        .put("schema", JsonSchemas.of(http.bodyDecoder())))));
            }
        }
        String summary = "serves " + http.method() + " " + http.path() + " on the " + api
                + (http.auth() == OnHttp.Auth.IAM ? " (IAM auth)"
                        : http.auth() == OnHttp.Auth.JWT ? " (JWT authorizer " + http.authorizer() + ")" : "");
        // The API's resources are counted once for the module, from the routes (Apis).
        demands.add(new Demand.HttpRoute(http.api() == OnHttp.Api.REST, http.method().name(), http.path(),
                function.name(), http.cors().enabled(),
                http.api() == OnHttp.Api.REST && http.bodyDecoder() != null));
        return new TriggerSpec(List.of(summary), new FrameworkEvent(http.api() == OnHttp.Api.HTTP_API
                ? "httpApi" : "http", event, 0), List.of(), List.of(), demands);
    }

    /**
     * The function's {@code url}: the framework creates the URL and, for a public one, both permissions AWS requires
     * ({@code lambda:InvokeFunctionUrl} and {@code lambda:InvokeFunction} via the URL), on the SnapStart alias when
     * there is one ({@code EveryAttributeIT} checks both).
     */
    private static TriggerSpec functionUrl(HttpTrigger http) {
        boolean iam = http.auth() == OnHttp.Auth.IAM;
        Object url = true;
        if (iam || http.cors().enabled()) {
            Mapping settings = map();
            if (iam) {
                settings.put("authorizer", "aws_iam");
            }
            if (http.cors().enabled()) {
                settings.put("cors", CorsSettings.allowed(http.cors().origins(), http.cors().headers(),
                        http.cors().maxAgeSeconds(), http.cors().credentials()));
            }
            url = settings;
        }
        String summary = "serves its function URL" + (iam ? " (IAM auth)" : " (public)");
        return new TriggerSpec(List.of(summary), null, List.of(), List.of(), List.of(),
                List.of(new TriggerSpec.FunctionProperty("url", url, iam ? 1 : 3)));
    }

    @Override
    public Map<String, Object> local(FunctionModel function, HttpTrigger http) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "http");
        out.put("api", http.api().name());
        out.put("method", http.method().name());
        out.put("path", http.path());
        out.put("auth", http.auth().name());
        out.put("authorizer", http.authorizer());
        out.put("status", http.status());
        out.put("corsOrigins", http.cors().origins());
        return out;
    }

    @Override
    public String sampleEvent(FunctionModel function, HttpTrigger http, PipelineModel pipeline) {
        StringBuilder rawPath = new StringBuilder();
        StringBuilder parameters = new StringBuilder();
        for (String segment : http.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.startsWith("{")) {
                String name = segment.substring(1, segment.length() - 1).replace("+", "");
                String value = "sample-" + name;
                rawPath.append('/').append(value);
                parameters.append(parameters.length() == 0 ? "" : ", ").append('"').append(name).append("\": \"")
                        .append(value).append('"');
            } else {
                rawPath.append('/').append(segment);
            }
        }
        String method = http.method() == OnHttp.Method.ANY ? "GET" : http.method().name();
        return Templates.fill(http.api() == OnHttp.Api.HTTP_API ? "events/http-v2.json" : "events/http-v1.json",
                Map.of("routeKey", (http.method() == OnHttp.Method.ANY ? "ANY" : method) + " " + http.path(),
                        "resource", http.path(),
                        "rawPath", rawPath.length() == 0 ? "/" : rawPath.toString(),
                        "method", method,
                        "pathParameters", parameters.length() == 0 ? "null" : "{" + parameters + "}",
                        "body", http.bodyType() == null ? "null"
                                : SampleJson.quote(http.bodyDecoder() == null ? "{}"
                                        : SampleJson.of(http.bodyDecoder()))));
    }
}

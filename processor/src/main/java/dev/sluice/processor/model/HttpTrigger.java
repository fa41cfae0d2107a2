package dev.sluice.processor.model;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnHttp;
import java.util.List;

/**
 * An {@code @OnHttp} trigger: the route, who may call it, its CORS settings, and how the handler binds the
 * method's parameters and answers with its return value.
 *
 * @param path the path template as declared, e.g. {@code /users/{userId}}
 * @param authorizer the pipeline's JWT authorizer, with {@code auth = JWT}; else null
 * @param scopes scopes the JWT must carry, possibly none
 * @param status the status of a successful response that carries the returned value
 * @param parameters the method's parameters, in order
 * @param bodyType the type the JSON body decodes into, or null when the method takes none
 * @param bodyDecoder its generated decoder; null when databind decodes it (or there is no body)
 * @param returns what the return value stands for
 * @param returnType the declared return type ({@code T} of {@code Optional<T>}); null for void
 * @param returnEncoder the model of the returned record's generated encoder; null when databind writes it
 */
public record HttpTrigger(OnHttp.Method method, String path, OnHttp.Api api, OnHttp.Auth auth, String authorizer,
        List<String> scopes, int status, Cors cors,
        List<Parameter> parameters, TypeName bodyType, DecoderModel bodyDecoder, Returns returns,
        TypeName returnType, DecoderModel returnEncoder) implements Trigger {

    /** CORS settings; {@code origins} empty for none. */
    public record Cors(List<String> origins, List<String> headers, int maxAgeSeconds, boolean credentials) {

        public boolean enabled() {
            return !origins.isEmpty();
        }
    }

    /**
     * One method parameter.
     *
     * @param name the Java parameter's name
     * @param external the path parameter's, query parameter's or header's name
     * @param type its Java type ({@code T} of {@code Optional<T>})
     */
    public record Parameter(Source source, String name, String external, Conversion conversion, boolean optional,
            TypeName type) {}

    /** Where a parameter's value comes from. */
    public enum Source {
        PATH, QUERY, HEADER, BODY, REQUEST
    }

    /** How a text value becomes the parameter's type: one {@code HttpParams} method each. */
    public enum Conversion {
        STRING(null), INT("toInt"), LONG("toLong"), DOUBLE("toDouble"), BOOLEAN("toBoolean"),
        BIG_DECIMAL("toBigDecimal"), UUID("toUuid"), INSTANT("toInstant"), LOCAL_DATE("toLocalDate"), ENUM("toEnum"),
        /** The body or the request: not converted from text. */
        NONE(null);

        private final String method;

        Conversion(String method) {
            this.method = method;
        }

        /** The {@code HttpParams} method, or null for none. */
        public String method() {
            return method;
        }
    }

    /** What the method's return value stands for. */
    public enum Returns {
        /** 204. */
        NOTHING,
        /** 200 with the value as JSON. */
        JSON,
        /** 200 with the value as JSON, 404 when empty. */
        OPTIONAL_JSON,
        /** 200 with the text. */
        TEXT,
        /** The {@code HttpResponse} itself. */
        RESPONSE
    }

    /**
     * The longest function timeout API Gateway waits for: an HTTP API answers 503 when the function's timeout is
     * 30 s or more, a REST API's integration times out at 29 s.
     */
    public static final int MAX_FUNCTION_TIMEOUT_SECONDS = 29;

    /**
     * The pipeline's default, capped at what API Gateway waits for: an HTTP function must answer in time. A
     * function URL waits as long as the function runs.
     */
    @Override
    public int defaultTimeoutSeconds(int pipelineDefault) {
        return gateway() ? Math.min(pipelineDefault, MAX_FUNCTION_TIMEOUT_SECONDS) : pipelineDefault;
    }

    /** Whether API Gateway serves the route (an HTTP or REST API), rather than the function's own URL. */
    public boolean gateway() {
        return api != OnHttp.Api.FUNCTION_URL;
    }

    @Override
    public TypeName decodedType() {
        return bodyType;
    }

    @Override
    public DecoderModel decoder() {
        return bodyDecoder;
    }

    @Override
    public DecoderModel encoder() {
        return returnEncoder;
    }

    /** The path parameter names of {@code path}, in order ({@code proxy} for {@code {proxy+}}). */
    public static List<String> pathParameterNames(String path) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                names.add(name.endsWith("+") ? name.substring(0, name.length() - 1) : name);
            }
        }
        return names;
    }
}

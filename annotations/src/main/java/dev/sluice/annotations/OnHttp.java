package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves an HTTP route through API Gateway. Sluice generates the Lambda handler: it binds the method's
 * parameters from the request, calls it, and writes the response, with the route's CORS headers on every
 * response, errors included.
 *
 * <p>Parameters, bound by the processor from the source:
 * <ul>
 *   <li>a parameter named like a path parameter of {@link #path()} ({@code {userId}} → {@code String userId});
 *   <li>{@link Query @Query} and {@link Header @Header} parameters;
 *   <li>at most one other parameter of a record or POJO type: the JSON body (not on GET or DELETE);
 *   <li>{@code HttpRequest} (sluice-runtime) for raw access: headers, cookies, query, raw path, body, identity.
 * </ul>
 * Path, query and header parameters may be {@code String}, {@code int}/{@code Integer}, {@code long}/{@code Long},
 * {@code boolean}/{@code Boolean}, {@code double}/{@code Double}, {@code BigDecimal}, {@code UUID}, {@code Instant},
 * {@code LocalDate}, an enum, or {@code Optional} of one of those (query and header only); a value that does not
 * convert is answered with 400 naming the parameter.
 *
 * <p>Return types: a record or POJO (200, JSON), {@code void} (204), {@code Optional<T>} (404 when empty),
 * {@code String} (200, {@code text/plain}), or {@code HttpResponse} for the status, headers, cookies and binary
 * bodies. Throw {@code HttpException} (sluice-runtime) for a 4xx; anything else is a 500 whose body names only the
 * request id, with the exception logged.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface OnHttp {

    /** The HTTP method; {@code ANY} matches every method. */
    Method method();

    /**
     * The path template, starting with {@code /}: literal segments, {@code {name}} parameters, and optionally a
     * last greedy {@code {name+}} that matches the rest of the path ({@code /{proxy+}}).
     */
    String path();

    /** Which API Gateway serves it. */
    Api api() default Api.HTTP_API;

    /** Who may call it. */
    Auth auth() default Auth.NONE;

    /** With {@code auth = JWT}: the {@link JwtAuthorizer#name()} declared on the pipeline. */
    String authorizer() default "";

    /** With {@code auth = JWT}: scopes the token must carry (any one of them), none to accept any valid token. */
    String[] scopes() default {};

    /**
     * The status of a successful response that carries the returned value (a record, an {@code Optional} that is
     * present, a {@code String}): 200 to 299, e.g. 201 for a method that creates. A {@code void} method answers 204.
     */
    int status() default 200;

    /** Cross-origin access; none unless origins are given. */
    Cors cors() default @Cors;

    /** HTTP methods. */
    enum Method {
        GET, POST, PUT, PATCH, DELETE, ANY
    }

    /** The API kinds. */
    enum Api {
        /**
         * An HTTP API (payload format 2.0): cheaper and faster; one CORS configuration for the whole API;
         * integrations time out after 30 seconds, so the function's timeout must be under 30.
         */
        HTTP_API,
        /**
         * A REST API (payload format 1.0): request validation at the gateway (Sluice writes the body's JSON
         * schema, so bad bodies never reach the function); integrations time out after 29 seconds.
         */
        REST,
        /**
         * The function's own URL (payload format 2.0), no API Gateway: every method and path reach the function,
         * so the route must be {@code method = ANY, path = "/{proxy+}"}; no 29-second limit; auth NONE (public:
         * Sluice relies on the framework granting both {@code lambda:InvokeFunctionUrl} and
         * {@code lambda:InvokeFunction}, which AWS requires of public URLs since October 2025) or IAM.
         */
        FUNCTION_URL
    }

    /** How callers authenticate. */
    enum Auth {
        /** Anyone may call it. */
        NONE,
        /** Callers sign with SigV4 and need {@code execute-api:Invoke} on the route. */
        IAM,
        /** Callers send a JWT that the pipeline's {@link JwtAuthorizer} verifies (HTTP API only). */
        JWT
    }

    /**
     * Cross-origin resource sharing for a route. On an HTTP API every route must declare the same settings (the
     * API has one configuration); on a REST API each route has its own.
     */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({})
    @interface Cors {

        /** Allowed origins, e.g. {@code https://app.example.com}, or {@code *}; none disables CORS. */
        String[] origins() default {};

        /** Extra request headers allowed, beyond the CORS-safelisted ones. */
        String[] headers() default {"Content-Type", "Authorization"};

        /** Seconds browsers may cache the preflight answer; -1 for the browser's default. */
        int maxAgeSeconds() default -1;

        /** Whether credentials (cookies, authorization) may be sent; not allowed with origin {@code *}. */
        boolean credentials() default false;
    }
}

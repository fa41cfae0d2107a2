package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.Header;
import dev.sluice.annotations.OnHttp;
import dev.sluice.annotations.Query;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.HttpTrigger;
import dev.sluice.processor.model.HttpTrigger.Conversion;
import dev.sluice.processor.model.HttpTrigger.Parameter;
import dev.sluice.processor.model.HttpTrigger.Returns;
import dev.sluice.processor.model.HttpTrigger.Source;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.PayloadTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @OnHttp} method once, checking as it reads: the path template, CORS, how each parameter binds
 * (path parameter by name, {@code @Query}, {@code @Header}, the JSON body, {@code HttpRequest}) and converts,
 * and what the return value stands for. Rules that need the function's timeout or other routes are pipeline
 * rules ({@code HttpRoutesRule}).
 */
public final class HttpTriggerReader {

    public static final String HTTP_REQUEST = "dev.sluice.runtime.HttpRequest";
    public static final String HTTP_RESPONSE = "dev.sluice.runtime.HttpResponse";

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(\\+?)}");
    /** RFC 9110 token: header names. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** RFC 6749 scope-token: printable ASCII but space, quote and backslash. */
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]+(:\\d{1,5})?");

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<HttpTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnHttp http = method.getAnnotation(OnHttp.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnHttp.class).orElseThrow();
        String route = http.method() + " " + http.path();
        String pathProblem = pathProblem(http.path());
        if (pathProblem != null) {
            report.error(method, mirror, Annotations.written(mirror, "path"), Message.HTTP_PATH, http.path(),
                    pathProblem);
        }
        if (http.api() == OnHttp.Api.FUNCTION_URL
                && (http.method() != OnHttp.Method.ANY || !http.path().equals("/{proxy+}"))) {
            report.error(method, mirror, Annotations.written(mirror, http.method() != OnHttp.Method.ANY ? "method"
                    : "path"), Message.HTTP_FUNCTION_URL_ROUTE, route);
        }
        boolean jwt = http.auth() == OnHttp.Auth.JWT;
        if (jwt && http.api() != OnHttp.Api.HTTP_API) {
            report.error(method, mirror, Annotations.written(mirror, "auth"), Message.HTTP_AUTHORIZER_USE, route,
                    "JWT authorizers are an HTTP API feature; this route is on the " + (http.api() == OnHttp.Api.REST
                            ? "REST API" : "function URL"));
        } else if (jwt && http.authorizer().isEmpty()) {
            report.error(method, mirror, Annotations.written(mirror, "auth"), Message.HTTP_AUTHORIZER_USE, route,
                    "auth = JWT names no authorizer");
        } else if (!jwt && (!http.authorizer().isEmpty() || http.scopes().length > 0)) {
            report.error(method, mirror, Annotations.written(mirror, http.authorizer().isEmpty() ? "scopes"
                    : "authorizer"), Message.HTTP_AUTHORIZER_USE, route, "authorizer and scopes need auth = JWT");
        }
        for (String scope : http.scopes()) {
            if (!SCOPE.matcher(scope).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "scopes"), Message.HTTP_TOKEN, "scope",
                        scope, "OAuth scopes are printable ASCII without spaces, quotes or backslashes");
            }
        }
        OnHttp.Cors cors = http.cors();
        for (String header : cors.headers()) {
            if (!TOKEN.matcher(header).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "cors"), Message.HTTP_TOKEN, "CORS header",
                        header, "header names are letters, digits and !#$%&'*+.^_`|~-");
            }
        }
        for (String origin : cors.origins()) {
            if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "cors"), Message.HTTP_CORS_ORIGIN, origin);
            }
        }
        if (cors.credentials() && Arrays.asList(cors.origins()).contains("*")) {
            report.error(method, mirror, Annotations.written(mirror, "cors"), Message.HTTP_CORS_CREDENTIALS);
        }
        List<String> pathNames = pathProblem == null ? HttpTrigger.pathParameterNames(http.path()) : List.of();
        List<Parameter> parameters = new ArrayList<>();
        TypeMirror body = null;
        boolean takesRequest = false;
        for (VariableElement parameter : method.getParameters()) {
            String name = parameter.getSimpleName().toString();
            TypeMirror type = parameter.asType();
            Query query = parameter.getAnnotation(Query.class);
            Header header = parameter.getAnnotation(Header.class);
            if (type.toString().equals(HTTP_REQUEST)) {
                takesRequest = true;
                parameters.add(new Parameter(Source.REQUEST, name, name, Conversion.NONE, false, TypeName.get(type)));
            } else if (header != null && !TOKEN.matcher(header.value()).matches()) {
                report.error(parameter, Message.HTTP_TOKEN, "header", header.value(),
                        "header names are letters, digits and !#$%&'*+.^_`|~-");
            } else if (query != null || header != null) {
                Source source = query != null ? Source.QUERY : Source.HEADER;
                String external = query != null ? (query.value().isEmpty() ? name : query.value()) : header.value();
                TypeMirror element = optionalElement(type);
                Conversion conversion = conversion(element != null ? element : type);
                if (conversion == null) {
                    report.error(parameter, Message.HTTP_PARAMETER_TYPE, name, route,
                            Annotations.simpleTypeName(type.toString()), source == Source.QUERY ? "query" : "header",
                            ", or Optional of one of those");
                } else {
                    parameters.add(new Parameter(source, name, external, conversion, element != null,
                            TypeName.get(element != null ? element : type)));
                }
            } else if (pathNames.contains(name)) {
                Conversion conversion = conversion(type);
                if (conversion == null) {
                    report.error(parameter, Message.HTTP_PARAMETER_TYPE, name, route,
                            Annotations.simpleTypeName(type.toString()), "path", "");
                } else {
                    parameters.add(new Parameter(Source.PATH, name, name, conversion, false, TypeName.get(type)));
                }
            } else if (isBodyType(type)) {
                if (body != null) {
                    report.error(parameter, Message.HTTP_TWO_BODIES, route,
                            Annotations.simpleTypeName(body.toString()), Annotations.simpleTypeName(type.toString()));
                } else if (http.method() == OnHttp.Method.GET || http.method() == OnHttp.Method.DELETE) {
                    report.error(parameter, Message.HTTP_BODY_ON_GET, http.method(), http.path(),
                            Annotations.simpleTypeName(type.toString()), http.method());
                } else {
                    String problem = SqsTriggerReader.payloadProblem(type);
                    if (problem != null) {
                        report.error(parameter, Message.PAYLOAD_TYPE, Annotations.simpleTypeName(type.toString()),
                                Annotations.describe(method), problem);
                    }
                    body = type;
                    parameters.add(new Parameter(Source.BODY, name, name, Conversion.NONE, false,
                            TypeName.get(type)));
                }
            } else {
                report.error(parameter, Message.HTTP_PARAMETER_UNBOUND, name, route,
                        http.path(), body == null ? "none yet" : "one already: " + body);
            }
        }
        if (!takesRequest) {
            Set<String> bound = new HashSet<>();
            parameters.stream().filter(p -> p.source() == Source.PATH).forEach(p -> bound.add(p.name()));
            for (String name : pathNames) {
                if (!bound.contains(name)) {
                    report.error(method, mirror, Annotations.written(mirror, "path"),
                            Message.HTTP_PATH_PARAMETER_MISSING, name, route, name, "String " + name);
                }
            }
        }
        TypeMirror returned = method.getReturnType();
        Returns returns = returns(returned);
        TypeMirror valueType = returns == Returns.OPTIONAL_JSON ? optionalElement(returned) : returned;
        if (returns == null || returns == Returns.OPTIONAL_JSON
                && (valueType == null || valueType.getKind() != TypeKind.DECLARED)) {
            report.error(method, Message.HTTP_RETURN_TYPE, route, Annotations.simpleTypeName(returned.toString()));
        }
        if (http.status() < 200 || http.status() > 299) {
            report.error(method, mirror, Annotations.written(mirror, "status"), Message.HTTP_STATUS, route,
                    http.status());
        } else if (http.status() != 200 && (returns == Returns.NOTHING || returns == Returns.RESPONSE)) {
            report.error(method, mirror, Annotations.written(mirror, "status"), Message.HTTP_STATUS_UNUSED, route,
                    http.status(), returns == Returns.NOTHING ? "returns nothing (204)" : "returns HttpResponse, "
                            + "which sets its own status");
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        DecoderModel decoder = body == null ? null : payloads.decoderFor(body).orElse(null);
        return Optional.of(new HttpTrigger(http.method(), http.path(), http.api(), http.auth(),
                jwt ? http.authorizer() : null, List.of(http.scopes()), http.status(),
                new HttpTrigger.Cors(List.of(cors.origins()), List.of(cors.headers()), cors.maxAgeSeconds(),
                        cors.credentials()),
                List.copyOf(parameters), body == null ? null : TypeName.get(body), decoder, returns,
                returns == Returns.NOTHING ? null : TypeName.get(valueType),
                returns == Returns.JSON || returns == Returns.OPTIONAL_JSON
                        ? payloads.encoderFor(valueType).orElse(null) : null));
    }

    /** Why {@code path} is not an API Gateway route template, or null. */
    static String pathProblem(String path) {
        if (!path.startsWith("/")) {
            return "it does not start with '/'";
        }
        if (path.equals("/")) {
            return null;
        }
        String[] segments = path.substring(1).split("/", -1);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                return "it has an empty segment (a '//' or a trailing '/')";
            }
            var parameter = PARAMETER.matcher(segment);
            if (parameter.matches()) {
                if (!names.add(parameter.group(1))) {
                    return "parameter {" + parameter.group(1) + "} appears twice";
                }
                if (!parameter.group(2).isEmpty() && i != segments.length - 1) {
                    return "the greedy {" + parameter.group(1) + "+} must be the last segment";
                }
            } else if (segment.contains("{") || segment.contains("}")) {
                return "segment '" + segment + "' has a brace but is not one whole {name} parameter";
            } else if (!LITERAL.matcher(segment).matches()) {
                return "segment '" + segment + "' has characters other than letters, digits and . _ - ~";
            }
        }
        return null;
    }

    private static Returns returns(TypeMirror type) {
        if (type.getKind() == TypeKind.VOID) {
            return Returns.NOTHING;
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        String name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
        return switch (name) {
            case HTTP_RESPONSE -> Returns.RESPONSE;
            case "java.lang.String" -> Returns.TEXT;
            case "java.util.Optional" -> Returns.OPTIONAL_JSON;
            // Databind writes any declared type: records, beans, lists, maps.
            default -> Returns.JSON;
        };
    }

    /** {@code T} of {@code Optional<T>}, or null when {@code type} is not an Optional. */
    private static TypeMirror optionalElement(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED && type.toString().startsWith("java.util.Optional<")) {
            List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
            return arguments.size() == 1 ? arguments.get(0) : null;
        }
        return null;
    }

    /** A record or class of the user's (or any non-JDK type) that JSON decodes into: not a convertible scalar. */
    private static boolean isBodyType(TypeMirror type) {
        if (type == null || type.getKind() != TypeKind.DECLARED || conversion(type) != null) {
            return false;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        String name = element.getQualifiedName().toString();
        return element.getKind() != ElementKind.ENUM && !name.startsWith("java.") && !name.equals(HTTP_REQUEST)
                && !name.equals(HTTP_RESPONSE);
    }

    /** How text becomes {@code type}, or null when it cannot. */
    private static Conversion conversion(TypeMirror type) {
        switch (type.getKind()) {
            case INT: return Conversion.INT;
            case LONG: return Conversion.LONG;
            case DOUBLE: return Conversion.DOUBLE;
            case BOOLEAN: return Conversion.BOOLEAN;
            case DECLARED: break;
            default: return null;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return Conversion.ENUM;
        }
        return switch (element.getQualifiedName().toString()) {
            case "java.lang.String" -> Conversion.STRING;
            case "java.lang.Integer" -> Conversion.INT;
            case "java.lang.Long" -> Conversion.LONG;
            case "java.lang.Double" -> Conversion.DOUBLE;
            case "java.lang.Boolean" -> Conversion.BOOLEAN;
            case "java.math.BigDecimal" -> Conversion.BIG_DECIMAL;
            case "java.util.UUID" -> Conversion.UUID;
            case "java.time.Instant" -> Conversion.INSTANT;
            case "java.time.LocalDate" -> Conversion.LOCAL_DATE;
            default -> null;
        };
    }
}

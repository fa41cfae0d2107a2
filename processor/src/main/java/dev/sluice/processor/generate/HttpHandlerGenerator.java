package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.HTTP_CORS;
import static dev.sluice.processor.generate.RuntimeTypes.HTTP_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.HTTP_PARAMS;
import static dev.sluice.processor.generate.RuntimeTypes.HTTP_REQUEST;
import static dev.sluice.processor.generate.RuntimeTypes.HTTP_RESPONSE;
import static dev.sluice.processor.generate.RuntimeTypes.HTTP_RESPONSES;
import static dev.sluice.processor.generate.RuntimeTypes.JSON_PAYLOAD_WRITER;
import static dev.sluice.processor.generate.RuntimeTypes.PAYLOAD_ENCODER;
import static dev.sluice.processor.generate.RuntimeTypes.PAYLOAD_WRITER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.annotations.OnHttp;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.HttpTrigger;
import dev.sluice.processor.model.HttpTrigger.Conversion;
import dev.sluice.processor.model.HttpTrigger.Parameter;
import dev.sluice.processor.model.HttpTrigger.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the handler of an {@code @OnHttp} method: read the API Gateway event (either payload format), bind each
 * parameter, call the method, and answer with what its return value stands for. A parameter that is missing or
 * does not convert, a body that does not decode, and an {@code HttpException} are answered with their 4xx; any
 * other exception with a 500 that names only the request id. Every response carries the route's CORS headers.
 */
public final class HttpHandlerGenerator {

    /** Names the handler's own locals use: a parameter named so gets a suffix. */
    private static final Set<String> TAKEN = Set.of("input", "output", "context", "request", "response", "result",
            "target", "e");

    private static final ClassName OPTIONAL = ClassName.get(Optional.class);
    private static final ClassName LIST = ClassName.get(List.class);

    private final Optional<AnnotationSpec> generated;

    public HttpHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, HttpTrigger trigger) {
        String route = trigger.method() + " " + trigger.path();
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                        + "serves $L on the $L by calling {@link $T#$L}.\n\n<p>Parameters that are missing or do not "
                        + "convert, and bodies that do not decode, are answered with 400; an {@code HttpException} "
                        + "with its status; anything else with 500.\n\n<p>Handler: {@code $L}\n",
                function.name(), Javadoc.code(route), trigger.api() == OnHttp.Api.REST ? "REST API"
                        : trigger.api() == OnHttp.Api.HTTP_API ? "HTTP API" : "function URL",
                function.userClass(), function.method(), function.handlerReference()), generated);
        type.addField(cors(trigger));
        if (trigger.bodyType() != null) {
            type.addField(PayloadDecoders.field(trigger.bodyType(), trigger.bodyDecoder(), "BODY_DECODER",
                    "the request body", false));
        }
        if (trigger.returns() == HttpTrigger.Returns.JSON || trigger.returns() == HttpTrigger.Returns.OPTIONAL_JSON) {
            type.addField(encoder(trigger));
        }
        type.addField(Handlers.target(function));

        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T request = $T.read(input)", HTTP_REQUEST, HTTP_EVENT_READER)
                .addStatement("$T response", HTTP_RESPONSE)
                .beginControlFlow("try");
        List<String> arguments = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>(TAKEN);
        trigger.parameters().forEach(parameter -> names.add(parameter.name()));
        for (Parameter parameter : trigger.parameters()) {
            String local = TAKEN.contains(parameter.name()) ? parameter.name() + "Value" : parameter.name();
            arguments.add(parameter.source() == Source.REQUEST ? "request" : local);
            if (parameter.optional() && parameter.conversion() != Conversion.STRING) {
                // Straight-line code rather than Optional.map: no lambda, whose first use costs a cold start.
                String text = local + "Text";
                while (names.contains(text)) {
                    text += "_";
                }
                body.addStatement("$T $L = $L", ParameterizedTypeName.get(OPTIONAL, ClassName.get(String.class)),
                        text, source(parameter))
                        .addStatement("$T $L = $L.isPresent() ? $T.of($L) : $T.empty()",
                                ParameterizedTypeName.get(OPTIONAL, parameter.type().box()), local, text, OPTIONAL,
                                convert(parameter, CodeBlock.of("$L.get()", text), what(parameter)), OPTIONAL);
            } else if (parameter.source() != Source.REQUEST) {
                body.addStatement("$T $L = $L", parameter.optional()
                        ? ParameterizedTypeName.get(OPTIONAL, parameter.type().box())
                        : parameter.type(), local, bind(trigger, parameter));
            }
        }
        String call = "target." + function.method() + "(" + String.join(", ", arguments) + ")";
        switch (trigger.returns()) {
            case NOTHING -> body.addStatement(call).addStatement("response = $T.noContent()", HTTP_RESPONSES);
            case JSON -> body.addStatement("response = $T.ok($L)", HTTP_RESPONSES,
                    status(trigger, CodeBlock.of("ENCODER.write($L)", call)));
            case OPTIONAL_JSON -> body.addStatement("$T result = $L",
                            ParameterizedTypeName.get(OPTIONAL, trigger.returnType()), call)
                    .addStatement("response = result.isPresent() ? $T.ok($L) : $T.notFound(request)",
                            HTTP_RESPONSES, status(trigger, CodeBlock.of("ENCODER.write(result.get())")),
                            HTTP_RESPONSES);
            case TEXT -> body.addStatement("response = $T.text($L)", HTTP_RESPONSES,
                    status(trigger, CodeBlock.of("$L", call)));
            case RESPONSE -> body.addStatement("response = $L", call);
        }
        body.nextControlFlow("catch ($T e)", Exception.class)
                .addStatement("response = $T.error(FUNCTION_NAME, context, request, e)", HTTP_RESPONSES)
                .endControlFlow()
                .addStatement("$T.write(output, request, CORS, response, FUNCTION_NAME, context)", HTTP_RESPONSES);
        type.addMethod(Handlers.handleRequest(body.build()));
        return Handlers.file(function.handler(), type.build());
    }

    /** {@code body}, preceded by the route's success status unless it is 200. */
    private static CodeBlock status(HttpTrigger trigger, CodeBlock body) {
        return trigger.status() == 200 ? body : CodeBlock.of("$L, $L", trigger.status(), body);
    }

    /** Generated code for a plain record, databind for anything else. */
    private static FieldSpec encoder(HttpTrigger trigger) {
        if (trigger.returnEncoder() != null) {
            return FieldSpec.builder(ParameterizedTypeName.get(PAYLOAD_ENCODER, trigger.returnType()), "ENCODER",
                            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Writes $T as the JSON body with code generated for it; built once per "
                            + "container.\n", trigger.returnType())
                    .initializer("$T.of($T.class, $T.INSTANCE)", JSON_PAYLOAD_WRITER, trigger.returnType(),
                            EncoderGenerator.encoderOf(trigger.returnEncoder()))
                    .build();
        }
        // A generic type (List<Item>) has no class literal: databind then writes the value's runtime type.
        TypeName written = trigger.returnType() instanceof ParameterizedTypeName
                ? ClassName.get(Object.class) : trigger.returnType();
        return FieldSpec.builder(ParameterizedTypeName.get(PAYLOAD_ENCODER, written), "ENCODER", Modifier.PRIVATE,
                        Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Writes $T as the JSON body with Jackson databind (no generated encoder for it); built "
                        + "once per container.\n", written)
                .initializer("$T.of($T.class)", PAYLOAD_WRITER, written)
                .build();
    }

    private static FieldSpec cors(HttpTrigger trigger) {
        FieldSpec.Builder field = FieldSpec.builder(HTTP_CORS, "CORS", Modifier.PRIVATE, Modifier.STATIC,
                Modifier.FINAL);
        HttpTrigger.Cors cors = trigger.cors();
        if (!cors.enabled()) {
            return field.addJavadoc("The route allows no cross-origin calls: no CORS headers.\n")
                    .initializer("$T.NONE", HTTP_CORS).build();
        }
        CodeBlock origins = cors.origins().stream().map(origin -> CodeBlock.of("$S", origin))
                .collect(CodeBlock.joining(", "));
        String methods = trigger.method() == OnHttp.Method.ANY ? "*" : trigger.method().name();
        return field.addJavadoc("The route's CORS headers, added to every response, errors included.\n")
                .initializer("$T.of($T.of($L), $S, $S, $L, $L)", HTTP_CORS, LIST, origins, methods,
                        String.join(",", cors.headers()), cors.maxAgeSeconds(), cors.credentials())
                .build();
    }

    /** The expression that binds {@code parameter} from {@code request}. */
    private static CodeBlock bind(HttpTrigger trigger, Parameter parameter) {
        if (parameter.source() == Source.PATH && !trigger.gateway()) {
            // A function URL's event has no path parameters: the greedy one is the path itself.
            CodeBlock tail = CodeBlock.of("$T.pathTail(request)", HTTP_PARAMS);
            return parameter.conversion() == Conversion.STRING
                    ? tail : convert(parameter, tail, "path parameter " + parameter.external());
        }
        if (parameter.source() == Source.BODY) {
            return CodeBlock.of("$T.body(request, BODY_DECODER)", HTTP_PARAMS);
        }
        String what = what(parameter);
        CodeBlock text = source(parameter);
        if (parameter.optional()) {
            return text; // Optional<String>; other optionals are bound by the caller
        }
        if (parameter.source() != Source.PATH) {
            text = CodeBlock.of("$T.required($L, $L)", HTTP_PARAMS, text, JavaLiterals.of(what));
        }
        return parameter.conversion() == Conversion.STRING ? text : convert(parameter, text, what);
    }

    /** How the parameter is named in a 400's message, e.g. {@code query parameter limit}. */
    private static String what(Parameter parameter) {
        return switch (parameter.source()) {
            case PATH -> "path parameter " + parameter.external();
            case QUERY -> "query parameter " + parameter.external();
            default -> "header " + parameter.external();
        };
    }

    /** The text of a path, query or header parameter: a String for a path parameter, else an Optional. */
    private static CodeBlock source(Parameter parameter) {
        CodeBlock name = JavaLiterals.of(parameter.external());
        return switch (parameter.source()) {
            case PATH -> CodeBlock.of("$T.path(request, $L)", HTTP_PARAMS, name);
            case QUERY -> CodeBlock.of("$T.query(request, $L)", HTTP_PARAMS, name);
            default -> CodeBlock.of("$T.header(request, $L)", HTTP_PARAMS, name);
        };
    }

    private static CodeBlock convert(Parameter parameter, CodeBlock text, String what) {
        if (parameter.conversion() == Conversion.ENUM) {
            return CodeBlock.of("$T.toEnum($T.class, $L, $L)", HTTP_PARAMS, parameter.type(), text,
                    JavaLiterals.of(what));
        }
        return CodeBlock.of("$T.$L($L, $L)", HTTP_PARAMS, parameter.conversion().method(), text,
                JavaLiterals.of(what));
    }
}

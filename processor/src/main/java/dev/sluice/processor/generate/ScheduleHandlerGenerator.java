package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.CONTEXT;
import static dev.sluice.processor.generate.RuntimeTypes.REQUEST_STREAM_HANDLER;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.model.ScheduleTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the Lambda handler of a {@code @Schedule} function: one call per invocation, the scheduled event (or
 * the rule's input) read from the bytes Lambda passes, and a failure that fails the invocation so that Lambda's
 * asynchronous retries apply.
 */
public final class ScheduleHandlerGenerator {

    private static final ClassName SCHEDULED_EVENTS = ClassName.get("dev.sluice.runtime", "ScheduledEvents");
    private static final ClassName RAW_SCHEDULED_EVENTS = ClassName.get("dev.sluice.runtime", "RawScheduledEvents");

    private final Optional<AnnotationSpec> generated;

    public ScheduleHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, ScheduleTrigger trigger, boolean snapStart) {
        ClassName handler = function.handler();
        TypeSpec.Builder type = TypeSpec.classBuilder(handler)
                .addJavadoc("Lambda handler of function {@code $L}: calls {@link $T#$L} when the EventBridge rule\n"
                                + "{@code $L} fires (UTC).\n\n<p>An exception fails the invocation: Lambda retries it "
                                + "asynchronously$L.\n\n<p>Handler: {@code $L}\n",
                        function.name(), function.userClass(), function.method(), trigger.expression(),
                        trigger.onFailure() == null ? "" : ", then sends it to queue " + trigger.onFailure(),
                        function.handlerReference())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(REQUEST_STREAM_HANDLER);
        generated.ifPresent(type::addAnnotation);
        type.addField(FieldSpec.builder(String.class, "FUNCTION_NAME", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$S", function.name())
                .build());
        if (trigger.shape() == ScheduleShape.INPUT) {
            type.addField(PayloadDecoders.field(trigger.inputType(), trigger.decoder(), "INPUT_DECODER",
                    "the rule's input"));
        }
        type.addField(FieldSpec.builder(function.userClass(), "target", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Created once per container, during Lambda's init phase, and reused by every invocation.\n")
                .initializer("new $T()", function.userClass())
                .build());

        CodeBlock.Builder body = CodeBlock.builder();
        if (trigger.shape() != ScheduleShape.NONE) {
            body.addStatement("byte[] event = input.readAllBytes()");
        }
        body.beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), argument(trigger.shape()))
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure"
                        + " destination.\n")
                .addStatement("throw $T.failed(FUNCTION_NAME, context, e)", SCHEDULED_EVENTS)
                .endControlFlow();
        type.addMethod(MethodSpec.methodBuilder("handleRequest")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(InputStream.class, "input")
                .addParameter(OutputStream.class, "output")
                .addParameter(CONTEXT, "context")
                .addException(IOException.class)
                .addCode(body.build())
                .build());
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.time($S.getBytes($T.UTF_8))", SCHEDULED_EVENTS,
                    "{\"time\":\"1970-01-01T00:00:00Z\"}", StandardCharsets.class), "the event path");
        }
        return JavaFile.builder(handler.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock argument(ScheduleShape shape) {
        return switch (shape) {
            case NONE -> CodeBlock.of("");
            case INSTANT -> CodeBlock.of("$T.time(event)", SCHEDULED_EVENTS);
            case RAW_EVENT -> CodeBlock.of("$T.of(event)", RAW_SCHEDULED_EVENTS);
            case INPUT -> CodeBlock.of("INPUT_DECODER.read(new $T(event, $T.UTF_8))", String.class,
                    StandardCharsets.class);
        };
    }
}

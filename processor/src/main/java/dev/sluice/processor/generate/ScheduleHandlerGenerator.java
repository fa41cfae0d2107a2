package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.RAW_SCHEDULED_EVENTS;
import static dev.sluice.processor.generate.RuntimeTypes.SCHEDULED_EVENTS;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.model.ScheduleTrigger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes the Lambda handler of a {@code @Schedule} function: one call per invocation, the scheduled event (or
 * the rule's input) read from the bytes Lambda passes, and a failure that fails the invocation so that Lambda's
 * asynchronous retries apply.
 */
public final class ScheduleHandlerGenerator {


    private final Optional<AnnotationSpec> generated;

    public ScheduleHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, ScheduleTrigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                                + "calls {@link $T#$L} when the EventBridge rule\n$L fires (UTC).\n\n<p>An "
                                + "exception fails the invocation: Lambda retries it asynchronously$L.\n\n<p>Handler: "
                                + "{@code $L}\n",
                        function.name(), function.userClass(), function.method(), Javadoc.code(trigger.expression()),
                        trigger.onFailure() == null ? "" : ", then sends it to queue " + Javadoc.code(trigger.onFailure()),
                        function.handlerReference()), generated);
        if (trigger.shape() == ScheduleShape.INPUT) {
            type.addField(PayloadDecoders.field(trigger.inputType(), trigger.decoder(), "INPUT_DECODER",
                    "the rule's input", false));
        }
        type.addField(Handlers.target(function));

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
        type.addMethod(Handlers.handleRequest(body.build()));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.time($S.getBytes($T.UTF_8))", SCHEDULED_EVENTS,
                    "{\"time\":\"1970-01-01T00:00:00Z\"}", StandardCharsets.class), "the event path");
        }
        return Handlers.file(function.handler(), type.build());
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

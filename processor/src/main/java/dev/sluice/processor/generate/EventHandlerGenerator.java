package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.EVENT_BRIDGE_EVENT;
import static dev.sluice.processor.generate.RuntimeTypes.EVENT_BRIDGE_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.EVENT_BRIDGE_INVOCATION_EXCEPTION;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.EventTrigger;
import dev.sluice.processor.model.FunctionModel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnEvent} function: the event read from the bytes Lambda passes (EventBridge
 * sends one per invocation), its {@code detail} decoded and the method called; a failure is logged and fails the
 * invocation, so that Lambda's asynchronous retries and on-failure destination apply.
 */
public final class EventHandlerGenerator {

    private final Optional<AnnotationSpec> generated;

    public EventHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, EventTrigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                        + "calls {@link $T#$L} for each event on the $L\nEventBridge bus that matches the rule's "
                        + "pattern.\n\n<p>An event whose decoding or processing throws fails the invocation: Lambda "
                        + "retries it\nasynchronously$L.\n\n<p>Handler: {@code $L}\n",
                function.name(), function.userClass(), function.method(), Javadoc.code(trigger.bus()),
                trigger.onFailure() == null ? "" : ", then sends it to queue " + Javadoc.code(trigger.onFailure()),
                function.handlerReference()), generated);
        if (trigger.shape().decodes()) {
            type.addField(PayloadDecoders.field(trigger.payloadType(), trigger.decoder(), "DETAIL_DECODER",
                    "each event's detail", trigger.failOnUnknownProperties()));
        }
        type.addField(Handlers.target(function));
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T event = $T.read(input)", EVENT_BRIDGE_EVENT, EVENT_BRIDGE_EVENT_READER)
                .beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), arguments(trigger.shape()))
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure"
                        + " destination.\n")
                .addStatement("throw $T.failed(FUNCTION_NAME, context, event, e)", EVENT_BRIDGE_INVOCATION_EXCEPTION)
                .endControlFlow()
                .build();
        type.addMethod(Handlers.handleRequest(body));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.read(new $T($S.getBytes($T.UTF_8)))", EVENT_BRIDGE_EVENT_READER,
                    java.io.ByteArrayInputStream.class, "{\"id\":\"priming\",\"detail\":{}}", StandardCharsets.class),
                    "the event path");
        }
        return Handlers.file(function.handler(), type.build());
    }

    private static CodeBlock arguments(EventTrigger.EventShape shape) {
        return switch (shape) {
            case DETAIL -> CodeBlock.of("DETAIL_DECODER.read(event.detail())");
            case DETAIL_EVENT -> CodeBlock.of("DETAIL_DECODER.read(event.detail()), event");
            case EVENT -> CodeBlock.of("event");
        };
    }
}

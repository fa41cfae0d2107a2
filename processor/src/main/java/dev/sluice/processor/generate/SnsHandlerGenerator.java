package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.SNS_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.SNS_INVOCATION_EXCEPTION;
import static dev.sluice.processor.generate.RuntimeTypes.SNS_MESSAGE;
import static dev.sluice.processor.generate.RuntimeTypes.SNS_RECORD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.SnsTrigger;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnSns} function: the notification read from the bytes Lambda passes
 * (SNS sends one per invocation), the message decoded and the method called; a failure is logged and fails the
 * invocation, so that Lambda's asynchronous retries and on-failure destination apply.
 */
public final class SnsHandlerGenerator {

    private final Optional<AnnotationSpec> generated;

    public SnsHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, SnsTrigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                        + "calls {@link $T#$L} for each message published to the\nSNS topic $L$L.\n\n<p>A message whose "
                        + "decoding or processing throws fails the invocation: Lambda retries it\nasynchronously$L."
                        + "\n\n<p>Handler: {@code $L}\n",
                function.name(), function.userClass(), function.method(), Javadoc.code(trigger.topic().name()),
                trigger.filterPolicy() == null ? "" : " that matches its filter policy",
                trigger.onFailure() == null ? "" : ", then sends it to queue " + Javadoc.code(trigger.onFailure()),
                function.handlerReference()), generated);
        if (trigger.shape().decodes()) {
            type.addField(PayloadDecoders.field(trigger.payloadType(), trigger.decoder(), "PAYLOAD_DECODER",
                    "messages", trigger.failOnUnknownProperties()));
        }
        type.addField(Handlers.target(function));
        CodeBlock body = CodeBlock.builder()
                .beginControlFlow("for ($T message : $T.read(input))", SNS_RECORD, SNS_EVENT_READER)
                .beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), arguments(trigger.shape()))
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Fail the invocation: Lambda retries asynchronous invocations, then uses the on-failure"
                        + " destination.\n")
                .addStatement("throw $T.failed(FUNCTION_NAME, context, message, e)", SNS_INVOCATION_EXCEPTION)
                .endControlFlow()
                .endControlFlow()
                .build();
        type.addMethod(Handlers.handleRequest(body));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.read(new $T($S.getBytes($T.UTF_8)))", SNS_EVENT_READER,
                    java.io.ByteArrayInputStream.class, "{\"Records\":[{\"Sns\":{\"Message\":\"{}\"}}]}",
                    StandardCharsets.class), "the event path");
        }
        return Handlers.file(function.handler(), type.build());
    }

    private static CodeBlock arguments(SnsTrigger.SnsShape shape) {
        return switch (shape) {
            case PAYLOAD -> CodeBlock.of("PAYLOAD_DECODER.read(message.message())");
            case MESSAGE -> CodeBlock.of("message.message()");
            case PAYLOAD_META -> CodeBlock.of("PAYLOAD_DECODER.read(message.message()), $T.of(message)", SNS_MESSAGE);
            case MESSAGE_META -> CodeBlock.of("message.message(), $T.of(message)", SNS_MESSAGE);
        };
    }
}

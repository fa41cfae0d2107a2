package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.RAW_SQS_MESSAGES;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_BATCH_FAILURES;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_MESSAGE;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_RECORD;
import static dev.sluice.processor.generate.RuntimeTypes.TIMEOUT_GUARD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.SqsShape;
import dev.sluice.processor.model.SqsTrigger;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnSqs} function. The handler is a {@code RequestStreamHandler}: it
 * reads the event's bytes with a streaming parser and writes the batch response itself, so the Java runtime never
 * reflects over an event model. The whole batch loop is in the handler, so a user who opens it sees exactly
 * what happens to each message; the runtime helpers it calls are small.
 */
public final class SqsHandlerGenerator {

    private final Optional<AnnotationSpec> generated;

    public SqsHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    /** The handler; with {@code snapStart}, also a CRaC resource that primes its decode path before snapshots. */
    public JavaFile generate(FunctionModel function, SqsTrigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, javadoc(function, trigger), generated)
                .addField(Handlers.timeoutMargin(function, "message"));
        if (trigger.shape().decodes()) {
            type.addField(payloadDecoder(trigger));
        }
        type.addField(Handlers.target(function));
        type.addMethod(handleRequest(function, trigger));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.prime($L)", RuntimeTypes.SQS_PRIMING,
                    trigger.shape().decodes() ? "PAYLOAD_DECODER" : "null"), "the decode path");
        }
        return Handlers.file(function.handler(), type.build());
    }

    private static FieldSpec payloadDecoder(SqsTrigger trigger) {
        return PayloadDecoders.field(trigger.payloadType(), trigger.decoder(), "PAYLOAD_DECODER", "bodies",
                trigger.failOnUnknownProperties());
    }

    private static CodeBlock javadoc(FunctionModel function, SqsTrigger trigger) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Lambda handler of function {@code $L}: calls {@link $T#$L} for each message\nof the $L queue "
                                + "$L.\n",
                        function.name(), function.userClass(), function.method(),
                        trigger.queue().fifo() ? "FIFO" : "SQS", Javadoc.code(trigger.queue().name()))
                .add("\n<p>A message whose decoding or processing throws is reported in the batch response, and "
                        + "only that message\nis retried (the event source mapping sets ReportBatchItemFailures).");
        if (trigger.queue().fifo()) {
            doc.add(" Once a message fails, the later\nmessages of its group are reported too, unprocessed, so that "
                    + "the group's order holds.");
        }
        return doc.add("\n\n<p>Handler: {@code $L}\n", function.handlerReference()).build();
    }

    private static MethodSpec handleRequest(FunctionModel function, SqsTrigger trigger) {
        TypeName messages = ParameterizedTypeName.get(ClassName.get(List.class), SQS_RECORD);
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T messages = $T.$L(input)", messages, SQS_EVENT_READER,
                        trigger.shape() == SqsShape.RAW_MESSAGE ? "readComplete" : "read")
                .addStatement("$T failures = new $T(FUNCTION_NAME, context)", SQS_BATCH_FAILURES, SQS_BATCH_FAILURES)
                .beginControlFlow("for (int i = 0; i < messages.size(); i++)")
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Report the rest instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("failures.timedOut(messages, i)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("$T message = messages.get(i)", SQS_RECORD);
        if (trigger.queue().fifo()) {
            body.beginControlFlow("if (failures.skipIfGroupFailed(message))")
                    .add("// FIFO: a later message of a failed group must not overtake it.\n")
                    .addStatement("continue")
                    .endControlFlow();
        }
        body.beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), arguments(trigger.shape()))
                .nextControlFlow("catch ($T e)", Exception.class)
                .addStatement("failures.failed(message, e)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("failures.writeResponse(output)");
        return Handlers.handleRequest(body.build());
    }

    private static CodeBlock arguments(SqsShape shape) {
        return switch (shape) {
            case PAYLOAD -> CodeBlock.of("PAYLOAD_DECODER.read(message.body())");
            case BODY -> CodeBlock.of("message.body()");
            case PAYLOAD_META -> CodeBlock.of("PAYLOAD_DECODER.read(message.body()), $T.of(message)", SQS_MESSAGE);
            case BODY_META -> CodeBlock.of("message.body(), $T.of(message)", SQS_MESSAGE);
            case RAW_MESSAGE -> CodeBlock.of("$T.of(message)", RAW_SQS_MESSAGES);
        };
    }
}

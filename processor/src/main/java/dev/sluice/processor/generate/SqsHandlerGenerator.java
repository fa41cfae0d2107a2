package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.CONTEXT;
import static dev.sluice.processor.generate.RuntimeTypes.PAYLOAD_READER;
import static dev.sluice.processor.generate.RuntimeTypes.REQUEST_HANDLER;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_BATCH_FAILURES;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_BATCH_RESPONSE;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_EVENT;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_EVENT_MESSAGE;
import static dev.sluice.processor.generate.RuntimeTypes.SQS_MESSAGE;
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
import javax.lang.model.element.Modifier;

/**
 * Writes the Lambda handler of an {@code @OnSqs} function. The handler shows the whole batch loop, so that a
 * user who opens it sees exactly what happens to each message; the runtime helpers it calls are small.
 */
public final class SqsHandlerGenerator {

    private final Optional<AnnotationSpec> generated;

    public SqsHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, SqsTrigger trigger) {
        ClassName handler = function.handler();
        TypeSpec.Builder type = TypeSpec.classBuilder(handler)
                .addJavadoc(javadoc(function, trigger))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ParameterizedTypeName.get(REQUEST_HANDLER, SQS_EVENT, SQS_BATCH_RESPONSE));
        generated.ifPresent(type::addAnnotation);

        type.addField(FieldSpec.builder(String.class, "FUNCTION_NAME", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$S", function.name())
                .build());
        type.addField(FieldSpec.builder(long.class, "TIMEOUT_MARGIN_MILLIS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Below this much remaining time no message is started (@Function.timeoutMarginMillis).\n")
                .initializer("$LL", function.timeoutMarginMillis())
                .build());
        if (trigger.shape().decodes()) {
            type.addField(FieldSpec.builder(ParameterizedTypeName.get(PAYLOAD_READER, trigger.payloadType()),
                            "PAYLOAD_READER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Decodes message bodies; built once per container.\n")
                    .initializer("$T.of($T.class)", PAYLOAD_READER, trigger.payloadType())
                    .build());
        }
        type.addField(FieldSpec.builder(function.userClass(), "target", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Created once per container, during Lambda's init phase, and reused by every invocation.\n")
                .initializer("new $T()", function.userClass())
                .build());
        type.addMethod(handleRequest(function, trigger));
        return JavaFile.builder(handler.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock javadoc(FunctionModel function, SqsTrigger trigger) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Lambda handler of function {@code $L}: calls {@link $T#$L} for each message\nof the $L queue "
                                + "{@code $L}.\n",
                        function.name(), function.userClass(), function.method(),
                        trigger.queue().fifo() ? "FIFO" : "SQS", trigger.queue().name())
                .add("\n<p>A message whose decoding or processing throws is reported in the batch response, and "
                        + "only that message\nis retried (the event source mapping sets ReportBatchItemFailures).");
        if (trigger.queue().fifo()) {
            doc.add(" Once a message fails, the later\nmessages of its group are reported too, unprocessed, so that "
                    + "the group's order holds.");
        }
        return doc.add("\n\n<p>Handler: {@code $L}\n", function.handlerReference()).build();
    }

    private static MethodSpec handleRequest(FunctionModel function, SqsTrigger trigger) {
        TypeName messages = ParameterizedTypeName.get(ClassName.get(List.class), SQS_EVENT_MESSAGE);
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T messages = $T.messages(event)", messages, SQS_BATCH_FAILURES)
                .addStatement("$T failures = new $T(FUNCTION_NAME, context)", SQS_BATCH_FAILURES, SQS_BATCH_FAILURES)
                .beginControlFlow("for (int i = 0; i < messages.size(); i++)")
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Report the rest instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("failures.timedOut(messages, i)")
                .addStatement("break")
                .endControlFlow()
                .addStatement("$T message = messages.get(i)", SQS_EVENT_MESSAGE);
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
                .addStatement("return failures.response()");
        return MethodSpec.methodBuilder("handleRequest")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(SQS_BATCH_RESPONSE)
                .addParameter(SQS_EVENT, "event")
                .addParameter(CONTEXT, "context")
                .addCode(body.build())
                .build();
    }

    private static CodeBlock arguments(SqsShape shape) {
        return switch (shape) {
            case PAYLOAD -> CodeBlock.of("PAYLOAD_READER.read(message.getBody())");
            case BODY -> CodeBlock.of("message.getBody()");
            case PAYLOAD_META -> CodeBlock.of("PAYLOAD_READER.read(message.getBody()), $T.of(message)", SQS_MESSAGE);
            case BODY_META -> CodeBlock.of("message.getBody(), $T.of(message)", SQS_MESSAGE);
            case RAW_MESSAGE -> CodeBlock.of("message");
        };
    }
}

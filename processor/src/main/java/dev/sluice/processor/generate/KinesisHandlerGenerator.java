package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.KINESIS_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.KINESIS_RECORD;
import static dev.sluice.processor.generate.RuntimeTypes.STREAM_CHECKPOINT;
import static dev.sluice.processor.generate.RuntimeTypes.TIMEOUT_GUARD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.KinesisTrigger;
import dev.sluice.processor.model.KinesisTrigger.KinesisShape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnKinesis} function. Per record: records in shard order, the first failure
 * reported by its sequence number with nothing after it processed, the timeout guard checkpointing at the first
 * record it does not start. Per batch: the records decoded up to the first undecodable one, passed as one list; the
 * checkpoint is that record, or the batch's first record when the method throws.
 */
public final class KinesisHandlerGenerator {

    private static final TypeName RECORDS = ParameterizedTypeName.get(ClassName.get(List.class), KINESIS_RECORD);

    private final Optional<AnnotationSpec> generated;

    public KinesisHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, KinesisTrigger trigger, boolean snapStart) {
        boolean batch = trigger.shape().batch();
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                                + "calls {@link $T#$L} $L of Kinesis stream\n$L, in shard order.\n\n<p>At the "
                                + "first failure the response names that record's sequence number and nothing after "
                                + "it is\nprocessed: Lambda retries from there, so the order of records holds.\n\n"
                                + "<p>Handler: {@code $L}\n",
                        function.name(), function.userClass(), function.method(),
                        batch ? "with each batch of records" : "for each record", Javadoc.code(trigger.stream().name()),
                        function.handlerReference()), generated)
                .addField(Handlers.timeoutMargin(function, batch ? "batch" : "record"));
        if (trigger.shape().decodes()) {
            type.addField(PayloadDecoders.field(trigger.payloadType(), trigger.decoder(), "PAYLOAD_DECODER",
                    "record data", trigger.failOnUnknownProperties()));
        }
        type.addField(Handlers.target(function));
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T records = $T.read(input)", RECORDS, KINESIS_EVENT_READER)
                .addStatement("$T checkpoint = new $T(FUNCTION_NAME, context)", STREAM_CHECKPOINT, STREAM_CHECKPOINT);
        if (batch) {
            batchLoop(body, function, trigger);
        } else {
            recordLoop(body, function, trigger.shape());
        }
        body.addStatement("checkpoint.writeResponse(output)");
        type.addMethod(Handlers.handleRequest(body.build()));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.read(new $T($S.getBytes($T.UTF_8)))", KINESIS_EVENT_READER,
                    java.io.ByteArrayInputStream.class, "{\"Records\":[{\"kinesis\":{\"data\":\"e30=\"}}]}",
                    StandardCharsets.class), "the event reader");
        }
        return Handlers.file(function.handler(), type.build());
    }

    private static void recordLoop(CodeBlock.Builder body, FunctionModel function, KinesisShape shape) {
        CodeBlock data = shape.decodes() ? CodeBlock.of("PAYLOAD_DECODER.read(record.text())")
                : CodeBlock.of("record.text()");
        body.beginControlFlow("for ($T record : records)", KINESIS_RECORD)
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Checkpoint here instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("checkpoint.timedOut(record.sequenceNumber())")
                .addStatement("break")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), shape.withRecord()
                        ? CodeBlock.of("$L, record", data) : data)
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Streams keep order: retry from this record, and process nothing after it.\n")
                .addStatement("checkpoint.failed(record.sequenceNumber(), e)")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow();
    }

    private static void batchLoop(CodeBlock.Builder body, FunctionModel function, KinesisTrigger trigger) {
        TypeName element = trigger.shape().decodes() ? trigger.payloadType() : ClassName.get(String.class);
        body.addStatement("$T payloads = new $T<>(records.size())",
                        ParameterizedTypeName.get(ClassName.get(List.class), element), ArrayList.class)
                .beginControlFlow("for ($T record : records)", KINESIS_RECORD);
        if (trigger.shape().decodes()) {
            body.beginControlFlow("try")
                    .addStatement("payloads.add(PAYLOAD_DECODER.read(record.text()))")
                    .nextControlFlow("catch ($T e)", Exception.class)
                    .add("// The records before it go to the method; Lambda retries from this one.\n")
                    .addStatement("checkpoint.failed(record.sequenceNumber(), e)")
                    .addStatement("break")
                    .endControlFlow();
        } else {
            body.addStatement("payloads.add(record.text())");
        }
        body.endControlFlow()
                .beginControlFlow("if (!payloads.isEmpty())")
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Checkpoint here instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("checkpoint.timedOut(records.get(0).sequenceNumber())")
                .nextControlFlow("else")
                .beginControlFlow("try")
                .addStatement("target.$L(payloads)", function.method())
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// The batch failed as a whole: retry it from its first record.\n")
                .addStatement("checkpoint.failed(records.get(0).sequenceNumber(), e)")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow();
    }
}

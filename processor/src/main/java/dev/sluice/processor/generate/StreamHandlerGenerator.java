package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.PRIMING;
import static dev.sluice.processor.generate.RuntimeTypes.RAW_STREAM_RECORDS;
import static dev.sluice.processor.generate.RuntimeTypes.STREAM_CHECKPOINT;
import static dev.sluice.processor.generate.RuntimeTypes.STREAM_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.STREAM_RECORD;
import static dev.sluice.processor.generate.RuntimeTypes.TIMEOUT_GUARD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.StreamTrigger;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnStream} function: records in stream order, the first failure
 * reported by its sequence number with nothing after it processed, and the timeout guard checkpointing at the
 * first record it does not start.
 */
public final class StreamHandlerGenerator {


    private final Optional<AnnotationSpec> generated;

    public StreamHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, StreamTrigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                                + "calls {@link $T#$L} for each change to table\n$L, in stream order.\n\n<p>At "
                                + "the first failure the response names that record's sequence number and nothing "
                                + "after it is\nprocessed: Lambda retries from there, so the table's order of changes "
                                + "holds.\n\n<p>Handler: {@code $L}\n",
                        function.name(), function.userClass(), function.method(), Javadoc.code(trigger.table()),
                        function.handlerReference()), generated)
                .addField(Handlers.timeoutMargin(function, "record"));
        if (!trigger.raw()) {
            type.addField(PayloadDecoders.field(trigger.itemType(), trigger.decoder(), "IMAGE_DECODER", "item images",
                    // DynamoDB items are schemaless: any writer may add an attribute the record does not declare.
                    false));
        }
        type.addField(Handlers.target(function));
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T records = $T.$L(input)", ParameterizedTypeName.get(ClassName.get(List.class),
                        STREAM_RECORD), STREAM_EVENT_READER, trigger.raw() ? "readComplete" : "read")
                .addStatement("$T checkpoint = new $T(FUNCTION_NAME, context)", STREAM_CHECKPOINT, STREAM_CHECKPOINT)
                .beginControlFlow("for ($T record : records)", STREAM_RECORD)
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Checkpoint here instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("checkpoint.timedOut(record)")
                .addStatement("break")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("target.$L($L)", function.method(), trigger.raw()
                        ? CodeBlock.of("$T.of(record)", RAW_STREAM_RECORDS)
                        : CodeBlock.of("record.change(IMAGE_DECODER)"))
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Streams keep order: retry from this record, and process nothing after it.\n")
                .addStatement("checkpoint.failed(record, e)")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("checkpoint.writeResponse(output)")
                .build();
        type.addMethod(Handlers.handleRequest(body));
        if (snapStart && !trigger.raw()) {
            Priming.addTo(type, CodeBlock.of("$T.decode(IMAGE_DECODER, $S)", PRIMING, "{}"), "the image decoder");
        } else if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.readComplete(new $T($S.getBytes($T.UTF_8)))", STREAM_EVENT_READER,
                    ClassName.get("java.io", "ByteArrayInputStream"), "{\"Records\":[]}",
                    ClassName.get("java.nio.charset", "StandardCharsets")), "the event reader");
        }
        return Handlers.file(function.handler(), type.build());
    }
}

package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.CONTEXT;
import static dev.sluice.processor.generate.RuntimeTypes.REQUEST_STREAM_HANDLER;
import static dev.sluice.processor.generate.RuntimeTypes.TIMEOUT_GUARD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.StreamTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the Lambda handler of an {@code @OnStream} function: records in stream order, the first failure
 * reported by its sequence number with nothing after it processed, and the timeout guard checkpointing at the
 * first record it does not start.
 */
public final class StreamHandlerGenerator {

    private static final ClassName STREAM_EVENT_READER = ClassName.get("dev.sluice.runtime", "StreamEventReader");
    private static final ClassName STREAM_RECORD = STREAM_EVENT_READER.nestedClass("Record");
    private static final ClassName STREAM_CHECKPOINT = ClassName.get("dev.sluice.runtime", "StreamCheckpoint");

    private final Optional<AnnotationSpec> generated;

    public StreamHandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, StreamTrigger trigger, boolean snapStart) {
        ClassName handler = function.handler();
        TypeSpec.Builder type = TypeSpec.classBuilder(handler)
                .addJavadoc("Lambda handler of function {@code $L}: calls {@link $T#$L} for each change to table\n"
                                + "{@code $L}, in stream order.\n\n<p>At the first failure the response names that "
                                + "record's sequence number and nothing after it is\nprocessed: Lambda retries from "
                                + "there, so the table's order of changes holds.\n\n<p>Handler: {@code $L}\n",
                        function.name(), function.userClass(), function.method(), trigger.table(),
                        function.handlerReference())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(REQUEST_STREAM_HANDLER);
        generated.ifPresent(type::addAnnotation);
        type.addField(FieldSpec.builder(String.class, "FUNCTION_NAME", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$S", function.name())
                .build());
        type.addField(FieldSpec.builder(long.class, "TIMEOUT_MARGIN_MILLIS", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL)
                .addJavadoc("Below this much remaining time no record is started (@Function.timeoutMarginMillis).\n")
                .initializer("$LL", function.timeoutMarginMillis())
                .build());
        type.addField(PayloadDecoders.field(trigger.itemType(), trigger.decoder(), "IMAGE_DECODER", "item images"));
        type.addField(FieldSpec.builder(function.userClass(), "target", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Created once per container, during Lambda's init phase, and reused by every invocation.\n")
                .initializer("new $T()", function.userClass())
                .build());
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T records = $T.read(input)", ParameterizedTypeName.get(ClassName.get(List.class),
                        STREAM_RECORD), STREAM_EVENT_READER)
                .addStatement("$T checkpoint = new $T(FUNCTION_NAME, context)", STREAM_CHECKPOINT, STREAM_CHECKPOINT)
                .beginControlFlow("for ($T record : records)", STREAM_RECORD)
                .beginControlFlow("if ($T.expiring(context, TIMEOUT_MARGIN_MILLIS))", TIMEOUT_GUARD)
                .add("// Checkpoint here instead of timing out: a timeout would retry the whole batch.\n")
                .addStatement("checkpoint.timedOut(record)")
                .addStatement("break")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("target.$L(record.change(IMAGE_DECODER))", function.method())
                .nextControlFlow("catch ($T e)", Exception.class)
                .add("// Streams keep order: retry from this record, and process nothing after it.\n")
                .addStatement("checkpoint.failed(record, e)")
                .addStatement("break")
                .endControlFlow()
                .endControlFlow()
                .addStatement("checkpoint.writeResponse(output)")
                .build();
        type.addMethod(MethodSpec.methodBuilder("handleRequest")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(InputStream.class, "input")
                .addParameter(OutputStream.class, "output")
                .addParameter(CONTEXT, "context")
                .addException(IOException.class)
                .addCode(body)
                .build());
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.decode(IMAGE_DECODER, $S)", ClassName.get("dev.sluice.runtime",
                    "Priming"), "{}"), "the image decoder");
        }
        return JavaFile.builder(handler.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}

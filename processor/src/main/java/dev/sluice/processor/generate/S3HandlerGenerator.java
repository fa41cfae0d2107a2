package dev.sluice.processor.generate;

import static dev.sluice.processor.generate.RuntimeTypes.S3_EVENT_READER;
import static dev.sluice.processor.generate.RuntimeTypes.S3_FAILURES;
import static dev.sluice.processor.generate.RuntimeTypes.S3_KEYS;
import static dev.sluice.processor.generate.RuntimeTypes.S3_OBJECTS;
import static dev.sluice.processor.generate.RuntimeTypes.S3_RECORD;
import static dev.sluice.processor.generate.RuntimeTypes.S3_UPLOAD;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.S3Trigger;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Writes the Lambda handler of an {@code @OnS3Upload} function: every record attempted in its own try, keys
 * decoded per record, and one exception at the end naming the failed keys.
 */
public final class S3HandlerGenerator {


    private final Optional<AnnotationSpec> generated;

    public S3HandlerGenerator(Optional<AnnotationSpec> generated) {
        this.generated = generated;
    }

    public JavaFile generate(FunctionModel function, S3Trigger trigger, boolean snapStart) {
        TypeSpec.Builder type = Handlers.handlerClass(function, CodeBlock.of("Lambda handler of function {@code $L}: "
                                + "calls {@link $T#$L} for each object uploaded to bucket\n$L$L.\n\n<p>Every "
                                + "record is attempted; if any failed, the invocation fails naming them, and Lambda\n"
                                + "retries the event asynchronously (records that succeeded come again).\n\n"
                                + "<p>Handler: {@code $L}\n",
                        function.name(), function.userClass(), function.method(), Javadoc.code(trigger.bucket()),
                        filters(trigger), function.handlerReference()), generated)
                .addField(Handlers.target(function));
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T records = $T.read(input)", ParameterizedTypeName.get(ClassName.get(List.class),
                        S3_RECORD), S3_EVENT_READER)
                .addStatement("$T failures = new $T(FUNCTION_NAME, context)", S3_FAILURES, S3_FAILURES)
                .beginControlFlow("for ($T record : records)", S3_RECORD)
                .beginControlFlow("try")
                .add("// Keys arrive URL-encoded; a key that does not decode fails only this record.\n")
                .add(call(function, trigger))
                .nextControlFlow("catch ($T e)", Exception.class)
                .addStatement("failures.failed(record, e)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("failures.throwIfAny()")
                .build();
        type.addMethod(Handlers.handleRequest(body));
        if (snapStart) {
            Priming.addTo(type, CodeBlock.of("$T.decode($S)", S3_KEYS, "priming/a+b%2Bc.txt"), "the key decoding path");
        }
        return Handlers.file(function.handler(), type.build());
    }

    private static CodeBlock call(FunctionModel function, S3Trigger trigger) {
        return switch (trigger.shape()) {
            case UPLOAD -> CodeBlock.builder().addStatement("target.$L(record.upload())", function.method()).build();
            case BUCKET_KEY -> CodeBlock.builder()
                    .addStatement("target.$L(record.bucket(), $T.decode(record.encodedKey()))", function.method(),
                            S3_KEYS)
                    .build();
            case UPLOAD_CONTENT -> CodeBlock.builder()
                    .addStatement("$T upload = record.upload()", S3_UPLOAD)
                    .beginControlFlow("try ($T content = $T.open(upload.bucket(), upload.key(), upload.versionId()))",
                            InputStream.class, S3_OBJECTS)
                    .addStatement("target.$L(upload, content)", function.method())
                    .endControlFlow()
                    .build();
        };
    }

    private static String filters(S3Trigger trigger) {
        return (trigger.prefix().isEmpty() ? "" : " under " + Javadoc.code(trigger.prefix()))
                + (trigger.suffix().isEmpty() ? "" : " ending in " + Javadoc.code(trigger.suffix()));
    }
}

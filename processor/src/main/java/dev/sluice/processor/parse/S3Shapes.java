package dev.sluice.processor.parse;

import dev.sluice.processor.model.S3Trigger.S3Shape;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** Recognises the parameter list of an {@code @OnS3Upload} method. */
public final class S3Shapes {

    public static final String S3_UPLOAD = "dev.sluice.runtime.S3Upload";

    private S3Shapes() {}

    public static Optional<S3Shape> of(ExecutableElement method) {
        var parameters = method.getParameters();
        if (parameters.size() == 1 && SqsShapes.is(parameters.get(0).asType(), S3_UPLOAD)) {
            return Optional.of(S3Shape.UPLOAD);
        }
        if (parameters.size() == 2 && SqsShapes.is(parameters.get(0).asType(), S3_UPLOAD)
                && SqsShapes.is(parameters.get(1).asType(), "java.io.InputStream")) {
            return Optional.of(S3Shape.UPLOAD_CONTENT);
        }
        if (parameters.size() == 2 && SqsShapes.is(parameters.get(0).asType(), "java.lang.String")
                && SqsShapes.is(parameters.get(1).asType(), "java.lang.String")) {
            return Optional.of(S3Shape.BUCKET_KEY);
        }
        return Optional.empty();
    }
}

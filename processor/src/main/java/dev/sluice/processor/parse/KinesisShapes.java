package dev.sluice.processor.parse;

import dev.sluice.processor.model.KinesisTrigger.KinesisShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises the parameter list of an {@code @OnKinesis} method. */
public final class KinesisShapes {

    public static final String KINESIS_RECORD = "dev.sluice.runtime.KinesisRecord";

    private KinesisShapes() {}

    /** The shape of {@code method}'s parameters, or empty when Sluice cannot supply them. */
    public static Optional<KinesisShape> of(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty() || parameters.size() > 2
                || parameters.size() == 2 && !SqsShapes.is(parameters.get(1).asType(), KINESIS_RECORD)) {
            return Optional.empty();
        }
        boolean record = parameters.size() == 2;
        TypeMirror first = parameters.get(0).asType();
        if (SqsShapes.is(first, "java.util.List")) {
            TypeMirror element = element(first);
            if (record || element == null || element.getKind() != TypeKind.DECLARED
                    || SqsShapes.is(element, KINESIS_RECORD)) {
                return Optional.empty();
            }
            return Optional.of(SqsShapes.is(element, "java.lang.String") ? KinesisShape.BATCH_DATA : KinesisShape.BATCH);
        }
        if (SqsShapes.is(first, "java.lang.String")) {
            return Optional.of(record ? KinesisShape.DATA_RECORD : KinesisShape.DATA);
        }
        if (first.getKind() != TypeKind.DECLARED || SqsShapes.is(first, KINESIS_RECORD)) {
            return Optional.empty();
        }
        return Optional.of(record ? KinesisShape.PAYLOAD_RECORD : KinesisShape.PAYLOAD);
    }

    /** The type each record decodes into: the parameter itself, or a list's element. */
    public static TypeMirror payload(ExecutableElement method, KinesisShape shape) {
        TypeMirror first = method.getParameters().get(0).asType();
        return shape.batch() ? element(first) : first;
    }

    private static TypeMirror element(TypeMirror list) {
        List<? extends TypeMirror> arguments = ((DeclaredType) list).getTypeArguments();
        return arguments.size() == 1 ? arguments.get(0) : null;
    }
}

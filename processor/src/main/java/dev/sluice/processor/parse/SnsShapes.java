package dev.sluice.processor.parse;

import dev.sluice.processor.model.SnsTrigger.SnsShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises the parameter list of an {@code @OnSns} method. */
public final class SnsShapes {

    public static final String SNS_MESSAGE = "dev.sluice.runtime.SnsMessage";

    private SnsShapes() {}

    /** The shape of {@code method}'s parameters, or empty when Sluice cannot supply them. */
    public static Optional<SnsShape> of(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty() || parameters.size() > 2
                || parameters.size() == 2 && !SqsShapes.is(parameters.get(1).asType(), SNS_MESSAGE)) {
            return Optional.empty();
        }
        boolean meta = parameters.size() == 2;
        TypeMirror first = parameters.get(0).asType();
        if (SqsShapes.is(first, "java.lang.String")) {
            return Optional.of(meta ? SnsShape.MESSAGE_META : SnsShape.MESSAGE);
        }
        if (first.getKind() != TypeKind.DECLARED || SqsShapes.is(first, SNS_MESSAGE)) {
            return Optional.empty();
        }
        return Optional.of(meta ? SnsShape.PAYLOAD_META : SnsShape.PAYLOAD);
    }
}

package dev.sluice.processor.parse;

import dev.sluice.processor.model.SqsShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises the parameter list of an {@code @OnSqs} method. */
public final class SqsShapes {

    public static final String SQS_MESSAGE = "dev.sluice.runtime.SqsMessage";
    public static final String RAW_MESSAGE = "com.amazonaws.services.lambda.runtime.events.SQSEvent.SQSMessage";

    private SqsShapes() {}

    /** The shape of {@code method}'s parameters, or empty when Sluice cannot supply them. */
    public static Optional<SqsShape> of(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.size() == 1) {
            TypeMirror only = parameters.get(0).asType();
            if (is(only, RAW_MESSAGE)) {
                return Optional.of(SqsShape.RAW_MESSAGE);
            }
            if (is(only, "java.lang.String")) {
                return Optional.of(SqsShape.BODY);
            }
            return isPayloadCandidate(only) ? Optional.of(SqsShape.PAYLOAD) : Optional.empty();
        }
        if (parameters.size() == 2 && is(parameters.get(1).asType(), SQS_MESSAGE)) {
            TypeMirror first = parameters.get(0).asType();
            if (is(first, "java.lang.String")) {
                return Optional.of(SqsShape.BODY_META);
            }
            return isPayloadCandidate(first) ? Optional.of(SqsShape.PAYLOAD_META) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The payload parameter's type; only for shapes that decode. */
    public static TypeMirror payloadType(ExecutableElement method) {
        return method.getParameters().get(0).asType();
    }

    /** Payloads are declared types that are not Sluice's or AWS's own event types. */
    private static boolean isPayloadCandidate(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && !is(type, SQS_MESSAGE) && !is(type, RAW_MESSAGE);
    }

    static boolean is(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED
                && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(qualifiedName);
    }
}

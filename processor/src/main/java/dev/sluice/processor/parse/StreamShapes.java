package dev.sluice.processor.parse;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Recognises the parameter lists of an {@code @OnStream} method: {@code (Change<T> change)} and
 * {@code (DynamodbEvent.DynamodbStreamRecord record)}.
 */
public final class StreamShapes {

    public static final String CHANGE = "dev.sluice.runtime.Change";
    public static final String RAW_RECORD = "com.amazonaws.services.lambda.runtime.events.DynamodbEvent.DynamodbStreamRecord";

    /** True for {@code (DynamodbEvent.DynamodbStreamRecord record)}, the aws-lambda-java-events object. */
    public static boolean isRaw(ExecutableElement method) {
        return method.getParameters().size() == 1 && SqsShapes.is(method.getParameters().get(0).asType(), RAW_RECORD);
    }

    private StreamShapes() {}

    /** {@code T} of {@code Change<T>}, when that is the one parameter and {@code T} a declared type. */
    public static Optional<TypeMirror> itemType(ExecutableElement method) {
        if (method.getParameters().size() != 1) {
            return Optional.empty();
        }
        TypeMirror type = method.getParameters().get(0).asType();
        if (!SqsShapes.is(type, CHANGE) || ((DeclaredType) type).getTypeArguments().size() != 1) {
            return Optional.empty();
        }
        TypeMirror item = ((DeclaredType) type).getTypeArguments().get(0);
        return item.getKind() == TypeKind.DECLARED ? Optional.of(item) : Optional.empty();
    }
}

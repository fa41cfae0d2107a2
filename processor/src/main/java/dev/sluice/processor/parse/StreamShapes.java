package dev.sluice.processor.parse;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises {@code (Change<T> change)}, the parameter list of an {@code @OnStream} method. */
public final class StreamShapes {

    public static final String CHANGE = "dev.sluice.runtime.Change";

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

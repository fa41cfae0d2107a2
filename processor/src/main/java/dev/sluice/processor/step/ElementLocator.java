package dev.sluice.processor.step;

import dev.sluice.processor.model.MethodRef;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Finds, in the current round, the elements that earlier rounds named by {@link MethodRef}. */
public final class ElementLocator {

    private final Elements elements;
    private final Types types;

    public ElementLocator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    public Optional<TypeElement> type(String qualifiedName) {
        return Optional.ofNullable(elements.getTypeElement(qualifiedName));
    }

    public Optional<ExecutableElement> method(MethodRef ref) {
        return type(ref.type()).flatMap(type -> ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals(ref.method()))
                .filter(m -> m.getParameters().stream().map(p -> types.erasure(p.asType()).toString()).toList()
                        .equals(ref.parameterTypes()))
                .findFirst());
    }
}

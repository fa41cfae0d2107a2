package dev.sluice.processor.parse;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotation mirrors and explicitly written attribute values, so that diagnostics can point at the
 * attribute at fault. Values themselves are read through {@link Element#getAnnotation}, which applies defaults.
 */
public final class Annotations {

    private Annotations() {}

    /** The mirror of {@code type} on {@code element}, if present. */
    public static Optional<AnnotationMirror> mirror(Element element, Class<? extends Annotation> type) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement annotation = (TypeElement) mirror.getAnnotationType().asElement();
            if (annotation.getQualifiedName().contentEquals(type.getCanonicalName())) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value of attribute {@code name} as written in the source, or null when it was left to its default. */
    public static AnnotationValue written(AnnotationMirror mirror, String name) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /**
     * Where each occurrence of a repeatable annotation was written, in source order (the order of
     * {@link Element#getAnnotationsByType}): its own mirror, or its container's mirror plus its element there.
     */
    public record Occurrence(AnnotationMirror mirror, AnnotationValue value) {

        /** Where to point at {@code attribute} of this occurrence. */
        public AnnotationValue at(String attribute) {
            return value == null ? written(mirror, attribute) : Annotations.attribute(value, attribute);
        }
    }

    public static List<Occurrence> occurrences(Element element, Class<? extends Annotation> type,
            Class<? extends Annotation> container) {
        List<Occurrence> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.equals(type.getCanonicalName())) {
                found.add(new Occurrence(mirror, null));
            } else if (name.equals(container.getCanonicalName())) {
                // javac synthesises the container and cannot locate it or its elements in the source, so
                // diagnostics on a repeated annotation fall back to the annotated element.
                for (AnnotationValue value : elements(mirror, "value")) {
                    found.add(new Occurrence(mirror, value));
                }
            }
        }
        return found;
    }

    /**
     * The elements of an array attribute as written, e.g. the {@code @Queue(...)} values of {@code queues}; a
     * single element written without braces counts as a one-element array.
     */
    public static List<AnnotationValue> elements(AnnotationMirror mirror, String name) {
        AnnotationValue written = written(mirror, name);
        if (written == null) {
            return List.of();
        }
        if (written.getValue() instanceof List<?> list) {
            List<AnnotationValue> values = new ArrayList<>();
            for (Object item : list) {
                values.add((AnnotationValue) item);
            }
            return values;
        }
        return List.of(written);
    }

    /**
     * Where to point at attribute {@code name} of a nested annotation (an element of {@link #elements}): the
     * attribute's value when written, else the nested annotation itself. Null stays null.
     */
    public static AnnotationValue attribute(AnnotationValue nested, String name) {
        if (nested == null || !(nested.getValue() instanceof AnnotationMirror mirror)) {
            return nested;
        }
        AnnotationValue value = written(mirror, name);
        return value != null ? value : nested;
    }

    /** The annotation a nested annotation value holds, or null. */
    public static AnnotationMirror nested(AnnotationValue value) {
        return value != null && value.getValue() instanceof AnnotationMirror mirror ? mirror : null;
    }

    /** The i-th element of {@code values}, or null when there is none (the attribute was defaulted). */
    public static AnnotationValue at(List<AnnotationValue> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    /** The source form of a method, e.g. {@code Payments.processPayment(Payment)}, for messages. */
    public static String describe(ExecutableElement method) {
        StringBuilder out = new StringBuilder()
                .append(method.getEnclosingElement().getSimpleName()).append('.')
                .append(method.getSimpleName()).append('(');
        for (int i = 0; i < method.getParameters().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(simpleTypeName(method.getParameters().get(i).asType().toString()));
        }
        return out.append(')').toString();
    }

    /**
     * {@code java.util.List<com.x.Payment>} becomes {@code List<Payment>}, {@code com.x.Outer.Inner} becomes
     * {@code Outer.Inner}: the package (lower-case segments, each starting at a name boundary) goes, nested
     * type names stay as written.
     */
    public static String simpleTypeName(String qualified) {
        return PACKAGE_PREFIX.matcher(qualified).replaceAll("");
    }

    private static final java.util.regex.Pattern PACKAGE_PREFIX =
            java.util.regex.Pattern.compile("(?<![\\w$.])(?:[a-z_][\\w$]*\\.)+(?=[A-Z_$])");
}

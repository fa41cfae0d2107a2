package dev.sluice.processor.parse;

import java.lang.annotation.Annotation;
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

    /** {@code java.util.List<com.x.Payment>} becomes {@code List<Payment>}. */
    public static String simpleTypeName(String qualified) {
        return qualified.replaceAll("(?:[a-z_$][\\w$]*\\.)+(?=[A-Z_$])", "");
    }
}

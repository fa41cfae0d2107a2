package dev.sluice.processor.parse;

import com.palantir.javapoet.ClassName;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.DecoderModel.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Decides which payload types get a generated decoder: records whose components are strings, numbers,
 * booleans, {@code BigDecimal}, other such records, or lists of these, and which carry no Jackson annotations
 * (those change databind's rules; such types, and every other type, are decoded by databind instead).
 */
public final class PayloadTypes {

    private static final Map<String, ScalarType> BOXED = Map.of(
            "java.lang.String", ScalarType.STRING,
            "java.lang.Integer", ScalarType.INTEGER,
            "java.lang.Long", ScalarType.LONG,
            "java.lang.Double", ScalarType.DOUBLE,
            "java.lang.Boolean", ScalarType.BOOLEAN,
            "java.math.BigDecimal", ScalarType.BIG_DECIMAL);
    private static final Map<TypeKind, ScalarType> PRIMITIVE = Map.of(
            TypeKind.INT, ScalarType.INT,
            TypeKind.LONG, ScalarType.LONG_PRIMITIVE,
            TypeKind.DOUBLE, ScalarType.DOUBLE_PRIMITIVE,
            TypeKind.BOOLEAN, ScalarType.BOOLEAN_PRIMITIVE);

    private final Map<String, Optional<DecoderModel>> cache = new HashMap<>();

    /** The decoder model of {@code type}, or empty when databind must decode it. */
    public Optional<DecoderModel> decoderFor(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        return record((TypeElement) ((DeclaredType) type).asElement(), new HashSet<>());
    }

    /**
     * The model of {@code type} when a generated encoder writes it exactly as databind would: a record a decoder
     * is generated for, whose records (nested ones too) declare no other getter-like method ({@code getX()},
     * {@code isX()}), which databind would write as one more property. Empty when databind must write it.
     */
    public Optional<DecoderModel> encoderFor(TypeMirror type) {
        Optional<DecoderModel> model = decoderFor(type);
        if (model.isEmpty() || !plainlyWritten((TypeElement) ((DeclaredType) type).asElement(), new HashSet<>())) {
            return Optional.empty();
        }
        return model;
    }

    private static boolean plainlyWritten(TypeElement record, Set<String> seen) {
        if (!seen.add(record.getQualifiedName().toString())) {
            return true;
        }
        Set<String> components = new HashSet<>();
        record.getRecordComponents().forEach(c -> components.add(c.getSimpleName().toString()));
        for (ExecutableElement method : ElementFilter.methodsIn(record.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            boolean getterLike = (name.startsWith("get") && name.length() > 3
                    || name.startsWith("is") && name.length() > 2) && method.getParameters().isEmpty()
                    && !method.getModifiers().contains(Modifier.STATIC)
                    && method.getModifiers().contains(Modifier.PUBLIC)
                    && method.getReturnType().getKind() != TypeKind.VOID;
            if (getterLike && !components.contains(name)) {
                return false;
            }
        }
        for (RecordComponentElement component : record.getRecordComponents()) {
            TypeMirror type = component.asType();
            while (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().size() == 1) {
                type = ((DeclaredType) type).getTypeArguments().get(0); // List<List<R>> → R
            }
            if (type.getKind() == TypeKind.DECLARED) {
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                if (element.getKind() == ElementKind.RECORD && !plainlyWritten(element, seen)) {
                    return false;
                }
            }
        }
        return true;
    }

    private Optional<DecoderModel> record(TypeElement type, Set<String> inProgress) {
        String name = type.getQualifiedName().toString();
        Optional<DecoderModel> known = cache.get(name);
        if (known != null) {
            return known;
        }
        if (!inProgress.add(name)) {
            return Optional.empty(); // recursive records: databind handles them
        }
        Optional<DecoderModel> model = analyse(type, inProgress);
        inProgress.remove(name);
        cache.put(name, model);
        return model;
    }

    private Optional<DecoderModel> analyse(TypeElement type, Set<String> inProgress) {
        if (type.getKind() != ElementKind.RECORD || !type.getTypeParameters().isEmpty()
                || type.getModifiers().contains(Modifier.PRIVATE) || hasJacksonAnnotation(type)) {
            return Optional.empty();
        }
        for (Element member : type.getEnclosedElements()) {
            if (hasJacksonAnnotation(member)) {
                return Optional.empty();
            }
        }
        for (var constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            for (var parameter : constructor.getParameters()) {
                if (hasJacksonAnnotation(parameter)) {
                    return Optional.empty();
                }
            }
        }
        if (hasImplicitDelegatingCreator(type)) {
            return Optional.empty();
        }
        if (type.getRecordComponents().size() > 64) {
            return Optional.empty(); // one bit per component in a long
        }
        List<DecoderModel.Component> components = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            Optional<DecoderModel.ValueKind> kind = kind(component.asType(), inProgress);
            if (kind.isEmpty()) {
                return Optional.empty();
            }
            components.add(new DecoderModel.Component(component.getSimpleName().toString(), kind.get()));
        }
        ClassName record = ClassName.get(type);
        ClassName decoder = ClassName.get(record.packageName(),
                String.join("_", record.simpleNames()) + "_JsonDecoder");
        return Optional.of(new DecoderModel(record, decoder, List.copyOf(components)));
    }

    private Optional<DecoderModel.ValueKind> kind(TypeMirror type, Set<String> inProgress) {
        ScalarType primitive = PRIMITIVE.get(type.getKind());
        if (primitive != null) {
            return Optional.of(new DecoderModel.Scalar(primitive));
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        if (BOXED.containsKey(name)) {
            return Optional.of(new DecoderModel.Scalar(BOXED.get(name)));
        }
        if (name.equals("java.util.List") && declared.getTypeArguments().size() == 1) {
            TypeMirror argument = declared.getTypeArguments().get(0);
            if (argument.getKind() != TypeKind.DECLARED) {
                return Optional.empty(); // wildcards and type variables
            }
            return kind(argument, inProgress).map(DecoderModel.ListOf::new);
        }
        if (element.getKind() == ElementKind.RECORD && element.getModifiers().contains(Modifier.PUBLIC)) {
            return record(element, inProgress).map(DecoderModel.Nested::new);
        }
        return Optional.empty();
    }

    /**
     * Whether databind would build {@code type} from a scalar through a creator it finds by itself: a static
     * {@code valueOf(x)} or {@code fromString(String)}, or a one-argument constructor other than the canonical
     * one. Such a record decodes from a JSON string or number as well as from an object; databind decodes it.
     */
    private static boolean hasImplicitDelegatingCreator(TypeElement type) {
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (method.getModifiers().contains(Modifier.STATIC) && method.getParameters().size() == 1
                    && (name.equals("valueOf") || name.equals("fromString"))) {
                return true;
            }
        }
        int components = type.getRecordComponents().size();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().size() == 1 && components != 1) {
                return true;
            }
            if (constructor.getParameters().size() == 1 && !constructor.getParameters().get(0).asType().toString()
                    .equals(type.getRecordComponents().get(0).asType().toString())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code element} carries an annotation of Jackson's: one that changes how databind reads it. */
    public static boolean hasJacksonAnnotation(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}

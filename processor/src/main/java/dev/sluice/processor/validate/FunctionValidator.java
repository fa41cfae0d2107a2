package dev.sluice.processor.validate;

import dev.sluice.annotations.Env;
import dev.sluice.annotations.Function;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.parse.Annotations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks what every trigger method needs, whatever its trigger: a class Lambda can instantiate, a callable
 * method, and valid {@link Function} settings. Trigger-specific rules live in the trigger's own validator.
 */
public final class FunctionValidator {

    static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    /** Lambda's pattern for variable names: [a-zA-Z]([a-zA-Z0-9_])+, so at least two characters. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]+");

    /** Keys Lambda sets itself and refuses in a function's configuration. */
    private static final Set<String> RESERVED_ENV = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    private final Elements elements;
    private final Types types;

    public FunctionValidator(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /**
     * Adds to {@code report} what is wrong with {@code method} as the target of a {@code trigger} function;
     * {@code answers}: whether the trigger reads the method's return value (HTTP does), else it must be void.
     */
    public void validate(ExecutableElement method, String trigger, boolean answers, Report report) {
        validateEnclosingClass(method, trigger, report);
        validateMethod(method, trigger, answers, report);
        validateSettings(method, report);
    }

    private void validateEnclosingClass(ExecutableElement method, String trigger, Report report) {
        TypeElement type = (TypeElement) method.getEnclosingElement();
        String name = type.getQualifiedName().toString();
        String problem = null;
        if (type.getKind() != ElementKind.CLASS) {
            problem = "it is " + article(type.getKind().name().toLowerCase().replace('_', ' '));
        } else if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            problem = "it is abstract";
        } else if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            problem = "it is an inner class; make it static";
        } else if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
            problem = "it is a local or anonymous class";
        } else if (isPrivateOrInPrivate(type)) {
            problem = "it is private";
        }
        if (problem != null) {
            report.error(method, Message.ENCLOSING_TYPE, trigger, method.getSimpleName(), name, problem);
            return;
        }
        boolean constructible = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        if (!constructible) {
            report.error(method, Message.NO_ARG_CONSTRUCTOR, name, type.getSimpleName());
        }
    }

    private static boolean isPrivateOrInPrivate(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return true;
            }
        }
        return false;
    }

    private void validateMethod(ExecutableElement method, String trigger, boolean answers, Report report) {
        String name = method.getSimpleName().toString();
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            report.error(method, Message.METHOD_PRIVATE, trigger, name);
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            report.error(method, Message.METHOD_STATIC, trigger, name);
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.error(method, Message.METHOD_TYPE_PARAMETERS, trigger, name);
        }
        if (!answers && method.getReturnType().getKind() != TypeKind.VOID) {
            report.error(method, Message.METHOD_NOT_VOID, trigger, name,
                    Annotations.simpleTypeName(method.getReturnType().toString()));
        }
        TypeMirror exception = elements.getTypeElement("java.lang.Exception").asType();
        TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (!types.isAssignable(thrown, exception) && !types.isAssignable(thrown, error)) {
                report.error(method, Message.METHOD_THROWS_THROWABLE, trigger, name,
                        Annotations.simpleTypeName(thrown.toString()));
            }
        }
    }

    private void validateSettings(ExecutableElement method, Report report) {
        Function function = method.getAnnotation(Function.class);
        if (function == null) {
            return;
        }
        AnnotationMirror mirror = Annotations.mirror(method, Function.class).orElseThrow();
        if (!function.name().isEmpty() && !FUNCTION_NAME.matcher(function.name()).matches()) {
            report.error(method, mirror, Annotations.written(mirror, "name"), Message.FUNCTION_NAME, function.name());
        }
        if (function.memoryMb() != Function.UNSET) {
            checkMemory(method, mirror, "memoryMb", function.memoryMb(), report);
        }
        if (function.timeoutSeconds() != Function.UNSET) {
            checkTimeout(method, mirror, "timeoutSeconds", function.timeoutSeconds(), report);
        }
        if (function.reservedConcurrency() < Function.UNSET) {
            report.error(method, mirror, Annotations.written(mirror, "reservedConcurrency"),
                    Message.RESERVED_CONCURRENCY, function.reservedConcurrency());
        }
        if (function.ephemeralStorageMb() != Function.UNSET
                && (function.ephemeralStorageMb() < 512 || function.ephemeralStorageMb() > 10_240)) {
            report.error(method, mirror, Annotations.written(mirror, "ephemeralStorageMb"), Message.EPHEMERAL_STORAGE,
                    function.ephemeralStorageMb());
        }
        if (function.description().length() > 256) {
            report.error(method, mirror, Annotations.written(mirror, "description"), Message.DESCRIPTION,
                    function.description().length());
        }
        validateEnvironment(method, mirror, function.environment(), report);
    }

    private static void validateEnvironment(ExecutableElement method, AnnotationMirror mirror, Env[] environment,
            Report report) {
        AnnotationValue written = Annotations.written(mirror, "environment");
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values = written == null || !(written.getValue() instanceof List)
                ? List.of()
                : (List<? extends AnnotationValue>) written.getValue();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < environment.length; i++) {
            String name = environment[i].name();
            AnnotationValue at = i < values.size() ? values.get(i) : written;
            if (!ENV_NAME.matcher(name).matches()) {
                report.error(method, mirror, at, Message.ENV_NAME, name);
            } else if (RESERVED_ENV.contains(name)) {
                report.error(method, mirror, at, Message.ENV_RESERVED, name);
            } else if (name.startsWith("SLUICE_")) {
                report.error(method, mirror, at, Message.ENV_SLUICE_PREFIX, name);
            } else if (!seen.add(name)) {
                report.error(method, mirror, at, Message.ENV_DUPLICATE, name);
            }
        }
    }

    /** Memory range check shared by {@code @Function} and {@code @Pipeline}. */
    public static void checkMemory(Element element, AnnotationMirror mirror, String attribute, int value,
            Report report) {
        if (value < 128 || value > 10240) {
            report.error(element, mirror, Annotations.written(mirror, attribute), Message.MEMORY, attribute, value);
        }
    }

    /** Timeout range check shared by {@code @Function} and {@code @Pipeline}. */
    public static void checkTimeout(Element element, AnnotationMirror mirror, String attribute, int value,
            Report report) {
        if (value < 1 || value > 900) {
            report.error(element, mirror, Annotations.written(mirror, attribute), Message.TIMEOUT, attribute, value);
        }
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}

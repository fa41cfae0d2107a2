package dev.sluice.processor.parse;

import dev.sluice.processor.model.ScheduleShape;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Recognises the parameter list of a {@code @Schedule} method. */
public final class ScheduleShapes {

    public static final String SCHEDULED_EVENT = "com.amazonaws.services.lambda.runtime.events.ScheduledEvent";

    private ScheduleShapes() {}

    public static Optional<ScheduleShape> of(ExecutableElement method) {
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty()) {
            return Optional.of(ScheduleShape.NONE);
        }
        if (parameters.size() != 1) {
            return Optional.empty();
        }
        TypeMirror type = parameters.get(0).asType();
        if (SqsShapes.is(type, "java.time.Instant")) {
            return Optional.of(ScheduleShape.INSTANT);
        }
        if (SqsShapes.is(type, SCHEDULED_EVENT)) {
            return Optional.of(ScheduleShape.RAW_EVENT);
        }
        if (type.getKind() == TypeKind.DECLARED && !SqsShapes.is(type, "java.lang.String")) {
            return Optional.of(ScheduleShape.INPUT);
        }
        return Optional.empty();
    }
}

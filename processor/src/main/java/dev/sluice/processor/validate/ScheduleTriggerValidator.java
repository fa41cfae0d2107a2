package dev.sluice.processor.validate;

import dev.sluice.annotations.Schedule;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.ScheduleShapes;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Checks a {@code @Schedule} method: its expression, its input and its parameters. */
public final class ScheduleTriggerValidator {

    /** EventBridge's limit on a target's constant input. */
    static final int MAX_INPUT = 8192;
    /** EventBridge's limit on a rule's description. */
    static final int MAX_DESCRIPTION = 512;

    public void validate(ExecutableElement method, Report report) {
        Schedule schedule = method.getAnnotation(Schedule.class);
        AnnotationMirror mirror = Annotations.mirror(method, Schedule.class).orElseThrow();
        ScheduleExpressions.problem(schedule.value()).ifPresent(problem -> report.error(method, mirror,
                Annotations.written(mirror, "value"), Message.SCHEDULE_EXPRESSION, schedule.value(), problem));
        boolean hasInput = !schedule.input().isEmpty();
        if (schedule.input().length() > MAX_INPUT) {
            report.error(method, mirror, Annotations.written(mirror, "input"), Message.SCHEDULE_INPUT_SIZE,
                    schedule.input().length());
        } else if (hasInput) {
            JsonSyntax.problem(schedule.input()).ifPresent(problem -> report.error(method, mirror,
                    Annotations.written(mirror, "input"), Message.SCHEDULE_INPUT, problem));
        }
        if (schedule.description().length() > MAX_DESCRIPTION) {
            report.error(method, mirror, Annotations.written(mirror, "description"), Message.SCHEDULE_DESCRIPTION,
                    schedule.description().length(), MAX_DESCRIPTION);
        }
        int retries = schedule.maximumRetryAttempts();
        if (retries != -1 && (retries < 0 || retries > 2)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumRetryAttempts"), Message.RETRY_ATTEMPTS,
                    retries);
        }
        Optional<ScheduleShape> shape = ScheduleShapes.of(method);
        String parameters = method.getParameters().stream()
                .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                .reduce((a, b) -> a + ", " + b).orElse("");
        if (shape.isEmpty()) {
            report.error(method, Message.SCHEDULE_SHAPE, Annotations.describe(method), parameters);
        } else if (shape.get() == ScheduleShape.INPUT && !hasInput) {
            report.error(method, mirror, null, Message.SCHEDULE_INPUT_MISSING, method.getSimpleName(), parameters);
        } else if ((shape.get() == ScheduleShape.INSTANT || shape.get() == ScheduleShape.RAW_EVENT) && hasInput) {
            report.error(method, mirror, Annotations.written(mirror, "input"), Message.SCHEDULE_INPUT_HIDES_EVENT,
                    method.getSimpleName(), parameters);
        } else if (shape.get() == ScheduleShape.INPUT) {
            SqsTriggerValidator.checkPayload(method, report);
        }
    }
}

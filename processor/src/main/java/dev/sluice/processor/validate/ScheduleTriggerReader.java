package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.Schedule;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.ScheduleShapes;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @Schedule} method once, checking its expression, its input and its parameters as it reads. */
public final class ScheduleTriggerReader {

    /** EventBridge's limit on a target's constant input. */
    static final int MAX_INPUT = 8192;
    /** EventBridge's limit on a rule's description. */
    static final int MAX_DESCRIPTION = 512;

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<ScheduleTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
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
            SqsTriggerReader.checkPayload(method, report);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        TypeMirror inputType = shape.get() == ScheduleShape.INPUT ? method.getParameters().get(0).asType() : null;
        return Optional.of(new ScheduleTrigger(schedule.value(), hasInput ? schedule.input() : null,
                schedule.enabled(), schedule.description(), retries < 0 ? null : retries,
                schedule.onFailure().isEmpty() ? null : schedule.onFailure(), shape.get(),
                inputType == null ? null : TypeName.get(inputType),
                inputType == null ? null : payloads.decoderFor(inputType).orElse(null)));
    }
}

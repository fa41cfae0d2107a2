package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.Schedule;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.ScheduleHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.ScheduleShape;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.ScheduleShapes;
import dev.sluice.processor.validate.ScheduleTriggerValidator;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/** {@code @Schedule}: a method run by an EventBridge rule, with asynchronous retries. */
final class SchedulePlugin implements TriggerPlugin<ScheduleTrigger> {

    private final ScheduleTriggerValidator validator = new ScheduleTriggerValidator();
    private final ScheduleHandlerGenerator generator;

    SchedulePlugin(Optional<AnnotationSpec> generated) {
        this.generator = new ScheduleHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return Schedule.class;
    }

    @Override
    public Class<ScheduleTrigger> model() {
        return ScheduleTrigger.class;
    }

    @Override
    public void validate(ExecutableElement method, Report report) {
        validator.validate(method, report);
    }

    @Override
    public ScheduleTrigger parse(ExecutableElement method, PayloadTypes payloads) {
        Schedule schedule = method.getAnnotation(Schedule.class);
        ScheduleShape shape = ScheduleShapes.of(method).orElseThrow();
        TypeMirror inputType = shape == ScheduleShape.INPUT ? method.getParameters().get(0).asType() : null;
        return new ScheduleTrigger(schedule.value(), schedule.input().isEmpty() ? null : schedule.input(),
                schedule.enabled(), schedule.description(),
                schedule.maximumRetryAttempts() < 0 ? null : schedule.maximumRetryAttempts(),
                schedule.onFailure().isEmpty() ? null : schedule.onFailure(), shape,
                inputType == null ? null : TypeName.get(inputType),
                inputType == null ? null : payloads.decoderFor(inputType).orElse(null));
    }

    @Override
    public JavaFile generate(FunctionModel function, ScheduleTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public String sampleEvent(FunctionModel function, ScheduleTrigger trigger) {
        // With a constant input EventBridge sends the input itself instead of the scheduled event.
        return trigger.input() != null
                ? trigger.input() + "\n"
                : Templates.fill("events/schedule.json", Map.of("function", function.name()));
    }
}

package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.Schedule;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.spec.Permission;
import dev.sluice.processor.descriptor.spec.ScheduleRule;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.ScheduleHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.ScheduleTrigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.ScheduleTriggerReader;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** {@code @Schedule}: a method run by an EventBridge rule, with asynchronous retries. */
final class SchedulePlugin implements TriggerPlugin<ScheduleTrigger> {

    private final ScheduleTriggerReader reader = new ScheduleTriggerReader();
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
    public Optional<ScheduleTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, ScheduleTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    /**
     * The rule and its invoke permission are written here rather than as the framework's {@code schedule} event,
     * which builds the rule by pasting the description and input into JSON text unescaped (a quote or a backslash
     * in either fails the deploy).
     */
    @Override
    public TriggerSpec describe(FunctionModel function, ScheduleTrigger schedule, Refs refs) {
        String ruleId = Names.scheduleRuleId(function.name());
        Object target = refs.invocationTarget(function);
        return new TriggerSpec(List.of("runs on " + schedule.expression() + " UTC"), null, List.of(),
                List.of(new ScheduleRule(ruleId, schedule.expression(), schedule.description(), schedule.enabled(),
                                function.name(), target, schedule.input()),
                        new Permission(Names.schedulePermissionId(function.name()), target, "events.amazonaws.com",
                                false, refs.getAtt(ruleId))),
                List.of());
    }

    @Override
    public Map<String, Object> local(FunctionModel function, ScheduleTrigger schedule) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "schedule");
        out.put("expression", schedule.expression());
        out.put("input", schedule.input());
        out.put("enabled", schedule.enabled());
        out.put("maximumRetryAttempts", schedule.maximumRetryAttempts());
        out.put("onFailure", schedule.onFailure());
        return out;
    }

    @Override
    public String sampleEvent(FunctionModel function, ScheduleTrigger trigger, PipelineModel pipeline) {
        // With a constant input EventBridge sends the input itself instead of the scheduled event.
        return trigger.input() != null
                ? trigger.input() + "\n"
                : Templates.fill("events/schedule.json", Map.of("function", function.name()));
    }
}

package dev.sluice.processor.validate;

import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.parse.Annotations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Checks one {@code @Pipeline} declaration on its own: names, defaults, declared queues. */
public final class PipelineValidator {

    private static final Pattern SERVICE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9]{1,16}");

    public void validate(TypeElement type, Report report) {
        Pipeline pipeline = type.getAnnotation(Pipeline.class);
        AnnotationMirror mirror = Annotations.mirror(type, Pipeline.class).orElseThrow();
        if (!SERVICE.matcher(pipeline.service()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "service"), Message.PIPELINE_SERVICE,
                    pipeline.service());
        }
        if (!REGION.matcher(pipeline.region()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "region"), Message.PIPELINE_REGION,
                    pipeline.region());
        }
        if (!STAGE.matcher(pipeline.stage()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "stage"), Message.PIPELINE_STAGE,
                    pipeline.stage());
        }
        FunctionValidator.checkMemory(type, mirror, "memoryMb", pipeline.memoryMb(), report);
        FunctionValidator.checkTimeout(type, mirror, "timeoutSeconds", pipeline.timeoutSeconds(), report);

        AnnotationValue written = Annotations.written(mirror, "queues");
        @SuppressWarnings("unchecked")
        List<? extends AnnotationValue> values = written == null || !(written.getValue() instanceof List)
                ? List.of()
                : (List<? extends AnnotationValue>) written.getValue();
        Set<String> names = new HashSet<>();
        Queue[] queues = pipeline.queues();
        for (int i = 0; i < queues.length; i++) {
            AnnotationValue at = i < values.size() ? values.get(i) : written;
            String name = queues[i].name();
            if (!SqsTriggerValidator.QUEUE_NAME.matcher(name).matches()) {
                report.error(type, mirror, at, Message.QUEUE_NAME, name);
            } else if (!names.add(name)) {
                report.error(type, mirror, at, Message.QUEUE_DUPLICATE, name, name);
            }
        }
    }
}

package dev.sluice.processor.validate;

import dev.sluice.annotations.OnS3Upload;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.S3Shapes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Reads an {@code @OnS3Upload} method once, checking its parameters, filters and retries as it reads. */
public final class S3TriggerReader {

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<S3Trigger> read(ExecutableElement method, Report report) {
        OnS3Upload s3 = method.getAnnotation(OnS3Upload.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnS3Upload.class).orElseThrow();
        Optional<S3Trigger.S3Shape> shape = S3Shapes.of(method);
        if (shape.isEmpty()) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.S3_SHAPE, Annotations.describe(method), parameters);
        }
        if (s3.prefix().contains("*")) {
            report.error(method, mirror, Annotations.written(mirror, "prefix"), Message.S3_FILTER, "prefix", s3.prefix());
        }
        if (s3.suffix().contains("*")) {
            report.error(method, mirror, Annotations.written(mirror, "suffix"), Message.S3_FILTER, "suffix", s3.suffix());
        }
        for (String attribute : new String[] {"prefix", "suffix"}) {
            String text = attribute.equals("prefix") ? s3.prefix() : s3.suffix();
            String problem = S3KeyText.problem(text);
            if (problem != null) {
                report.error(method, mirror, Annotations.written(mirror, attribute), Message.S3_KEY_TEXT, attribute,
                        text, problem);
            }
        }
        int retries = s3.maximumRetryAttempts();
        if (retries != -1 && (retries < 0 || retries > 2)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumRetryAttempts"), Message.RETRY_ATTEMPTS,
                    retries);
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        List<String> events = new ArrayList<>();
        for (OnS3Upload.S3Event event : s3.events()) {
            if (!events.contains(event.type())) {
                events.add(event.type());
            }
        }
        return Optional.of(new S3Trigger(s3.bucket(), s3.prefix(), s3.suffix(), List.copyOf(events),
                retries < 0 ? null : retries, s3.onFailure().isEmpty() ? null : s3.onFailure(), shape.get()));
    }
}

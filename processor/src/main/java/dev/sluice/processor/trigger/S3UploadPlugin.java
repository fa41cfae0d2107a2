package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.S3HandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.S3Shapes;
import dev.sluice.processor.validate.S3TriggerValidator;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** {@code @OnS3Upload}: a method called for each object an S3 bucket notifies about. */
final class S3UploadPlugin implements TriggerPlugin<S3Trigger> {

    private final S3TriggerValidator validator = new S3TriggerValidator();
    private final S3HandlerGenerator generator;

    S3UploadPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new S3HandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnS3Upload.class;
    }

    @Override
    public Class<S3Trigger> model() {
        return S3Trigger.class;
    }

    @Override
    public void validate(ExecutableElement method, Report report) {
        validator.validate(method, report);
    }

    @Override
    public S3Trigger parse(ExecutableElement method, PayloadTypes payloads) {
        OnS3Upload s3 = method.getAnnotation(OnS3Upload.class);
        List<String> events = new ArrayList<>();
        for (OnS3Upload.S3Event event : s3.events()) {
            if (!events.contains(event.type())) {
                events.add(event.type());
            }
        }
        return new S3Trigger(s3.bucket(), s3.prefix(), s3.suffix(), List.copyOf(events),
                s3.maximumRetryAttempts() < 0 ? null : s3.maximumRetryAttempts(),
                s3.onFailure().isEmpty() ? null : s3.onFailure(), S3Shapes.of(method).orElseThrow());
    }

    /** Reading the content needs the SDK's S3 client and its URL-connection HTTP client. */
    @Override
    public void checkClasspath(ExecutableElement method, FunctionModel function, S3Trigger trigger, Elements elements,
            Report report) {
        if (trigger.readsContent()
                && (elements.getTypeElement("software.amazon.awssdk.services.s3.S3Client") == null
                        || elements.getTypeElement("software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient")
                                == null)) {
            report.error(method, Message.S3_NEEDS_SDK, function.name());
        }
    }

    @Override
    public JavaFile generate(FunctionModel function, S3Trigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public String sampleEvent(FunctionModel function, S3Trigger trigger) {
        String key = trigger.prefix() + "sample file" + trigger.suffix();
        return Templates.fill("events/s3.json", Map.of(
                "bucket", trigger.bucket(),
                // S3 sends keys form-encoded: a space as '+'.
                "key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/")));
    }
}

package dev.sluice.processor.trigger;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnS3Upload;
import dev.sluice.annotations.UsesBucket;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Permissions;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.Statement;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.S3HandlerGenerator;
import dev.sluice.processor.model.BucketModel;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.S3Trigger;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.S3TriggerReader;
import java.lang.annotation.Annotation;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/** {@code @OnS3Upload}: a method called for each object an S3 bucket notifies about. */
final class S3UploadPlugin implements TriggerPlugin<S3Trigger> {

    private final S3TriggerReader reader = new S3TriggerReader();
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
    public Optional<S3Trigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, report);
    }

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

    /** The notification and S3's invoke permission are the bucket's part ({@code Demand.BucketNotification}). */
    @Override
    public TriggerSpec describe(FunctionModel function, S3Trigger s3, Refs refs) {
        BucketModel bucket = refs.pipeline().bucket(s3.bucket()).orElseThrow();
        String summary = "runs on uploads to bucket " + s3.bucket()
                + (s3.prefix().isEmpty() ? "" : " under " + s3.prefix())
                + (s3.suffix().isEmpty() ? "" : " ending in " + s3.suffix())
                + (bucket.created()
                        ? " (notification set on the bucket)"
                        : " (notification set on the existing bucket by the " + Names.NOTIFIER + " function)")
                + (s3.readsContent() ? " and reads them" : "");
        List<Statement> statements = new ArrayList<>();
        if (s3.readsContent()) {
            // Only a method that takes the content may read it, and only what its trigger matches: prefix and suffix
            // (an object ARN may hold a wildcard in the middle), so it cannot read objects meant for another trigger.
            statements.add(new Statement("Read" + Names.pascal(bucket.name()) + "TriggerObjects",
                    Permissions.bucketObjects(UsesBucket.Access.READ),
                    List.of(refs.join(refs.bucketArn(bucket),
                            "/" + Refs.iamLiteral(s3.prefix()) + "*" + Refs.iamLiteral(s3.suffix())))));
        }
        return new TriggerSpec(List.of(summary), null, statements, List.of(),
                List.of(new Demand.BucketNotification(s3.bucket(), function.name(), refs.invocationTarget(function),
                        s3.events(), s3.prefix(), s3.suffix())));
    }

    @Override
    public Map<String, Object> local(FunctionModel function, S3Trigger s3) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "s3");
        out.put("bucket", s3.bucket());
        out.put("prefix", s3.prefix());
        out.put("suffix", s3.suffix());
        out.put("events", s3.events());
        out.put("maximumRetryAttempts", s3.maximumRetryAttempts());
        out.put("onFailure", s3.onFailure());
        return out;
    }

    @Override
    public String sampleEvent(FunctionModel function, S3Trigger trigger, PipelineModel pipeline) {
        String key = trigger.prefix() + "sample file" + trigger.suffix();
        return Templates.fill("events/s3.json", Map.of(
                "bucket", trigger.bucket(),
                // S3 sends keys form-encoded: a space as '+'.
                "key", URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/")));
    }
}

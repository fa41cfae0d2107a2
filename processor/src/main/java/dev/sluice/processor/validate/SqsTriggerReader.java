package dev.sluice.processor.validate;

import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnSqs;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.QueueRef;
import dev.sluice.processor.model.SqsShape;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.parse.SqsShapes;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Reads an {@code @OnSqs} method once, checking as it reads: its parameters, its queue reference and its batching
 * settings. Every problem goes to the report, on the attribute at fault; the model comes only from a clean read.
 */
public final class SqsTriggerReader {

    /** SQS queue names: up to 80 characters, FIFO ones ending in {@code .fifo}. */
    public static final Pattern QUEUE_NAME = Pattern.compile("(?=.{1,80}$)[A-Za-z0-9_-]+(\\.fifo)?");

    /** Lambda's limits for SQS event source mappings. */
    static final int MAX_BATCH_STANDARD = 10_000;
    static final int MAX_BATCH_FIFO = 10;
    static final int MAX_BATCH_WITHOUT_WINDOW = 10;
    static final int MAX_BATCHING_WINDOW = 300;

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<SqsTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnSqs sqs = method.getAnnotation(OnSqs.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnSqs.class).orElseThrow();
        Optional<SqsShape> shape = validateShape(method, report);
        Optional<QueueRef> queue = validateQueue(method, sqs, mirror, report);
        boolean fifo = queue.map(QueueRef::fifo).orElse(false);
        String queueName = queue.map(QueueRef::name).orElse("?");

        int maxBatch = fifo ? MAX_BATCH_FIFO : MAX_BATCH_STANDARD;
        if (sqs.batchSize() < 1 || sqs.batchSize() > maxBatch) {
            report.error(method, mirror, Annotations.written(mirror, "batchSize"), Message.SQS_BATCH_SIZE,
                    sqs.batchSize(), fifo ? "FIFO" : "standard", queueName, maxBatch);
        }
        int window = sqs.maxBatchingWindowSeconds();
        if (window < 0 || window > MAX_BATCHING_WINDOW) {
            report.error(method, mirror, Annotations.written(mirror, "maxBatchingWindowSeconds"),
                    Message.SQS_BATCH_WINDOW, window);
        } else if (fifo && window > 0) {
            report.error(method, mirror, Annotations.written(mirror, "maxBatchingWindowSeconds"),
                    Message.SQS_FIFO_BATCH_WINDOW, window, queueName);
        } else if (!fifo && sqs.batchSize() > MAX_BATCH_WITHOUT_WINDOW && sqs.batchSize() <= maxBatch && window < 1) {
            report.error(method, mirror, Annotations.written(mirror, "batchSize"),
                    Message.SQS_LARGE_BATCH_NEEDS_WINDOW, sqs.batchSize());
        }
        int concurrency = sqs.maximumConcurrency();
        if (concurrency != 0 && (concurrency < 2 || concurrency > 1000)) {
            report.error(method, mirror, Annotations.written(mirror, "maximumConcurrency"),
                    Message.SQS_MAXIMUM_CONCURRENCY, concurrency);
        }
        Function function = method.getAnnotation(Function.class);
        if (function != null && function.reservedConcurrency() > 0
                && (concurrency == 0 || function.reservedConcurrency() < concurrency)) {
            AnnotationMirror functionMirror = Annotations.mirror(method, Function.class).orElseThrow();
            report.warning(method, functionMirror, Annotations.written(functionMirror, "reservedConcurrency"),
                    Message.SQS_RESERVED_CONCURRENCY, function.reservedConcurrency(),
                    Math.max(2, function.reservedConcurrency()));
        }
        if (!report.isClean()) {
            return Optional.empty();
        }
        TypeMirror payload = shape.get().decodes() ? SqsShapes.payloadType(method) : null;
        return Optional.of(new SqsTrigger(queue.get(), sqs.batchSize(), window, concurrency == 0 ? null : concurrency,
                sqs.failOnUnknownProperties(), shape.get(), payload == null ? null : TypeName.get(payload),
                payload == null ? null : payloads.decoderFor(payload).orElse(null)));
    }

    private static Optional<SqsShape> validateShape(ExecutableElement method, Report report) {
        Optional<SqsShape> shape = SqsShapes.of(method);
        if (shape.isEmpty()) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.SQS_SHAPE, Annotations.describe(method), parameters);
            return shape;
        }
        if (shape.get().decodes()) {
            checkPayload(method, report);
        }
        return shape;
    }

    /** The first parameter of {@code method} is a type decoded from JSON: one Jackson can construct. */
    static void checkPayload(ExecutableElement method, Report report) {
        TypeMirror payload = method.getParameters().get(0).asType();
        String problem = payloadProblem(payload);
        if (problem != null) {
            report.error(method.getParameters().get(0), Message.PAYLOAD_TYPE,
                    Annotations.simpleTypeName(payload.toString()), Annotations.describe(method), problem);
        }
    }

    /** Why Jackson (or the generated code) could not produce {@code payload}, or null if it can. */
    static String payloadProblem(TypeMirror payload) {
        DeclaredType declared = (DeclaredType) payload;
        TypeElement type = (TypeElement) declared.asElement();
        if (!declared.getTypeArguments().isEmpty() || !type.getTypeParameters().isEmpty()) {
            return "it is generic; wrap it in a record, e.g. record Batch(List<Item> items)";
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            return "it is private, so the generated handler cannot name it";
        }
        // Jackson annotations on the type (@JsonTypeInfo, @JsonDeserialize(as = ...)…) tell databind how to build
        // it, whatever its shape: trust them.
        if (PayloadTypes.hasJacksonAnnotation(type)) {
            return null;
        }
        if (type.getKind() == ElementKind.INTERFACE || type.getKind() == ElementKind.ANNOTATION_TYPE) {
            return "it is an interface, and databind cannot choose an implementation without @JsonTypeInfo or "
                    + "@JsonDeserialize(as = ...)";
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "it is abstract, and databind cannot choose a subclass without @JsonTypeInfo or "
                    + "@JsonDeserialize(as = ...)";
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return "it is an inner class; make it static";
        }
        if (type.getKind() == ElementKind.CLASS && !isJdkType(type) && !constructible(type)) {
            return "databind cannot construct it: it has no no-argument constructor, no @JsonCreator and no "
                    + "constructor whose parameters are all @JsonProperty, so every message would fail. Add a "
                    + "no-argument constructor, or mark the constructor @JsonCreator with @JsonProperty parameters";
        }
        return null;
    }

    /**
     * Whether databind's default ObjectMapper finds a way to create {@code type}: a no-argument constructor (of any
     * visibility), a {@code @JsonCreator} constructor or factory, a constructor with annotated parameters, or the
     * single-argument constructors and static valueOf/fromString it uses as delegating creators. The default
     * mapper has no parameter-names module, so a plain multi-argument constructor is not enough.
     */
    private static boolean constructible(TypeElement type) {
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().size() <= 1 || PayloadTypes.hasJacksonAnnotation(constructor)
                    || constructor.getParameters().stream().anyMatch(PayloadTypes::hasJacksonAnnotation)) {
                return true;
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (method.getModifiers().contains(Modifier.STATIC) && (PayloadTypes.hasJacksonAnnotation(method)
                    || method.getParameters().size() == 1 && (name.equals("valueOf") || name.equals("fromString")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJdkType(TypeElement type) {
        String name = type.getQualifiedName().toString();
        return name.startsWith("java.") || name.startsWith("javax.");
    }

    private static Optional<QueueRef> validateQueue(ExecutableElement method, OnSqs sqs, AnnotationMirror mirror,
            Report report) {
        boolean named = !sqs.queue().isEmpty();
        boolean byArn = !sqs.queueArn().isEmpty();
        if (named == byArn) {
            report.error(method, mirror, null, Message.SQS_QUEUE_REFERENCE, method.getSimpleName(),
                    named ? "sets both queue and queueArn" : "sets neither queue nor queueArn");
            return Optional.empty();
        }
        if (named) {
            if (!QUEUE_NAME.matcher(sqs.queue()).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "queue"), Message.QUEUE_NAME, sqs.queue());
                return Optional.empty();
            }
            return Optional.of(QueueRef.declared(sqs.queue()));
        }
        var matcher = PipelineValidator.QUEUE_ARN.matcher(sqs.queueArn());
        if (!matcher.matches() || !QUEUE_NAME.matcher(matcher.group("name")).matches()) {
            report.error(method, mirror, Annotations.written(mirror, "queueArn"), Message.SQS_QUEUE_ARN,
                    sqs.queueArn());
            return Optional.empty();
        }
        return Optional.of(QueueRef.existing(sqs.queueArn()));
    }
}

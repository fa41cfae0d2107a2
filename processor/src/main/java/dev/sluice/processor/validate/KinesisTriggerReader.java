package dev.sluice.processor.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.palantir.javapoet.TypeName;
import dev.sluice.annotations.OnKinesis;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.DecoderModel;
import dev.sluice.processor.model.KinesisStreamRef;
import dev.sluice.processor.model.KinesisTrigger;
import dev.sluice.processor.model.KinesisTrigger.KinesisShape;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.parse.KinesisShapes;
import dev.sluice.processor.parse.PayloadTypes;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads an {@code @OnKinesis} method once, checking as it reads: its parameters, its stream reference, the event
 * source mapping's settings against Lambda's limits, the AT_TIMESTAMP pair, and the filter pattern (Event Ruler's
 * grammar, and its keys against the payload record's fields). Every problem goes to the report, on the attribute at
 * fault; the model comes only from a clean read.
 */
public final class KinesisTriggerReader {

    public static final Pattern STREAM_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    public static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws(-[a-z]+)*:kinesis:[a-z]{2}(-[a-z]+)+-\\d:\\d{12}:stream/(?<name>[A-Za-z0-9_.-]{1,128})");

    /** The trigger of {@code method}, or empty when {@code report} has errors (its own or earlier ones). */
    public Optional<KinesisTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        OnKinesis kinesis = method.getAnnotation(OnKinesis.class);
        AnnotationMirror mirror = Annotations.mirror(method, OnKinesis.class).orElseThrow();
        Optional<KinesisShape> shape = KinesisShapes.of(method);
        TypeMirror payload = null;
        if (shape.isEmpty()) {
            String parameters = method.getParameters().stream()
                    .map(p -> Annotations.simpleTypeName(p.asType().toString()) + " " + p.getSimpleName())
                    .reduce((a, b) -> a + ", " + b).orElse("");
            report.error(method, Message.KINESIS_SHAPE, Annotations.describe(method), parameters);
        } else if (shape.get().decodes()) {
            payload = KinesisShapes.payload(method, shape.get());
            String problem = SqsTriggerReader.payloadProblem(payload);
            if (problem != null) {
                report.error(method.getParameters().get(0), Message.PAYLOAD_TYPE,
                        Annotations.simpleTypeName(payload.toString()), Annotations.describe(method), problem);
            }
        }
        Optional<KinesisStreamRef> stream = stream(method, kinesis, mirror, report);
        range(method, mirror, "batchSize", kinesis.batchSize(), 1, 10_000, "1 to 10000 records", report);
        range(method, mirror, "maxBatchingWindowSeconds", kinesis.maxBatchingWindowSeconds(), 0, 300,
                "0 to 300 seconds", report);
        range(method, mirror, "parallelizationFactor", kinesis.parallelizationFactor(), 1, 10,
                "1 to 10 concurrent batches per shard", report);
        if (kinesis.maximumRetryAttempts() != -1) {
            range(method, mirror, "maximumRetryAttempts", kinesis.maximumRetryAttempts(), 0, 10_000,
                    "0 to 10000 retries, or -1 to retry until the record expires", report);
        }
        if (kinesis.maximumRecordAgeSeconds() != -1) {
            range(method, mirror, "maximumRecordAgeSeconds", kinesis.maximumRecordAgeSeconds(), 60, 604_800,
                    "60 to 604800 seconds, or -1 for no limit", report);
        }
        Instant timestamp = timestamp(method, mirror, kinesis, report);
        DecoderModel decoder = payload == null || !report.isClean() ? null : payloads.decoderFor(payload).orElse(null);
        String filter = filter(method, mirror, kinesis.filter(), decoder, report);
        if (!report.isClean()) {
            return Optional.empty();
        }
        return Optional.of(new KinesisTrigger(stream.get(), kinesis.startingPosition(), timestamp,
                kinesis.batchSize(), kinesis.maxBatchingWindowSeconds(), kinesis.bisectOnError(),
                kinesis.maximumRetryAttempts() < 0 ? null : kinesis.maximumRetryAttempts(),
                kinesis.maximumRecordAgeSeconds() < 0 ? null : kinesis.maximumRecordAgeSeconds(),
                kinesis.parallelizationFactor(), kinesis.onFailure().isEmpty() ? null : kinesis.onFailure(),
                kinesis.enhancedFanOut(), filter, kinesis.failOnUnknownProperties(), shape.get(),
                payload == null ? null : TypeName.get(payload), decoder));
    }

    private static void range(ExecutableElement method, AnnotationMirror mirror, String attribute, int value, int min,
            int max, String allowed, Report report) {
        if (value < min || value > max) {
            report.error(method, mirror, Annotations.written(mirror, attribute), Message.KINESIS_RANGE, attribute,
                    value, allowed);
        }
    }

    /** AT_TIMESTAMP and its timestamp go together: the framework silently drops one without the other. */
    private static Instant timestamp(ExecutableElement method, AnnotationMirror mirror, OnKinesis kinesis,
            Report report) {
        boolean at = kinesis.startingPosition() == OnKinesis.StartingPosition.AT_TIMESTAMP;
        String text = kinesis.startingPositionTimestamp().strip();
        if (!at && !text.isEmpty()) {
            report.error(method, mirror, Annotations.written(mirror, "startingPositionTimestamp"),
                    Message.KINESIS_TIMESTAMP, "startingPositionTimestamp is set, but startingPosition is "
                            + kinesis.startingPosition() + ", which ignores it");
            return null;
        }
        if (!at) {
            return null;
        }
        if (text.isEmpty()) {
            report.error(method, mirror, Annotations.written(mirror, "startingPosition"), Message.KINESIS_TIMESTAMP,
                    "startingPosition is AT_TIMESTAMP, but startingPositionTimestamp is not set");
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            report.error(method, mirror, Annotations.written(mirror, "startingPositionTimestamp"),
                    Message.KINESIS_TIMESTAMP, "startingPositionTimestamp \"" + text + "\" is not an ISO-8601 "
                            + "instant");
            return null;
        }
    }

    /** The filter on the data as compact JSON, or null for none or after reporting what is wrong with it. */
    private static String filter(ExecutableElement method, AnnotationMirror mirror, String text,
            DecoderModel decoder, Report report) {
        if (text.isBlank()) {
            return null;
        }
        var at = Annotations.written(mirror, "filter");
        EventPatterns.Result<JsonNode> root = EventPatterns.object(text);
        if (root.problem() != null) {
            report.error(method, mirror, at, Message.KINESIS_FILTER, root.problem());
            return null;
        }
        String compact = root.value().toString();
        Optional<String> grammar = EventPatterns.grammar("{\"data\":" + compact + "}");
        if (grammar.isPresent()) {
            report.error(method, mirror, at, Message.KINESIS_FILTER, grammar.get());
            return null;
        }
        if (compact.length() + "{\"data\":}".length() > EventPatterns.MAX_LENGTH) {
            report.error(method, mirror, at, Message.KINESIS_FILTER, "it is " + compact.length() + " characters "
                    + "long, over Lambda's " + EventPatterns.MAX_LENGTH + " for a filter pattern");
            return null;
        }
        if (decoder != null) {
            Optional<FilterPolicies.UnknownField> missing = FilterPolicies.unknownField(root.value(), decoder);
            if (missing.isPresent()) {
                report.error(method, mirror, at, Message.KINESIS_FILTER_FIELD, missing.get().path(),
                        missing.get().record(), missing.get().fields(), missing.get().suggestion());
                return null;
            }
        }
        return compact;
    }

    private static Optional<KinesisStreamRef> stream(ExecutableElement method, OnKinesis kinesis,
            AnnotationMirror mirror, Report report) {
        boolean named = !kinesis.stream().isEmpty();
        boolean byArn = !kinesis.streamArn().isEmpty();
        if (named == byArn) {
            report.error(method, mirror, null, Message.KINESIS_STREAM_REFERENCE, method.getSimpleName(),
                    named ? "sets both stream and streamArn" : "sets neither stream nor streamArn");
            return Optional.empty();
        }
        if (named) {
            if (!STREAM_NAME.matcher(kinesis.stream()).matches()) {
                report.error(method, mirror, Annotations.written(mirror, "stream"), Message.KINESIS_STREAM_NAME,
                        kinesis.stream());
                return Optional.empty();
            }
            return Optional.of(KinesisStreamRef.declared(kinesis.stream()));
        }
        if (!STREAM_ARN.matcher(kinesis.streamArn()).matches()) {
            report.error(method, mirror, Annotations.written(mirror, "streamArn"), Message.KINESIS_STREAM_ARN,
                    kinesis.streamArn());
            return Optional.empty();
        }
        return Optional.of(KinesisStreamRef.existing(kinesis.streamArn()));
    }
}

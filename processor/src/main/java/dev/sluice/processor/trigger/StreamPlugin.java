package dev.sluice.processor.trigger;

import static dev.sluice.processor.descriptor.Yaml.map;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import dev.sluice.annotations.OnStream;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.descriptor.Permissions;
import dev.sluice.processor.descriptor.Refs;
import dev.sluice.processor.descriptor.Templates;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.FrameworkEvent;
import dev.sluice.processor.descriptor.spec.Statement;
import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.generate.StreamHandlerGenerator;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import dev.sluice.processor.parse.PayloadTypes;
import dev.sluice.processor.validate.StreamTriggerReader;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;

/** {@code @OnStream}: a method called for each change to a DynamoDB table, in stream order. */
final class StreamPlugin implements TriggerPlugin<StreamTrigger> {

    private final StreamTriggerReader reader = new StreamTriggerReader();
    private final StreamHandlerGenerator generator;

    StreamPlugin(Optional<AnnotationSpec> generated) {
        this.generator = new StreamHandlerGenerator(generated);
    }

    @Override
    public Class<? extends Annotation> annotation() {
        return OnStream.class;
    }

    @Override
    public Class<StreamTrigger> model() {
        return StreamTrigger.class;
    }

    @Override
    public Optional<StreamTrigger> read(ExecutableElement method, PayloadTypes payloads, Report report) {
        return reader.read(method, payloads, report);
    }

    @Override
    public JavaFile generate(FunctionModel function, StreamTrigger trigger, boolean snapStart) {
        return generator.generate(function, trigger, snapStart);
    }

    @Override
    public TriggerSpec describe(FunctionModel function, StreamTrigger stream, Refs refs) {
        TableModel table = refs.pipeline().table(stream.table()).orElseThrow();
        Mapping event = map()
                .put("type", "dynamodb")
                .put("arn", refs.streamArn(table))
                .put("batchSize", stream.batchSize())
                .put("startingPosition", stream.startingPosition().name());
        if (stream.maxBatchingWindowSeconds() > 0) {
            // The framework's key for streams; "maximumBatchingWindow" is its key for SQS only.
            event.put("batchWindow", stream.maxBatchingWindowSeconds());
        }
        if (stream.bisectOnError()) {
            event.put("bisectBatchOnFunctionError", true);
        }
        event.put("maximumRetryAttempts", stream.maximumRetryAttempts())
                .put("maximumRecordAgeInSeconds", stream.maximumRecordAgeSeconds());
        if (stream.parallelizationFactor() > 1) {
            event.put("parallelizationFactor", stream.parallelizationFactor());
        }
        List<String> summary = new ArrayList<>();
        summary.add("reads the stream of table " + stream.table() + " (trigger)");
        if (stream.onFailure() != null) {
            event.put("destinations", map("onFailure", map()
                    .put("arn", refs.queueArn(stream.onFailure()))
                    .put("type", "sqs")));
            summary.add("sends dropped records to queue " + stream.onFailure());
        }
        if (stream.events().size() < OnStream.ChangeType.values().length) {
            // Lambda filters before invoking: unwanted changes never cost an invocation.
            event.put("filterPatterns", List.of(map("eventName",
                    stream.events().stream().map(Enum::name).toList())));
        }
        // The generated handler checkpoints at the first failure; without this Lambda would ignore it.
        event.put("functionResponseType", "ReportBatchItemFailures");
        Statement read = new Statement("Read" + Names.pascal(table.name()) + "StreamTrigger",
                Permissions.DYNAMODB_STREAM_TRIGGER, List.of(refs.streamArn(table)));
        return new TriggerSpec(summary, new FrameworkEvent("stream", event, 1), List.of(read), List.of(),
                List.of(new Demand.StreamConsumer(stream.table(), stream.needsNewImages(), stream.needsOldImages())));
    }

    @Override
    public Map<String, Object> local(FunctionModel function, StreamTrigger stream) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", "stream");
        out.put("table", stream.table());
        out.put("startingPosition", stream.startingPosition().name());
        out.put("batchSize", stream.batchSize());
        out.put("maxBatchingWindowSeconds", stream.maxBatchingWindowSeconds());
        out.put("images", stream.images().name());
        out.put("events", stream.events().stream().map(Enum::name).toList());
        out.put("bisectOnError", stream.bisectOnError());
        out.put("maximumRetryAttempts", stream.maximumRetryAttempts());
        out.put("maximumRecordAgeSeconds", stream.maximumRecordAgeSeconds());
        out.put("parallelizationFactor", stream.parallelizationFactor());
        out.put("onFailure", stream.onFailure());
        return out;
    }

    @Override
    public String sampleEvent(FunctionModel function, StreamTrigger trigger, PipelineModel pipeline) {
        // The first change the method takes, with the images it reads, shaped like its record.
        OnStream.ChangeType change = trigger.events().get(0);
        String item = trigger.decoder() == null ? "{}" : SampleJson.item(trigger.decoder());
        StringBuilder images = new StringBuilder();
        if (change != OnStream.ChangeType.INSERT && trigger.needsOldImages()) {
            images.append("\n        \"OldImage\": ").append(item).append(',');
        }
        if (change != OnStream.ChangeType.REMOVE && trigger.needsNewImages()) {
            images.append("\n        \"NewImage\": ").append(item).append(',');
        }
        TableModel table = pipeline.table(trigger.table()).orElse(null);
        StringBuilder keys = new StringBuilder("{");
        if (table != null) {
            keys.append(key(table.partitionKey(), table.partitionKeyType()));
            if (table.sortKey() != null) {
                keys.append(',').append(key(table.sortKey(), table.sortKeyType()));
            }
        }
        return Templates.fill("events/dynamodb-stream.json", Map.of(
                "table", trigger.table(),
                "eventName", change.name(),
                "keys", keys.append('}').toString(),
                "images", images.toString(),
                "viewType", StreamTrigger.viewType(trigger.needsNewImages(), trigger.needsOldImages())));
    }

    private static String key(String name, dev.sluice.annotations.Table.AttributeType type) {
        String value = switch (type.code()) {
            case "N" -> "1";
            case "B" -> "c2FtcGxl";
            default -> "sample-" + name;
        };
        return SampleJson.quote(name) + ":{\"" + type.code() + "\":" + SampleJson.quote(value) + "}";
    }
}

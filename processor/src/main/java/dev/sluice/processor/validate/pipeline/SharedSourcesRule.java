package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnSqs;
import dev.sluice.annotations.OnStream;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.SqsTrigger;
import dev.sluice.processor.model.StreamTrigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sources one function should own: a queue (warning when shared), a stream (warning past two readers). */
public final class SharedSourcesRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        checkSharedSources(functions, diagnostics);
    }

    /**
     * Two functions on one queue each get part of its messages, silently; more than two readers of one DynamoDB
     * stream shard are throttled (AWS recommends at most two). Both deploy, so both are warnings.
     */
    private void checkSharedSources(List<FunctionModel> functions, Diagnostics diagnostics) {
        Map<String, List<FunctionModel>> byQueue = new LinkedHashMap<>();
        Map<String, List<FunctionModel>> byStream = new LinkedHashMap<>();
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof SqsTrigger sqs) {
                String key = sqs.queue().isDeclared() ? sqs.queue().declaredName() : sqs.queue().arn();
                byQueue.computeIfAbsent(key, k -> new ArrayList<>()).add(function);
            } else if (function.trigger() instanceof StreamTrigger stream) {
                byStream.computeIfAbsent(stream.table(), k -> new ArrayList<>()).add(function);
            }
        }
        byQueue.forEach((queue, consumers) -> {
            for (FunctionModel consumer : consumers.subList(1, consumers.size())) {
                String attribute = ((SqsTrigger) consumer.trigger()).queue().isDeclared() ? "queue" : "queueArn";
                diagnostics.warnOn(consumer, OnSqs.class, attribute, Message.SQS_SHARED_QUEUE, queue,
                        consumers.get(0).name(), consumer.name());
            }
        });
        byStream.forEach((table, readers) -> {
            for (FunctionModel reader : readers.subList(Math.min(2, readers.size()), readers.size())) {
                diagnostics.warnOn(reader, OnStream.class, "table", Message.STREAM_TOO_MANY_READERS, table,
                        readers.size(), readers.stream().map(FunctionModel::name).collect(Collectors.joining(", ")));
            }
        });
    }
}

package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnKinesis;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.KinesisStreamModel;
import dev.sluice.processor.model.KinesisTrigger;
import dev.sluice.processor.model.PipelineModel;
import java.util.List;

/** An {@code @OnKinesis} function reads a stream the pipeline declares, or an existing one by ARN. */
public final class KinesisRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof KinesisTrigger kinesis && kinesis.stream().isDeclared()
                    && pipeline.kinesisStream(kinesis.stream().declaredName()).isEmpty()) {
                String name = kinesis.stream().declaredName();
                List<String> declared = pipeline.kinesisStreams().stream().map(KinesisStreamModel::name).toList();
                diagnostics.on(function, OnKinesis.class, "stream", Message.KINESIS_STREAM_UNDECLARED, name,
                        pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                        Diagnostics.didYouMean(name, declared), name);
            }
        }
    }
}

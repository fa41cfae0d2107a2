package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.OnStream;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.model.StreamTrigger;
import dev.sluice.processor.model.TableModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An {@code @OnStream} function's table: declared, with a stream whose view type carries the images it reads. */
public final class StreamRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        for (FunctionModel function : functions) {
            if (function.trigger() instanceof StreamTrigger stream) {
                checkStream(pipeline, function, stream, diagnostics);
            }
        }
    }

    private void checkStream(PipelineModel pipeline, FunctionModel function, StreamTrigger stream,
            Diagnostics diagnostics) {
        Optional<TableModel> table = pipeline.table(stream.table());
        if (table.isEmpty()) {
            List<String> declared = pipeline.tables().stream().map(TableModel::name).toList();
            diagnostics.on(function, OnStream.class, "table", Message.STREAM_TABLE_UNDECLARED, stream.table(),
                    pipeline.declaringClass().canonicalName(), Diagnostics.listed(declared),
                    Diagnostics.didYouMean(stream.table(), declared), stream.table());
            return;
        }
        if (table.get().created()) {
            return;
        }
        if (table.get().streamArn() == null) {
            diagnostics.on(function, OnStream.class, "table", Message.STREAM_ARN_MISSING, stream.table());
            return;
        }
        String carries = table.get().streamViewType();
        if (carries != null && !stream.carriedBy(carries)) {
            diagnostics.on(function, OnStream.class, "images", Message.STREAM_VIEW_TYPE, function.name(),
                    stream.images().name().toLowerCase(Locale.ROOT).replace('_', ' '), stream.table(), carries);
        }
    }
}

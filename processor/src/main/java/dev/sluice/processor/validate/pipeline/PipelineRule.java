package dev.sluice.processor.validate.pipeline;

import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.List;

/** One rule that needs the whole module: run once, after the last round, on the pipeline and every function. */
public interface PipelineRule {

    /** {@code functions} sorted by name. */
    void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics);
}

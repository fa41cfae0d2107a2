package dev.sluice.processor.validate.pipeline;

import dev.sluice.processor.descriptor.ServerlessDescriptor;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.List;

/** CloudFormation's 500 resources per stack, counted as the packaged template will hold them. */
public final class StackSizeRule implements PipelineRule {

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        int resources = new ServerlessDescriptor(pipeline, functions, "").resourceCount();
        if (resources > ServerlessDescriptor.MAX_STACK_RESOURCES) {
            diagnostics.onPipeline(pipeline, Message.STACK_TOO_LARGE, resources,
                    ServerlessDescriptor.MAX_STACK_RESOURCES);
        }
    }
}

package dev.sluice.processor.validate.pipeline;

import dev.sluice.processor.descriptor.ServerlessDescriptor;
import dev.sluice.processor.descriptor.TriggerDescriber;
import dev.sluice.processor.descriptor.spec.Descriptor;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.List;

/** CloudFormation's 500 resources per stack, counted as the packaged template will hold them. */
public final class StackSizeRule implements PipelineRule {

    private final TriggerDescriber triggers;

    public StackSizeRule(TriggerDescriber triggers) {
        this.triggers = triggers;
    }

    /** Runs last, and only on a module the other rules passed: counting builds the descriptor. */
    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        if (!diagnostics.report().isClean()) {
            return;
        }
        int resources = new ServerlessDescriptor(pipeline, functions, "", triggers).build().resourceCount();
        if (resources > Descriptor.MAX_STACK_RESOURCES) {
            diagnostics.onPipeline(pipeline, Message.STACK_TOO_LARGE, resources, Descriptor.MAX_STACK_RESOURCES);
        }
    }
}

package dev.sluice.processor.validate;

import dev.sluice.processor.descriptor.TriggerDescriber;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import dev.sluice.processor.step.ElementLocator;
import dev.sluice.processor.validate.pipeline.Diagnostics;
import dev.sluice.processor.validate.pipeline.EnvironmentSizeRule;
import dev.sluice.processor.validate.pipeline.EventRule;
import dev.sluice.processor.validate.pipeline.KinesisRule;
import dev.sluice.processor.validate.pipeline.FunctionNamesRule;
import dev.sluice.processor.validate.pipeline.GrantsRule;
import dev.sluice.processor.validate.pipeline.HttpRoutesRule;
import dev.sluice.processor.validate.pipeline.OnFailureRule;
import dev.sluice.processor.validate.pipeline.PipelineRule;
import dev.sluice.processor.validate.pipeline.QueuePolicyRule;
import dev.sluice.processor.validate.pipeline.QueueSubscriptionRule;
import dev.sluice.processor.validate.pipeline.ResourceNamesRule;
import dev.sluice.processor.validate.pipeline.S3Rule;
import dev.sluice.processor.validate.pipeline.SharedSourcesRule;
import dev.sluice.processor.validate.pipeline.StackSizeRule;
import dev.sluice.processor.validate.pipeline.SnsRule;
import dev.sluice.processor.validate.pipeline.StreamRule;
import dev.sluice.processor.validate.pipeline.TriggerQueueRule;
import java.util.List;

/**
 * Rules that need the whole module: they run once every function and the pipeline are known, after the last
 * round, one class each (package {@code validate.pipeline}). Each reports on the annotation at fault, in whichever
 * class it is.
 */
public final class PipelineChecks {

    private final List<PipelineRule> rules;
    private final ElementLocator locator;

    public PipelineChecks(ElementLocator locator, TriggerDescriber triggers) {
        this.locator = locator;
        this.rules = List.of(new ResourceNamesRule(), new FunctionNamesRule(), new TriggerQueueRule(),
                new OnFailureRule(), new S3Rule(), new StreamRule(), new SnsRule(), new QueueSubscriptionRule(), new QueuePolicyRule(), new EventRule(), new KinesisRule(), new GrantsRule(),
                new EnvironmentSizeRule(), new SharedSourcesRule(), new HttpRoutesRule(), new StackSizeRule(triggers));
    }

    /** {@code functions} sorted by name; {@code pipeline} null when the module declares none. */
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Report report) {
        if (pipeline == null) {
            if (!functions.isEmpty()) {
                FunctionModel first = functions.get(0);
                locator.method(first.origin()).ifPresent(method -> report.error(method, Message.PIPELINE_MISSING,
                        first.origin().type() + "." + first.method()));
            }
            return;
        }
        Diagnostics diagnostics = new Diagnostics(locator, report);
        for (PipelineRule rule : rules) {
            rule.check(pipeline, functions, diagnostics);
        }
    }
}

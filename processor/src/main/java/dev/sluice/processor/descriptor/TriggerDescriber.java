package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.TriggerSpec;
import dev.sluice.processor.model.FunctionModel;

/** The trigger plug-ins' part of the descriptor, asked once per function (implemented by {@code Triggers}). */
public interface TriggerDescriber {

    TriggerSpec describe(FunctionModel function, Refs refs);

    /** The trigger's settings as the local tools read them ({@code sluice/pipeline.json}): {@code kind} first. */
    java.util.Map<String, Object> local(FunctionModel function);
}

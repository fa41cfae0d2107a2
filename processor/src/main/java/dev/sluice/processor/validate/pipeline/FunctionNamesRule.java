package dev.sluice.processor.validate.pipeline;

import dev.sluice.annotations.Function;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.model.FunctionModel;
import dev.sluice.processor.model.PipelineModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Function names: unique, distinct once the framework turns them into resource ids, and within Lambda's 64
 * characters once prefixed with the service and stage; and each function's timeout margin below its timeout.
 */
public final class FunctionNamesRule implements PipelineRule {

    /** Lambda function names, {@code <service>-<stage>-<function>} as the framework builds them. */
    static final int FUNCTION_NAME_MAX = 64;

    @Override
    public void check(PipelineModel pipeline, List<FunctionModel> functions, Diagnostics diagnostics) {
        Map<String, FunctionModel> byName = new HashMap<>();
        Map<String, FunctionModel> byResourceId = new HashMap<>();
        for (FunctionModel function : functions) {
            FunctionModel other = byName.putIfAbsent(function.name(), function);
            if (other != null) {
                diagnostics.on(function, Function.class, "name", Message.FUNCTION_NAME_DUPLICATE, function.name(),
                        other.origin(), function.origin());
            } else {
                // The framework names a function's resources after it, capitalised, with '-' as "Dash" and '_' as
                // "Underscore": distinct names can meet there, and one function would silently replace the other.
                String id = Names.normalizedFunction(function.name());
                FunctionModel same = byResourceId.putIfAbsent(id, function);
                if (same != null) {
                    diagnostics.on(function, Function.class, "name", Message.FUNCTION_ID_CLASH, same.name(),
                            function.name(), id + "LambdaFunction");
                }
            }
            String lambdaName = Names.physicalFor(pipeline.service(), pipeline.stage(), function.name());
            if (lambdaName.length() > FUNCTION_NAME_MAX) {
                diagnostics.on(function, Function.class, "name", Message.PHYSICAL_NAME_TOO_LONG, "function",
                        function.name(), lambdaName, lambdaName.length(), pipeline.stage(), FUNCTION_NAME_MAX,
                        "function (@Function(name = ...))");
            }
            int timeoutMillis = function.effectiveTimeoutSeconds(pipeline) * 1000;
            if (function.timeoutMarginMillis() < 0 || function.timeoutMarginMillis() >= timeoutMillis) {
                diagnostics.on(function, Function.class, "timeoutMarginMillis", Message.TIMEOUT_MARGIN,
                        function.timeoutMarginMillis(), timeoutMillis / 1000, timeoutMillis);
            }
        }
    }
}

package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * A Lambda function of Sluice's own whose code is inline in the template (a custom resource's).
 *
 * @param dependsOn what must exist first, e.g. its log group
 * @param role the role's ARN
 */
public record InlineFunction(String logicalId, List<String> dependsOn, String name, String description,
        String runtime, String handler, int memoryMb, int timeoutSeconds, Object role, String code)
        implements Resource {

    public InlineFunction {
        if (code.contains("${")) {
            // The Serverless Framework would resolve it as one of its variables and change the code.
            throw new IllegalArgumentException("inline code must not contain a dollar-brace: " + name);
        }
    }

    @Override
    public Mapping template() {
        return map()
                .put("Type", "AWS::Lambda::Function")
                .put("DependsOn", dependsOn)
                .put("Properties", map()
                        .put("FunctionName", name)
                        .put("Description", description)
                        .put("Runtime", runtime)
                        .put("Handler", handler)
                        .put("MemorySize", memoryMb)
                        .put("Timeout", timeoutSeconds)
                        .put("Role", role)
                        .put("Code", map("ZipFile", new Yaml.Block(code))));
    }
}

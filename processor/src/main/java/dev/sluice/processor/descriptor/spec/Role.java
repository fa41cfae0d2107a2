package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * An IAM role that only Lambda may assume, with one inline policy.
 *
 * @param namePrefix the role name before {@code -<stage>-<region>}, short enough for IAM's 64 characters
 * @param policyName the inline policy's name: the function's
 */
public record Role(String logicalId, String namePrefix, String description, String policyName,
        List<Statement> statements) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map()
                .put("RoleName", map("Fn::Join", List.of("-", List.of(namePrefix, "${sls:stage}",
                        map("Ref", "AWS::Region")))))
                .put("Description", description)
                .put("AssumeRolePolicyDocument", map()
                        .put("Version", "2012-10-17")
                        .put("Statement", List.of(map()
                                .put("Effect", "Allow")
                                .put("Principal", map("Service", "lambda.amazonaws.com"))
                                .put("Action", "sts:AssumeRole"))))
                .put("Policies", List.of(map()
                        .put("PolicyName", policyName)
                        .put("PolicyDocument", map()
                                .put("Version", "2012-10-17")
                                .put("Statement", statements.stream().<Object>map(Statement::template).toList()))));
        return map().put("Type", "AWS::IAM::Role").put("Properties", properties);
    }
}

package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml.Mapping;

/**
 * Lets an AWS service invoke a function, for events from one source only.
 *
 * @param function the function's ARN or its SnapStart alias
 * @param principal e.g. {@code s3.amazonaws.com}
 * @param sameAccount whether the source must belong to this account (for S3, whose ARNs name no account)
 * @param sourceArn the one source allowed
 */
public record Permission(String logicalId, Object function, String principal, boolean sameAccount,
        Object sourceArn) implements Resource {

    @Override
    public Mapping template() {
        Mapping properties = map()
                .put("FunctionName", function)
                .put("Action", "lambda:InvokeFunction")
                .put("Principal", principal);
        if (sameAccount) {
            properties.put("SourceAccount", map("Ref", "AWS::AccountId"));
        }
        properties.put("SourceArn", sourceArn);
        return map().put("Type", "AWS::Lambda::Permission").put("Properties", properties);
    }
}

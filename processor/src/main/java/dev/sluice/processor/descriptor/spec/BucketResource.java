package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.ArrayList;
import java.util.List;

/**
 * An S3 bucket the stack creates: private, owner-enforced, encrypted, kept when the stack goes, with the
 * notifications of the functions it triggers.
 *
 * @param bucketName a {@code Fn::Sub} of the name
 * @param permissions the invoke permissions S3 checks when the notifications are configured
 */
public record BucketResource(String logicalId, Object bucketName, List<Notification> notifications,
        List<String> permissions) implements Resource {

    /**
     * One Lambda notification.
     *
     * @param prefix possibly empty
     * @param suffix possibly empty
     */
    public record Notification(String event, Object function, String prefix, String suffix) {

        Mapping template() {
            Mapping notification = map().put("Event", event).put("Function", function);
            List<Object> rules = new ArrayList<>();
            if (!prefix.isEmpty()) {
                rules.add(map().put("Name", "prefix").put("Value", Yaml.literal(prefix)));
            }
            if (!suffix.isEmpty()) {
                rules.add(map().put("Name", "suffix").put("Value", Yaml.literal(suffix)));
            }
            if (!rules.isEmpty()) {
                notification.put("Filter", map("S3Key", map("Rules", rules)));
            }
            return notification;
        }
    }

    @Override
    public Mapping template() {
        Mapping properties = map()
                .put("BucketName", bucketName)
                .put("PublicAccessBlockConfiguration", map()
                        .put("BlockPublicAcls", true)
                        .put("BlockPublicPolicy", true)
                        .put("IgnorePublicAcls", true)
                        .put("RestrictPublicBuckets", true))
                .put("OwnershipControls", map("Rules", List.of(map("ObjectOwnership", "BucketOwnerEnforced"))))
                .put("BucketEncryption", map("ServerSideEncryptionConfiguration", List.of(
                        map("ServerSideEncryptionByDefault", map("SSEAlgorithm", "AES256")))));
        if (!notifications.isEmpty()) {
            properties.put("NotificationConfiguration", map("LambdaConfigurations",
                    notifications.stream().<Object>map(Notification::template).toList()));
        }
        Mapping resource = map().put("Type", "AWS::S3::Bucket");
        if (!permissions.isEmpty()) {
            resource.put("DependsOn", permissions);
        }
        return resource
                .put("DeletionPolicy", "Retain")
                .put("UpdateReplacePolicy", "Retain")
                .put("Properties", properties);
    }
}

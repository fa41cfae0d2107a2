package dev.sluice.processor.descriptor.spec;

import static dev.sluice.processor.descriptor.Yaml.map;

import dev.sluice.processor.descriptor.Yaml;
import dev.sluice.processor.descriptor.Yaml.Mapping;
import java.util.List;

/**
 * The notifications of this stack's functions on a bucket it does not create, set by Sluice's custom resource.
 *
 * @param serviceToken the custom resource function's ARN
 * @param bucket the existing bucket's name
 * @param permissions the invoke permissions S3 checks when the notifications are configured
 */
public record ExistingBucketNotifications(String logicalId, Object serviceToken, String bucket,
        List<Configuration> configurations, List<String> permissions) implements Resource {

    /**
     * One function's entry in the bucket's configuration.
     *
     * @param id the entry's id: the function's physical name, unique in the account and region
     * @param prefix possibly empty
     * @param suffix possibly empty
     */
    public record Configuration(String id, Object functionArn, List<String> events, String prefix, String suffix) {

        Mapping template() {
            Mapping configuration = map().put("Id", id).put("FunctionArn", functionArn).put("Events", events);
            if (!prefix.isEmpty()) {
                configuration.put("Prefix", Yaml.literal(prefix));
            }
            if (!suffix.isEmpty()) {
                configuration.put("Suffix", Yaml.literal(suffix));
            }
            return configuration;
        }
    }

    @Override
    public Mapping template() {
        return map()
                .put("Type", "Custom::SluiceS3Notifications")
                .put("DependsOn", permissions)
                .put("Properties", map()
                        .put("ServiceToken", serviceToken)
                        .put("Bucket", bucket)
                        .put("Configurations", configurations.stream().<Object>map(Configuration::template).toList()));
    }
}

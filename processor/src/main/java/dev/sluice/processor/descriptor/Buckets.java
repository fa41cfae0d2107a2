package dev.sluice.processor.descriptor;

import dev.sluice.processor.descriptor.spec.BucketResource;
import dev.sluice.processor.descriptor.spec.Demand;
import dev.sluice.processor.descriptor.spec.ExistingBucketNotifications;
import dev.sluice.processor.descriptor.spec.InlineFunction;
import dev.sluice.processor.descriptor.spec.LogGroup;
import dev.sluice.processor.descriptor.spec.Permission;
import dev.sluice.processor.descriptor.spec.Resource;
import dev.sluice.processor.descriptor.spec.Statement;
import dev.sluice.processor.model.BucketModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The buckets the pipeline creates, the notifications of the functions they trigger with S3's invoke
 * permissions, and the custom resource that sets notifications on existing buckets.
 *
 * <p>CloudFormation can set notifications only on a bucket it creates. For an existing bucket a small custom
 * resource (inline Node.js, from sluice-codegen-templates) reads the bucket's notification configuration,
 * replaces the entries whose Id this stack wrote and writes it back, leaving everyone else's entries alone. Its
 * role may read and write the notification configuration of exactly these buckets and write its own logs: unlike
 * the framework's {@code existing: true}, which adds a shared role with lambda:AddPermission on every function of
 * the account, the invoke permission here is a plain AWS::Lambda::Permission per function. One custom resource
 * per bucket, so that two functions on one bucket never race on its configuration.
 */
final class Buckets {

    /** The notification custom resource's runtime: supported by Lambda until 2027-04-30 at the earliest. */
    static final String NOTIFIER_RUNTIME = "nodejs22.x";

    private final Refs refs;
    private final Roles roles;

    Buckets(Refs refs, Roles roles) {
        this.refs = refs;
        this.roles = roles;
    }

    List<Resource> resources(List<Demand> demands) {
        List<Resource> resources = new ArrayList<>();
        List<BucketModel> notifiedExisting = new ArrayList<>();
        for (BucketModel bucket : refs.pipeline().buckets()) {
            List<Demand.BucketNotification> notifications = notifications(bucket, demands);
            // S3 checks that it may invoke each function when the notification is configured.
            List<String> permissions = notifications.stream()
                    .map(notification -> Names.s3PermissionId(notification.function())).toList();
            if (bucket.created()) {
                List<BucketResource.Notification> entries = new ArrayList<>();
                for (Demand.BucketNotification notification : notifications) {
                    for (String event : notification.events()) {
                        entries.add(new BucketResource.Notification(event, notification.target(),
                                notification.prefix(), notification.suffix()));
                    }
                }
                resources.add(new BucketResource(Names.bucketId(bucket.name()), refs.bucketName(bucket), entries,
                        permissions));
            } else if (!notifications.isEmpty()) {
                resources.add(new ExistingBucketNotifications(Names.bucketNotificationsId(bucket.name()),
                        refs.getAtt(Names.NOTIFIER_FUNCTION_ID), bucket.existing(),
                        notifications.stream().map(notification -> new ExistingBucketNotifications.Configuration(
                                // The Lambda function's name: unique in the account and region, so stacks never
                                // collide.
                                Names.physical(notification.function()), notification.target(),
                                notification.events(), notification.prefix(), notification.suffix())).toList(),
                        permissions));
                notifiedExisting.add(bucket);
            }
            for (Demand.BucketNotification notification : notifications) {
                // For notifications from this bucket of this account only.
                resources.add(new Permission(Names.s3PermissionId(notification.function()), notification.target(),
                        "s3.amazonaws.com", true, refs.bucketArn(bucket)));
            }
        }
        if (!notifiedExisting.isEmpty()) {
            resources.addAll(notifier(notifiedExisting));
        }
        return resources;
    }

    private static List<Demand.BucketNotification> notifications(BucketModel bucket, List<Demand> demands) {
        List<Demand.BucketNotification> notifications = new ArrayList<>();
        for (Demand demand : demands) {
            if (demand instanceof Demand.BucketNotification notification
                    && notification.bucket().equals(bucket.name())) {
                notifications.add(notification);
            }
        }
        return notifications;
    }

    /** The custom resource's log group, function and role. */
    private List<Resource> notifier(List<BucketModel> buckets) {
        String name = Names.physical(Names.NOTIFIER);
        int retention = refs.pipeline().logRetentionDays();
        // It logs only deploys: the pipeline's retention when it sets one, else a month rather than forever.
        LogGroup logGroup = new LogGroup(Names.NOTIFIER_LOG_GROUP_ID, "/aws/lambda/" + name,
                retention > 0 ? retention : 30);
        InlineFunction function = new InlineFunction(Names.NOTIFIER_FUNCTION_ID,
                // Created first, so that the function never needs logs:CreateLogGroup.
                List.of(Names.NOTIFIER_LOG_GROUP_ID), name,
                "Sets S3 notifications on existing buckets; generated by Sluice", NOTIFIER_RUNTIME, "index.handler",
                128, 60, refs.getAtt(Names.NOTIFIER_ROLE_ID), Templates.text("custom-resources/s3-notifications.js"));
        List<Statement> statements = roles.logStatements(name);
        statements.add(new Statement("BucketNotifications", Permissions.BUCKET_NOTIFICATIONS,
                buckets.stream().map(refs::bucketArn).toList()));
        return List.of(logGroup, function, roles.role(Names.NOTIFIER_ROLE_ID, Names.NOTIFIER,
                "Role of the S3 notification custom resource only; generated by Sluice", statements));
    }
}

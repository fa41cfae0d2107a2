package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Least-privilege checks on a packaged CloudFormation template, written independently of the processor: an
 * oracle that reads only the template. Each function must have its own role, and each statement of that role
 * must be explained by the function's own log group, its event source mapping, or a resource whose name the
 * function receives in a {@code SLUICE_*} environment variable — a table, a bucket, a queue's URL, a topic's ARN, an
 * event bus —
 * (or be an explicit {@code @IamStatement}).
 */
final class TemplateChecks {

    private static final Set<String> LOG_ACTIONS = Set.of("logs:CreateLogStream", "logs:PutLogEvents");
    private static final Set<String> SQS_POLL = Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage",
            "sqs:GetQueueAttributes");
    private static final Set<String> TABLE_ACTIONS = Set.of("dynamodb:BatchGetItem", "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem", "dynamodb:DeleteItem", "dynamodb:DescribeTable", "dynamodb:GetItem",
            "dynamodb:PutItem", "dynamodb:Query", "dynamodb:Scan", "dynamodb:UpdateItem");
    private static final Set<String> BUCKET_ACTIONS = Set.of("s3:GetObject", "s3:PutObject",
            "s3:AbortMultipartUpload", "s3:DeleteObject", "s3:ListBucket");
    private static final Set<String> BUCKET_NOTIFICATIONS = Set.of("s3:GetBucketNotification",
            "s3:PutBucketNotification");
    private static final Set<String> QUEUE_SEND = Set.of("sqs:SendMessage");
    private static final Set<String> TOPIC_PUBLISH = Set.of("sns:Publish");
    private static final Set<String> EVENTS_PUT = Set.of("events:PutEvents");
    private static final Set<String> KINESIS_PUT = Set.of("kinesis:PutRecord", "kinesis:PutRecords");
    private static final Set<String> KINESIS_POLL = Set.of("kinesis:DescribeStream", "kinesis:DescribeStreamSummary",
            "kinesis:GetRecords", "kinesis:GetShardIterator", "kinesis:ListShards");
    private static final Set<String> KINESIS_CONSUMER = Set.of("kinesis:SubscribeToShard");
    private static final Set<String> STREAM_POLL = Set.of("dynamodb:DescribeStream", "dynamodb:GetRecords",
            "dynamodb:GetShardIterator", "dynamodb:ListStreams");

    /** Wildcards AWS leaves no way around, and nothing else: log streams, table indexes, object keys. */
    private static final List<Pattern> ALLOWED_WILDCARDS = List.of(
            Pattern.compile(".*:log-group:/aws/lambda/[^*]+:\\*"),
            Pattern.compile(".*:log-group:/aws/lambda/[^*]+:log-stream:\\*"),
            Pattern.compile("[^*]*/index/\\*"),
            // Objects under a key prefix, optionally narrowed by the trigger's suffix (bucket/<prefix>*<suffix>).
            Pattern.compile("[^*]*:s3:::[^*/]+/[^*]*\\*[^*]*"));

    private final JsonNode resources;

    TemplateChecks(JsonNode template) {
        this.resources = template.get("Resources");
    }

    List<String> ofType(String type) {
        List<String> ids = new ArrayList<>();
        resources.fields().forEachRemaining(e -> {
            if (e.getValue().path("Type").asText().equals(type)) {
                ids.add(e.getKey());
            }
        });
        return ids;
    }

    JsonNode resource(String id) {
        return resources.get(id);
    }

    void hasNoSharedDefaultRole() {
        assertWithMessage("the framework's shared role").that(resources.has("IamRoleLambdaExecution")).isFalse();
    }

    /** Each function names a role of its own, and there are no other roles. */
    void oneRolePerFunction() {
        List<String> functions = ofType("AWS::Lambda::Function");
        Set<String> roles = new HashSet<>();
        for (String function : functions) {
            String role = roleOf(function);
            assertWithMessage("role of %s", function).that(resource(role).path("Type").asText())
                    .isEqualTo("AWS::IAM::Role");
            assertWithMessage("role %s shared", role).that(roles.add(role)).isTrue();
        }
        assertWithMessage("roles").that(new HashSet<>(ofType("AWS::IAM::Role"))).isEqualTo(roles);
    }

    /** No '*' in any action; '*' in a resource only where {@link #ALLOWED_WILDCARDS} says AWS requires it. */
    void noWildcards() {
        for (String role : ofType("AWS::IAM::Role")) {
            for (JsonNode statement : statements(role)) {
                for (String action : texts(statement.get("Action"))) {
                    assertWithMessage("action in %s", role).that(action).doesNotContain("*");
                }
                for (JsonNode resource : list(statement.get("Resource"))) {
                    String text = flatten(resource);
                    if (text.contains("*")) {
                        assertWithMessage("wildcard resource %s in %s", text, role)
                                .that(ALLOWED_WILDCARDS.stream().anyMatch(p -> p.matcher(text).matches())).isTrue();
                    }
                }
            }
        }
    }

    /**
     * Queue policies grant exactly what delivery needs, and delivery never lacks one: each statement lets one
     * service send to its own queue on behalf of one source (a topic subscribed to the queue or using it as a
     * dead-letter queue, or an event rule using it as a dead-letter queue); each such source has its statement.
     */
    void queuePoliciesAllowExactlyTheirSenders() {
        Set<String> needed = new HashSet<>();
        for (String id : ofType("AWS::SNS::Subscription")) {
            JsonNode properties = resource(id).get("Properties");
            String topic = flatten(properties.get("TopicArn"));
            if (properties.path("Protocol").asText().equals("sqs")) {
                needed.add("sns.amazonaws.com " + topic + " -> " + flatten(properties.get("Endpoint")));
            }
            JsonNode deadLetter = properties.path("RedrivePolicy").path("deadLetterTargetArn");
            if (!deadLetter.isMissingNode()) {
                needed.add("sns.amazonaws.com " + topic + " -> " + flatten(deadLetter));
            }
        }
        for (String id : ofType("AWS::Events::Rule")) {
            for (JsonNode target : resource(id).get("Properties").path("Targets")) {
                JsonNode deadLetter = target.path("DeadLetterConfig").path("Arn");
                if (!deadLetter.isMissingNode()) {
                    needed.add("events.amazonaws.com {\"Fn::GetAtt\":[\"" + id + "\",\"Arn\"]} -> "
                            + flatten(deadLetter));
                }
            }
        }
        Set<String> granted = new HashSet<>();
        Set<String> policedQueues = new HashSet<>();
        for (String id : ofType("AWS::SQS::QueuePolicy")) {
            JsonNode properties = resource(id).get("Properties");
            List<JsonNode> queues = list(properties.get("Queues"));
            assertWithMessage("queues of %s", id).that(queues).hasSize(1);
            String queue = queues.get(0).path("Ref").asText();
            assertWithMessage("%s names a queue of the stack", id).that(policedQueues.add(queue)).isTrue();
            String queueArn = "{\"Fn::GetAtt\":[\"" + queue + "\",\"Arn\"]}";
            for (JsonNode statement : properties.get("PolicyDocument").get("Statement")) {
                assertWithMessage("effect in %s", id).that(statement.path("Effect").asText()).isEqualTo("Allow");
                assertWithMessage("action in %s", id).that(texts(statement.get("Action")))
                        .containsExactly("sqs:SendMessage");
                assertWithMessage("resource in %s", id).that(flatten(statement.get("Resource"))).isEqualTo(queueArn);
                String service = statement.path("Principal").path("Service").asText();
                JsonNode source = statement.path("Condition").path("ArnEquals").path("aws:SourceArn");
                assertWithMessage("source condition in %s", id).that(source.isMissingNode()).isFalse();
                granted.add(service + " " + flatten(source) + " -> " + queueArn);
            }
        }
        assertWithMessage("queue policy statements").that(granted).isEqualTo(needed);
    }

    /** Whether {@code target} names the function with logical id {@code function}, or its SnapStart alias. */
    static boolean invokes(JsonNode target, String function) {
        String text = flatten(target);
        String alias = function.substring(0, function.length() - "LambdaFunction".length()) + "SnapStartLambdaAlias";
        return text.contains("\"" + function + "\"") || text.contains("\"" + alias + "\"");
    }

    /** Every statement of every role is explained by its function's logs, trigger or declared resources. */
    void rolesHoldOnlyWhatTheirFunctionDeclared() {
        for (String function : ofType("AWS::Lambda::Function")) {
            JsonNode properties = resource(function).get("Properties");
            String name = properties.get("FunctionName").asText();
            Set<String> triggers = new HashSet<>();
            Set<String> destinations = new HashSet<>();
            for (String mapping : ofType("AWS::Lambda::EventSourceMapping")) {
                JsonNode esm = resource(mapping).get("Properties");
                if (invokes(esm.get("FunctionName"), function)) {
                    triggers.add(flatten(esm.get("EventSourceArn")));
                    // An enhanced fan-out consumer is read through; its stream is what Lambda describes.
                    String consumer = esm.get("EventSourceArn").path("Fn::GetAtt").path(0).asText();
                    if (resources.has(consumer)
                            && resource(consumer).path("Type").asText().equals("AWS::Kinesis::StreamConsumer")) {
                        triggers.add(flatten(resource(consumer).get("Properties").get("StreamARN")));
                    }
                    JsonNode destination = esm.path("DestinationConfig").path("OnFailure").path("Destination");
                    if (!destination.isMissingNode()) {
                        destinations.add(flatten(destination));
                    }
                }
            }
            // Where Lambda sends failed asynchronous events: it does so with the function's role.
            for (String config : ofType("AWS::Lambda::EventInvokeConfig")) {
                JsonNode invoke = resource(config).get("Properties");
                if (invokes(invoke.get("FunctionName"), function)) {
                    JsonNode destination = invoke.path("DestinationConfig").path("OnFailure").path("Destination");
                    if (!destination.isMissingNode()) {
                        destinations.add(flatten(destination));
                    }
                }
            }
            // Buckets that notify this function: a function that takes the content may read what triggers it.
            Set<String> notifying = new HashSet<>();
            for (String bucket : ofType("AWS::S3::Bucket")) {
                JsonNode notifications = resource(bucket).path("Properties").path("NotificationConfiguration")
                        .path("LambdaConfigurations");
                for (JsonNode notification : notifications) {
                    if (invokes(notification.get("Function"), function)) {
                        notifying.add(flatten(resource(bucket).get("Properties").get("BucketName")));
                    }
                }
            }
            // Existing buckets: the custom resource that sets their notifications names the function...
            Set<String> notifiedBy = new HashSet<>();
            for (String custom : ofType("Custom::SluiceS3Notifications")) {
                JsonNode notifications = resource(custom).get("Properties");
                for (JsonNode configuration : notifications.path("Configurations")) {
                    if (invokes(configuration.get("FunctionArn"), function)) {
                        notifying.add(notifications.get("Bucket").asText());
                    }
                }
                // ...and is served by a function that may change exactly those buckets' notifications.
                if (flatten(notifications.get("ServiceToken")).contains("\"" + function + "\"")) {
                    notifiedBy.add(notifications.get("Bucket").asText());
                }
            }
            List<String> declared = new ArrayList<>();
            properties.path("Environment").path("Variables").fields().forEachRemaining(variable -> {
                if (variable.getKey().startsWith("SLUICE_")) {
                    declared.add(variable.getKey() + "=" + flatten(variable.getValue()));
                }
            });
            for (JsonNode statement : statements(roleOf(function))) {
                List<String> actions = texts(statement.get("Action"));
                for (JsonNode resourceNode : list(statement.get("Resource"))) {
                    String resource = flatten(resourceNode);
                    assertWithMessage("statement %s of %s on %s is not explained by its logs, trigger %s or "
                                    + "declared resources %s", statement.path("Sid").asText(), name, resource,
                            triggers, declared)
                            .that(explained(name, triggers, destinations, notifying, notifiedBy, declared, actions,
                                    resource, statement.path("Sid").asText()))
                            .isTrue();
                }
            }
        }
    }

    private boolean explained(String functionName, Set<String> triggers, Set<String> destinations,
            Set<String> notifying, Set<String> notifiedBy, List<String> declared, List<String> actions,
            String resource, String sid) {
        for (String bucket : notifiedBy) {
            if (resource.endsWith(":s3:::" + bucket)) {
                return BUCKET_NOTIFICATIONS.containsAll(actions);
            }
        }
        for (String bucket : notifying) {
            if (resource.contains(":s3:::" + bucket + "/") && actions.equals(List.of("s3:GetObject"))) {
                return true;
            }
        }
        if (resource.contains(":log-group:/aws/lambda/" + functionName + ":")) {
            return LOG_ACTIONS.containsAll(actions);
        }
        if (triggers.contains(resource)) {
            String prefix = "{\"Fn::GetAtt\":[\"";
            String type = resource.startsWith(prefix) ? resource(resource.substring(prefix.length(),
                    resource.indexOf('"', prefix.length()))).path("Type").asText() : resource;
            Set<String> polling = type.equals("AWS::Kinesis::StreamConsumer") ? KINESIS_CONSUMER
                    : type.equals("AWS::Kinesis::Stream") || type.contains(":kinesis:") ? KINESIS_POLL
                    : resource.contains("StreamArn") || resource.contains(":dynamodb:") ? STREAM_POLL
                    : SQS_POLL;
            if (polling.containsAll(actions)) {
                return true;
            }
            // A function may also write to what triggers it (a stream it puts records on): the grants below.
        }
        if (destinations.contains(resource)) {
            return QUEUE_SEND.containsAll(actions);
        }
        for (String variable : declared) {
            String value = variable.substring(variable.indexOf('=') + 1);
            if (variable.startsWith("SLUICE_TOPIC_ARN_")) {
                // The variable holds the ARN itself (a created topic's Ref is its ARN): exactly that resource.
                if (resource.equals(value)) {
                    return TOPIC_PUBLISH.containsAll(actions);
                }
                continue;
            }
            if (variable.startsWith("SLUICE_KINESIS_STREAM_ARN_")) {
                // The variable holds the ARN itself (a created stream's Arn attribute): exactly that resource.
                if (resource.equals(value)) {
                    return KINESIS_PUT.containsAll(actions);
                }
                continue;
            }
            if (variable.startsWith("SLUICE_EVENT_BUS_")) {
                // The variable holds "default", a created bus's name (its Ref) or an existing bus's ARN.
                boolean bus = value.equals("default") ? resource.endsWith(":event-bus/default")
                        : value.startsWith("{\"Ref\":\"")
                                ? resource.equals("{\"Fn::GetAtt\":[\"" + value.substring(8, value.length() - 2)
                                        + "\",\"Arn\"]}")
                                : resource.equals(value);
                if (bus) {
                    return EVENTS_PUT.containsAll(actions);
                }
                continue;
            }
            String logicalId = value.startsWith("{\"Ref\":\"") ? value.substring(8, value.length() - 2) : null;
            boolean same = logicalId != null
                    ? resource.contains("\"" + logicalId + "\",\"Arn\"")
                    : resource.contains(":table/" + value) || resource.contains(":s3:::" + value)
                            || (value.startsWith("https://sqs.") && resource.endsWith(":" + value.substring(
                                    value.lastIndexOf('/') + 1)));
            if (!same) {
                continue;
            }
            if (variable.startsWith("SLUICE_TABLE_")) {
                return TABLE_ACTIONS.containsAll(actions);
            }
            if (variable.startsWith("SLUICE_BUCKET_")) {
                return BUCKET_ACTIONS.containsAll(actions);
            }
            if (variable.startsWith("SLUICE_QUEUE_URL_")) {
                return QUEUE_SEND.containsAll(actions);
            }

        }
        // The escape hatch: written by the user, wildcard-free (checked above), nothing else to explain it.
        return sid.startsWith("IamStatement");
    }

    String roleOf(String function) {
        JsonNode role = resource(function).get("Properties").get("Role");
        assertWithMessage("Role of %s is a GetAtt of a role in the template", function)
                .that(role.has("Fn::GetAtt")).isTrue();
        return role.get("Fn::GetAtt").get(0).asText();
    }

    List<JsonNode> statements(String role) {
        List<JsonNode> statements = new ArrayList<>();
        for (JsonNode policy : resource(role).get("Properties").path("Policies")) {
            policy.get("PolicyDocument").get("Statement").forEach(statements::add);
        }
        return statements;
    }

    static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    static List<String> texts(JsonNode node) {
        return list(node).stream().map(JsonNode::asText).toList();
    }

    /** A resource as one comparable string: text as is, intrinsics as compact JSON ({@code Fn::Join} resolved). */
    static String flatten(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.has("Fn::Sub")) {
            // [template, variables] (bucket names): the template, with ${StackSuffix} standing for the stack's id.
            JsonNode sub = node.get("Fn::Sub");
            return sub.isArray() ? sub.get(0).asText() : sub.asText();
        }
        if (node.has("Fn::Join") && node.get("Fn::Join").get(0).asText().isEmpty()) {
            StringBuilder out = new StringBuilder();
            node.get("Fn::Join").get(1).forEach(part -> out.append(flatten(part)));
            return out.toString();
        }
        return node.toString();
    }
}

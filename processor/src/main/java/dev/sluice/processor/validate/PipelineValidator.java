package dev.sluice.processor.validate;

import static dev.sluice.processor.parse.Annotations.at;
import static dev.sluice.processor.parse.Annotations.attribute;

import dev.sluice.annotations.Bucket;
import dev.sluice.annotations.EventBus;
import dev.sluice.annotations.JwtAuthorizer;
import dev.sluice.annotations.KinesisStream;
import dev.sluice.annotations.OnSns;
import dev.sluice.annotations.Pipeline;
import dev.sluice.annotations.Queue;
import dev.sluice.annotations.Table;
import dev.sluice.annotations.Topic;
import dev.sluice.processor.descriptor.Names;
import dev.sluice.processor.diag.Message;
import dev.sluice.processor.diag.Report;
import dev.sluice.processor.model.EventBusModel;
import dev.sluice.processor.parse.Annotations;
import dev.sluice.processor.validate.pipeline.Diagnostics;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/** Checks one {@code @Pipeline} declaration on its own: names, defaults and the resources it declares. */
public final class PipelineValidator {

    private static final Pattern SERVICE = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,63}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    /** The framework's stage pattern ({@code ^[a-zA-Z0-9-]+$}); the length is checked on its own. */
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9-]+");
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,200}");
    private static final Pattern TABLE_ARN =
            Pattern.compile("arn:aws(-[a-z]+)*:dynamodb:[a-z]{2}(-[a-z]+)+-\\d:\\d{12}:table/[A-Za-z0-9_.-]{3,255}");
    static final Pattern QUEUE_ARN =
            Pattern.compile("arn:aws(-[a-z]+)*:sqs:[a-z]{2}(-[a-z]+)+-\\d:\\d{12}:(?<name>.+)");
    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern EXISTING_BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    /** S3 refuses bucket names formatted as IP addresses. */
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** DynamoDB's index names: 3 to 255 of these characters. */
    private static final Pattern INDEX_NAME = Pattern.compile("[A-Za-z0-9_.-]{3,255}");
    /** DynamoDB's limit on the name of a key attribute, in UTF-8 bytes. */
    private static final int MAX_KEY_NAME_BYTES = 255;
    /** Global secondary indexes per table (DynamoDB's default quota). */
    private static final int MAX_INDEXES = 20;
    static final List<String> STREAM_VIEW_TYPES = List.of("KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES");
    /** The retention periods CloudWatch Logs accepts, in days. */
    static final List<Integer> LOG_RETENTIONS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    public void validate(TypeElement type, Report report) {
        Pipeline pipeline = type.getAnnotation(Pipeline.class);
        AnnotationMirror mirror = Annotations.mirror(type, Pipeline.class).orElseThrow();
        if (!SERVICE.matcher(pipeline.service()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "service"), Message.PIPELINE_SERVICE,
                    pipeline.service());
        }
        if (!REGION.matcher(pipeline.region()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "region"), Message.PIPELINE_REGION,
                    pipeline.region());
        }
        if (!STAGE.matcher(pipeline.stage()).matches()) {
            report.error(type, mirror, Annotations.written(mirror, "stage"), Message.PIPELINE_STAGE,
                    pipeline.stage());
        } else if (pipeline.stage().length() > Names.STAGE_BUDGET) {
            report.error(type, mirror, Annotations.written(mirror, "stage"), Message.PIPELINE_STAGE_LENGTH,
                    pipeline.stage(), pipeline.stage().length(), Names.STAGE_BUDGET);
        }
        FunctionValidator.checkMemory(type, mirror, "memoryMb", pipeline.memoryMb(), report);
        FunctionValidator.checkTimeout(type, mirror, "timeoutSeconds", pipeline.timeoutSeconds(), report);
        if (pipeline.logRetentionDays() != 0 && !LOG_RETENTIONS.contains(pipeline.logRetentionDays())) {
            report.error(type, mirror, Annotations.written(mirror, "logRetentionDays"), Message.LOG_RETENTION,
                    pipeline.logRetentionDays(), LOG_RETENTIONS);
        }
        validateQueues(type, mirror, pipeline.queues(), pipeline.topics(), report);
        validateTables(type, mirror, pipeline.tables(), report);
        validateBuckets(type, mirror, pipeline.buckets(), report);
        validateTopics(type, mirror, pipeline.topics(), report);
        validateEventBuses(type, mirror, pipeline.eventBuses(), report);
        validateKinesisStreams(type, mirror, pipeline.kinesisStreams(), report);
        validateJwtAuthorizers(type, mirror, pipeline.jwtAuthorizers(), report);
    }

    private static final Pattern AUTHORIZER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final Pattern ISSUER = Pattern.compile("https://[A-Za-z0-9.-]+(:\\d+)?(/[^\\s]*)?");
    private static final Pattern IDENTITY_SOURCE = Pattern.compile(
            "\\$request\\.(header|querystring)\\.[A-Za-z0-9_-]+");

    private static void validateJwtAuthorizers(TypeElement type, AnnotationMirror mirror, JwtAuthorizer[] jwts,
            Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "jwtAuthorizers");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < jwts.length; i++) {
            JwtAuthorizer jwt = jwts[i];
            AnnotationValue at = at(values, i);
            String problem = !AUTHORIZER_NAME.matcher(jwt.name()).matches()
                    ? "name \"" + jwt.name() + "\" is not 1 to 64 letters and digits starting with a letter"
                    : !names.add(jwt.name()) ? "name \"" + jwt.name() + "\" is declared twice"
                    : !ISSUER.matcher(jwt.issuerUrl()).matches()
                            ? "issuerUrl \"" + jwt.issuerUrl() + "\" is not an https URL"
                    : jwt.audiences().length == 0 ? "it names no audience, so no token would be accepted"
                    : !IDENTITY_SOURCE.matcher(jwt.identitySource()).matches()
                            ? "identitySource \"" + jwt.identitySource() + "\" is not $request.header.<name> or "
                                    + "$request.querystring.<name>"
                    : null;
            if (problem != null) {
                report.error(type, mirror, at, Message.JWT_AUTHORIZER, jwt.name(), problem);
            }
        }
    }

    private static void validateQueues(TypeElement type, AnnotationMirror mirror, Queue[] queues, Topic[] topics,
            Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "queues");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < queues.length; i++) {
            Queue queue = queues[i];
            AnnotationValue at = at(values, i);
            String name = queue.name();
            if (!SqsTriggerReader.QUEUE_NAME.matcher(name).matches()) {
                report.error(type, mirror, attribute(at, "name"), Message.QUEUE_NAME, name);
                continue;
            }
            if (!names.add(name)) {
                report.error(type, mirror, at, Message.QUEUE_DUPLICATE, name, name);
            }
            int visibility = queue.visibilityTimeoutSeconds();
            if (visibility != -1 && (visibility < 0 || visibility > 43_200)) {
                report.error(type, mirror, attribute(at, "visibilityTimeoutSeconds"), Message.QUEUE_VISIBILITY_RANGE,
                        visibility, name);
            }
            if (queue.maxReceiveCount() < 0 || queue.maxReceiveCount() > 1000) {
                report.error(type, mirror, attribute(at, "maxReceiveCount"), Message.QUEUE_MAX_RECEIVE,
                        queue.maxReceiveCount(), name);
            }
            if (!queue.arn().isEmpty()) {
                Matcher arn = QUEUE_ARN.matcher(queue.arn());
                if (!arn.matches() || !arn.group("name").equals(name)) {
                    report.error(type, mirror, attribute(at, "arn"), Message.QUEUE_ARN, queue.arn(), name, name);
                }
            }
            validateSubscriptions(type, mirror, queue, at, topics, report);
        }
    }

    /** A queue's subscriptions: each to a declared topic of its kind, once, with a valid filter policy. */
    private static void validateSubscriptions(TypeElement type, AnnotationMirror mirror, Queue queue,
            AnnotationValue queueAt, Topic[] topics, Report report) {
        Queue.Subscription[] subscriptions = queue.subscribesTo();
        AnnotationMirror written = Annotations.nested(queueAt);
        List<AnnotationValue> values = written == null ? List.of() : Annotations.elements(written, "subscribesTo");
        List<String> declared = Arrays.stream(topics).map(Topic::name).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < subscriptions.length; i++) {
            Queue.Subscription subscription = subscriptions[i];
            AnnotationValue at = values.isEmpty() ? attribute(queueAt, "subscribesTo") : at(values, i);
            String name = subscription.topic();
            Optional<Topic> topic = Arrays.stream(topics).filter(t -> t.name().equals(name)).findFirst();
            if (topic.isEmpty()) {
                report.error(type, mirror, attribute(at, "topic"), Message.QUEUE_SUBSCRIPTION_TOPIC, queue.name(),
                        name, Diagnostics.listed(declared), Diagnostics.didYouMean(name, declared), name);
            } else if (topic.get().name().endsWith(".fifo") != queue.name().endsWith(".fifo")) {
                report.error(type, mirror, attribute(at, "topic"), Message.QUEUE_SUBSCRIPTION_KIND, queue.name(), name,
                        queue.name().endsWith(".fifo") ? "the queue is FIFO and the topic standard"
                                : "the topic is FIFO and the queue standard");
            } else if (!seen.add(name)) {
                report.error(type, mirror, attribute(at, "topic"), Message.QUEUE_SUBSCRIPTION_DUPLICATE, queue.name(),
                        name);
            }
            if (!queue.arn().isEmpty()) {
                report.error(type, mirror, at, Message.QUEUE_SUBSCRIPTION_EXISTING, queue.name(), name);
            }
            String policy = subscription.filterPolicy().strip();
            if (policy.isEmpty()) {
                if (subscription.filterPolicyScope() == OnSns.FilterPolicyScope.MESSAGE_BODY) {
                    report.error(type, mirror, attribute(at, "filterPolicyScope"), Message.SNS_FILTER_POLICY_BODY);
                }
                continue;
            }
            Optional<FilterPolicies.Problem> problem = FilterPolicies.problem(policy, subscription.filterPolicyScope());
            if (problem.isPresent()) {
                report.error(type, mirror, attribute(at, "filterPolicy"), problem.get().limit()
                        ? Message.SNS_FILTER_POLICY_LIMIT : Message.SNS_FILTER_POLICY, problem.get().text());
            }
        }
    }

    private static void validateTopics(TypeElement type, AnnotationMirror mirror, Topic[] topics, Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "topics");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < topics.length; i++) {
            Topic topic = topics[i];
            AnnotationValue at = at(values, i);
            String name = topic.name();
            if (!SnsTriggerReader.TOPIC_NAME.matcher(name).matches()) {
                report.error(type, mirror, attribute(at, "name"), Message.TOPIC_NAME, name);
                continue;
            }
            if (!names.add(name)) {
                report.error(type, mirror, at, Message.TOPIC_DUPLICATE, name, name);
            }
            if (!topic.arn().isEmpty()) {
                Matcher arn = SnsTriggerReader.TOPIC_ARN.matcher(topic.arn());
                if (!arn.matches() || !arn.group("name").equals(name)) {
                    report.error(type, mirror, attribute(at, "arn"), Message.TOPIC_ARN, topic.arn(), name, name);
                }
            }
        }
    }

    private static void validateEventBuses(TypeElement type, AnnotationMirror mirror, EventBus[] buses,
            Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "eventBuses");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < buses.length; i++) {
            EventBus bus = buses[i];
            AnnotationValue at = at(values, i);
            String name = bus.name();
            if (!EventTriggerReader.BUS_NAME.matcher(name).matches() || name.equals(EventBusModel.DEFAULT)) {
                report.error(type, mirror, attribute(at, "name"), Message.EVENT_BUS_NAME, name);
                continue;
            }
            if (!names.add(name)) {
                report.error(type, mirror, at, Message.EVENT_BUS_DUPLICATE, name, name);
            }
            if (!bus.arn().isEmpty()) {
                Matcher arn = EventTriggerReader.BUS_ARN.matcher(bus.arn());
                if (!arn.matches() || !arn.group("name").equals(name)) {
                    report.error(type, mirror, attribute(at, "arn"), Message.EVENT_BUS_ARN, bus.arn(), name, name);
                }
            }
        }
    }

    private static void validateKinesisStreams(TypeElement type, AnnotationMirror mirror, KinesisStream[] streams,
            Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "kinesisStreams");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < streams.length; i++) {
            KinesisStream stream = streams[i];
            AnnotationValue at = at(values, i);
            String name = stream.name();
            if (!KinesisTriggerReader.STREAM_NAME.matcher(name).matches()) {
                report.error(type, mirror, attribute(at, "name"), Message.KINESIS_STREAM_NAME, name);
                continue;
            }
            if (!names.add(name)) {
                report.error(type, mirror, at, Message.KINESIS_STREAM_DUPLICATE, name, name);
            }
            if (stream.shards() < 0) {
                report.error(type, mirror, attribute(at, "shards"), Message.KINESIS_STREAM_CAPACITY, "shards",
                        stream.shards(), name, "use 1 or more provisioned shards, or 0 for on-demand capacity");
            }
            if (stream.retentionHours() < 24 || stream.retentionHours() > 8760) {
                report.error(type, mirror, attribute(at, "retentionHours"), Message.KINESIS_STREAM_CAPACITY,
                        "retentionHours", stream.retentionHours(), name, "Kinesis keeps records 24 to 8760 hours");
            }
            if (!stream.arn().isEmpty()) {
                Matcher arn = KinesisTriggerReader.STREAM_ARN.matcher(stream.arn());
                if (!arn.matches() || !arn.group("name").equals(name)) {
                    report.error(type, mirror, attribute(at, "arn"), Message.KINESIS_STREAM_DECLARED_ARN, stream.arn(),
                            name, name);
                }
            }
        }
    }

    private static void validateTables(TypeElement type, AnnotationMirror mirror, Table[] tables, Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "tables");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tables.length; i++) {
            Table table = tables[i];
            AnnotationValue at = at(values, i);
            if (!TABLE_NAME.matcher(table.name()).matches()) {
                report.error(type, mirror, attribute(at, "name"), Message.TABLE_NAME, table.name());
                continue;
            }
            if (!names.add(table.name())) {
                report.error(type, mirror, at, Message.TABLE_DUPLICATE, table.name(), table.name());
            }
            if (!table.arn().isEmpty()) {
                if (!TABLE_ARN.matcher(table.arn()).matches()) {
                    report.error(type, mirror, attribute(at, "arn"), Message.TABLE_ARN, table.arn(), table.name());
                }
                if (!table.streamViewType().isEmpty() && !STREAM_VIEW_TYPES.contains(table.streamViewType())) {
                    report.error(type, mirror, attribute(at, "streamViewType"), Message.TABLE_STREAM_VIEW_TYPE_VALUE,
                            table.streamViewType(), table.name(), STREAM_VIEW_TYPES);
                }
                continue;
            }
            if (!table.streamViewType().isEmpty() && !STREAM_VIEW_TYPES.contains(table.streamViewType())) {
                report.error(type, mirror, attribute(at, "streamViewType"), Message.TABLE_STREAM_VIEW_TYPE_VALUE,
                        table.streamViewType(), table.name(), STREAM_VIEW_TYPES);
            }
            if (table.partitionKey().isEmpty()) {
                report.error(type, mirror, at, Message.TABLE_KEY_MISSING, table.name());
            } else {
                validateKeys(type, mirror, at, table, report);
            }
            boolean provisioned = table.billing() == Table.Billing.PROVISIONED;
            boolean capacities = table.readCapacity() > 0 && table.writeCapacity() > 0;
            boolean none = table.readCapacity() == 0 && table.writeCapacity() == 0;
            if (provisioned ? !capacities : !none) {
                report.error(type, mirror, attribute(at, provisioned ? "billing" : "readCapacity"),
                        Message.TABLE_CAPACITY, table.name(), table.billing(), table.readCapacity(),
                        table.writeCapacity());
            }
        }
    }

    /** What DynamoDB refuses at deploy time in a created table's keys and indexes. */
    private static void validateKeys(TypeElement type, AnnotationMirror mirror, AnnotationValue at, Table table,
            Report report) {
        for (String attribute : new String[] {"partitionKey", "sortKey"}) {
            String name = attribute.equals("partitionKey") ? table.partitionKey() : table.sortKey();
            if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_KEY_NAME_BYTES) {
                report.error(type, mirror, attribute(at, attribute), Message.TABLE_KEY_NAME_LENGTH, table.name(),
                        attribute, name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, MAX_KEY_NAME_BYTES);
            }
        }
        if (table.partitionKey().equals(table.sortKey())) {
            report.error(type, mirror, attribute(at, "sortKey"), Message.TABLE_KEY_SAME, table.name(),
                    table.partitionKey());
        }
        // One attribute definition per name: an attribute used by several keys must have one type.
        Map<String, Table.AttributeType> types = new HashMap<>();
        types.put(table.partitionKey(), table.partitionKeyType());
        if (!table.sortKey().isEmpty()) {
            types.putIfAbsent(table.sortKey(), table.sortKeyType());
        }
        List<AnnotationValue> indexValues = Annotations.elements(Annotations.nested(at), "indexes");
        Set<String> indexNames = new HashSet<>();
        if (table.indexes().length > MAX_INDEXES) {
            report.error(type, mirror, attribute(at, "indexes"), Message.TABLE_INDEX_COUNT, table.name(),
                    table.indexes().length, MAX_INDEXES);
        }
        for (int j = 0; j < table.indexes().length; j++) {
            Table.Index index = table.indexes()[j];
            AnnotationValue indexAt = at(indexValues, j);
            if (!INDEX_NAME.matcher(index.name()).matches()) {
                report.error(type, mirror, attribute(indexAt, "name"), Message.TABLE_INDEX_NAME, index.name(),
                        table.name());
            } else if (!indexNames.add(index.name())) {
                report.error(type, mirror, attribute(indexAt, "name"), Message.TABLE_INDEX_DUPLICATE, index.name(),
                        table.name());
            }
            if (index.partitionKey().equals(index.sortKey())) {
                report.error(type, mirror, attribute(indexAt, "sortKey"), Message.TABLE_KEY_SAME,
                        table.name() + " index " + index.name(), index.partitionKey());
            }
            checkType(type, mirror, attribute(indexAt, "partitionKeyType"), table, types, index.partitionKey(),
                    index.partitionKeyType(), report);
            if (!index.sortKey().isEmpty()) {
                checkType(type, mirror, attribute(indexAt, "sortKeyType"), table, types, index.sortKey(),
                        index.sortKeyType(), report);
            }
        }
    }

    private static void checkType(TypeElement type, AnnotationMirror mirror, AnnotationValue at, Table table,
            Map<String, Table.AttributeType> types, String attribute, Table.AttributeType attributeType,
            Report report) {
        Table.AttributeType earlier = types.putIfAbsent(attribute, attributeType);
        if (earlier != null && earlier != attributeType) {
            report.error(type, mirror, at, Message.TABLE_ATTRIBUTE_TYPE, attribute, table.name(), earlier,
                    attributeType);
        }
    }

    private static void validateBuckets(TypeElement type, AnnotationMirror mirror, Bucket[] buckets, Report report) {
        List<AnnotationValue> values = Annotations.elements(mirror, "buckets");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < buckets.length; i++) {
            Bucket bucket = buckets[i];
            AnnotationValue at = at(values, i);
            if (!BUCKET_NAME.matcher(bucket.name()).matches()) {
                report.error(type, mirror, attribute(at, "name"), Message.BUCKET_NAME, bucket.name());
                continue;
            }
            if (!names.add(bucket.name())) {
                report.error(type, mirror, at, Message.BUCKET_DUPLICATE, bucket.name(), bucket.name());
            }
            if (!bucket.existing().isEmpty() && (!EXISTING_BUCKET.matcher(bucket.existing()).matches()
                    || IP_ADDRESS.matcher(bucket.existing()).matches() || bucket.existing().contains("..")
                    || bucket.existing().startsWith("xn--") || bucket.existing().endsWith("-s3alias"))) {
                report.error(type, mirror, attribute(at, "existing"), Message.BUCKET_EXISTING, bucket.existing());
            }
        }
    }
}

package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * SQS on loopback: an embedded ElasticMQ with the pipeline's queues as the descriptor declares them — FIFO or not,
 * the visibility timeout their consumers need, a dead-letter queue with its redrive policy ({@code maxReceiveCount})
 * — under their local names. Queues the pipeline references by ARN are created too, under local names, so that
 * their consumers and senders work the same.
 */
public final class LocalSqs implements AutoCloseable {

    /** ElasticMQ's account: the one in every local queue URL and ARN. */
    static final String ACCOUNT = "000000000000";

    private final SQSRestServer server;
    private final String endpoint;
    private final SqsClient client;
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Map<String, String> deadLetterUrls = new LinkedHashMap<>();
    private final Map<String, Integer> maxReceiveCounts = new HashMap<>();

    /** Starts the server and creates the queues. */
    public LocalSqs(LocalPipeline pipeline) {
        server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().withAWSRegion(pipeline.region())
                .withAWSAccountId(ACCOUNT).start();
        endpoint = "http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort();
        client = client(endpoint, pipeline.region());
        for (JsonNode queue : pipeline.queues()) {
            String name = queue.path("localName").asText();
            boolean fifo = queue.path("fifo").asBoolean();
            Map<QueueAttributeName, String> attributes = new HashMap<>();
            if (fifo) {
                attributes.put(QueueAttributeName.FIFO_QUEUE, "true");
            }
            int visibility = queue.path("visibilityTimeoutSeconds").asInt(30);
            attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(visibility));
            if (queue.path("deadLetterQueue").isTextual()) {
                Map<QueueAttributeName, String> dlqAttributes = new HashMap<>();
                if (fifo) {
                    dlqAttributes.put(QueueAttributeName.FIFO_QUEUE, "true");
                }
                String dlqName = queue.path("deadLetterQueue").asText();
                String dlqUrl = create(dlqName, dlqAttributes);
                int maxReceiveCount = queue.path("maxReceiveCount").asInt(5);
                attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arn(dlqName)
                        + "\",\"maxReceiveCount\":" + maxReceiveCount + "}");
                deadLetterUrls.put(queue.path("name").asText(), dlqUrl);
                maxReceiveCounts.put(queue.path("name").asText(), maxReceiveCount);
            }
            urls.put(queue.path("name").asText(), create(name, attributes));
        }
    }

    static SqsClient client(String endpoint, String region) {
        return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(URI.create(endpoint))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sluice-local",
                        "sluice-local")))
                .build();
    }

    private String create(String name, Map<QueueAttributeName, String> attributes) {
        client.createQueue(request -> request.queueName(name).attributes(attributes));
        return endpoint + "/" + ACCOUNT + "/" + name;
    }

    String arn(String name) {
        return "arn:aws:sqs:elasticmq:" + ACCOUNT + ":" + name;
    }

    public String endpoint() {
        return endpoint;
    }

    public SqsClient client() {
        return client;
    }

    /** The URL of the queue the pipeline names {@code name}. */
    public String url(String name) {
        String url = urls.get(name);
        if (url == null) {
            throw new IllegalArgumentException("no queue " + name + " in the pipeline; it has " + urls.keySet());
        }
        return url;
    }

    /**
     * The URL of the queue a consumer reads: a declared queue, or one it names only by ARN (created here on first
     * use, under the ARN's name, with a visibility timeout of {@code visibilitySeconds}).
     */
    public synchronized String consumed(String declaredName, String arn, int visibilitySeconds) {
        if (declaredName != null) {
            return url(declaredName);
        }
        return urls.computeIfAbsent(arn, a -> create(a.substring(a.lastIndexOf(':') + 1),
                Map.of(QueueAttributeName.VISIBILITY_TIMEOUT,
                        String.valueOf(visibilitySeconds))));
    }

    /** The pipeline's queues by name, with their URLs (dead-letter queues not included). */
    public Map<String, String> urls() {
        return urls;
    }

    /** The dead-letter queue's URL of the queue {@code name}, if it has one. */
    public String deadLetterUrl(String name) {
        return deadLetterUrls.get(name);
    }

    /** How many receives the queue {@code name} allows before its message moves to the DLQ; 0 if it has none. */
    public int maxReceiveCount(String name) {
        return maxReceiveCounts.getOrDefault(name, 0);
    }

    /** Messages in the queue at {@code url}, visible or in flight. */
    public int depth(String url) {
        Map<QueueAttributeName, String> attributes = client.getQueueAttributes(request -> request.queueUrl(url)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
                        QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED)).attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }

    @Override
    public void close() {
        client.close();
        server.stopAndWait();
    }
}

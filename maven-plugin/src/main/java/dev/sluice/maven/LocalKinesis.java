package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The pipeline's Kinesis streams for a local run: {@code PutRecord}, {@code PutRecords} and
 * {@code DescribeStreamSummary} in Kinesis's JSON protocol, on loopback, each stream one {@link KinesisShard} that the
 * stream pollers read. The AWS SDK speaks CBOR to Kinesis unless told otherwise, so functions run with
 * {@code CBOR_ENABLED=false}; a CBOR request is answered with an error saying so.
 */
public final class LocalKinesis implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TARGET = "Kinesis_20131202.";

    private final HttpServer server;
    /** Streams by logical name. */
    private final Map<String, KinesisShard> streams = new LinkedHashMap<>();
    /** Every name and ARN a stream answers to, to its logical name. */
    private final Map<String, String> aliases = new LinkedHashMap<>();

    public LocalKinesis(LocalPipeline pipeline) throws IOException {
        for (JsonNode stream : pipeline.kinesisStreams()) {
            add(stream.path("name").asText(), stream.path("localName").asText(),
                    stream.path("existingArn").isTextual() ? stream.path("existingArn").asText() : null,
                    pipeline.region());
        }
        // Streams functions read by ARN alone: served under that ARN, so that a test can put records on them.
        for (LocalPipeline.Function function : pipeline.functions()) {
            String existing = function.trigger().path("streamArn").asText("");
            if (function.kind().equals("kinesis") && !existing.isEmpty() && !aliases.containsKey(existing)) {
                add(existing, existing.substring(existing.lastIndexOf('/') + 1), existing, pipeline.region());
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "sluice-kinesis");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    private void add(String name, String localName, String existingArn, String region) {
        String arn = existingArn != null ? existingArn : arn(region, localName);
        streams.put(name, new KinesisShard(name, arn, region));
        aliases.put(localName, name);
        aliases.put(arn, name);
    }

    /** A local stream's ARN, as functions get it in {@code SLUICE_KINESIS_STREAM_ARN_*}. */
    static String arn(String region, String localName) {
        return localName.startsWith("arn:") ? localName
                : "arn:aws:kinesis:" + region + ":" + LocalSqs.ACCOUNT + ":stream/" + localName;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The shard of a stream, by its logical name or, for one read by ARN alone, that ARN. */
    RecordStream stream(String nameOrArn) {
        KinesisShard stream = streams.get(nameOrArn);
        if (stream == null) {
            throw new IllegalArgumentException("no local Kinesis stream " + nameOrArn + " (streams: "
                    + streams.keySet() + ")");
        }
        return stream;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (contentType.contains("cbor")) {
                AwsJson.send(exchange, 400, AwsJson.error("SerializationException", "sluice:run's Kinesis speaks "
                        + "JSON: set CBOR_ENABLED=false (functions run by sluice:run have it) or "
                        + "-Daws.cborEnabled=false"));
                return;
            }
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String action = target.startsWith(TARGET) ? target.substring(TARGET.length()) : target;
            String streamKey = request.path("StreamARN").isTextual() ? request.path("StreamARN").asText()
                    : request.path("StreamName").asText();
            String name = aliases.get(streamKey);
            if (name == null) {
                AwsJson.send(exchange, 400, AwsJson.error("ResourceNotFoundException", "Stream " + streamKey
                        + " under account " + LocalSqs.ACCOUNT + " not found (the pipeline's streams are "
                        + streams.keySet() + ")"));
                return;
            }
            KinesisShard stream = streams.get(name);
            switch (action) {
                case "PutRecord" -> AwsJson.send(exchange, 200, JSON.createObjectNode()
                        .put("SequenceNumber", stream.put(request.path("PartitionKey").asText(),
                                Base64.getDecoder().decode(request.path("Data").asText())))
                        .put("ShardId", KinesisShard.SHARD_ID));
                case "PutRecords" -> {
                    ObjectNode response = JSON.createObjectNode().put("FailedRecordCount", 0);
                    ArrayNode results = response.putArray("Records");
                    for (JsonNode record : request.path("Records")) {
                        results.addObject().put("SequenceNumber", stream.put(record.path("PartitionKey").asText(),
                                Base64.getDecoder().decode(record.path("Data").asText())))
                                .put("ShardId", KinesisShard.SHARD_ID);
                    }
                    AwsJson.send(exchange, 200, response);
                }
                case "DescribeStreamSummary" -> {
                    ObjectNode response = JSON.createObjectNode();
                    response.putObject("StreamDescriptionSummary")
                            .put("StreamName", streamKey.substring(streamKey.lastIndexOf('/') + 1))
                            .put("StreamARN", stream.arn())
                            .put("StreamStatus", "ACTIVE")
                            .put("OpenShardCount", 1)
                            .put("RetentionPeriodHours", 24);
                    AwsJson.send(exchange, 200, response);
                }
                default -> AwsJson.send(exchange, 400, AwsJson.error("UnknownOperationException",
                        "sluice:run's Kinesis answers PutRecord, PutRecords and DescribeStreamSummary, not " + action));
            }
        }
    }


    @Override
    public void close() {
        server.stop(0);
    }
}

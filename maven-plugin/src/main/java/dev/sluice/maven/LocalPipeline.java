package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline as the processor described it for local tools: {@code target/classes/sluice/pipeline.json}.
 *
 * @param functions by name
 */
public record LocalPipeline(String service, String stage, String region, String javaToolOptions,
        List<Function> functions, JsonNode queues, JsonNode tables, JsonNode buckets, JsonNode topics,
        JsonNode eventBuses, JsonNode kinesisStreams) {

    /** A pipeline without topics, event buses or Kinesis streams. */
    public LocalPipeline(String service, String stage, String region, String javaToolOptions, List<Function> functions,
            JsonNode queues, JsonNode tables, JsonNode buckets) {
        this(service, stage, region, javaToolOptions, functions, queues, tables, buckets,
                JsonNodeFactory.instance.arrayNode(), JsonNodeFactory.instance.arrayNode(),
                JsonNodeFactory.instance.arrayNode());
    }

    /** Where the processor writes it, under a module's class output. */
    public static final String FILE = "sluice/pipeline.json";

    /**
     * One function.
     *
     * @param environment its own variables ({@code @Env}), in declaration order
     * @param resources the resources it is granted, each with the variable that names it
     * @param trigger the trigger's settings, {@code kind} first
     */
    public record Function(String name, String handler, int memoryMb, int timeoutSeconds, String summary,
            Map<String, String> environment, List<Grant> resources, JsonNode trigger) {

        public String kind() {
            return trigger.path("kind").asText();
        }
    }

    /** A granted resource: the variable the runtime's {@code Resources} reads, and what it names. */
    public record Grant(String variable, String kind, String name, String access) {}

    public static LocalPipeline read(Path classes) throws IOException {
        Path file = classes.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IOException(file + " does not exist: compile the module first (mvn compile), with "
                    + "sluice-processor on its annotation processor path and a @Pipeline class", e);
        }
        List<Function> functions = new ArrayList<>();
        for (JsonNode node : root.path("functions")) {
            Map<String, String> environment = new LinkedHashMap<>();
            node.path("environment").fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
            List<Grant> grants = new ArrayList<>();
            for (JsonNode grant : node.path("resources")) {
                grants.add(new Grant(grant.path("variable").asText(), grant.path("kind").asText(),
                        grant.path("name").asText(), grant.path("access").asText()));
            }
            functions.add(new Function(node.path("name").asText(), node.path("handler").asText(),
                    node.path("memoryMb").asInt(), node.path("timeoutSeconds").asInt(), node.path("summary").asText(),
                    environment, grants, node.path("trigger")));
        }
        return new LocalPipeline(root.path("service").asText(), root.path("stage").asText(),
                root.path("region").asText("us-east-1"), root.path("javaToolOptions").asText(""), functions,
                root.path("queues"), root.path("tables"), root.path("buckets"), root.path("topics"),
                root.path("eventBuses"), root.path("kinesisStreams"));
    }

    public Optional<Function> function(String name) {
        return functions.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> functionNames() {
        return functions.stream().map(Function::name).toList();
    }

    /** The local name of the declared resource {@code name} of {@code kind} (table, bucket, topic, queue). */
    public Optional<String> localName(String kind, String name) {
        JsonNode list = switch (kind) {
            case "table" -> tables;
            case "bucket" -> buckets;
            case "topic" -> topics;
            case "eventBus" -> eventBuses;
            case "kinesisStream" -> kinesisStreams;
            default -> queues;
        };
        for (JsonNode resource : list) {
            if (resource.path("name").asText().equals(name)) {
                return Optional.of(resource.path("localName").asText());
            }
        }
        return Optional.empty();
    }
}

package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * DynamoDB on loopback: dynalite (npm; a DynamoDB-API server in Node — DynamoDB Local is not allowed by its
 * licence) with the pipeline's tables, behind a recording proxy that gives each table with a stream what DynamoDB
 * Streams would: every write made through the DynamoDB API ({@code PutItem}, {@code UpdateItem},
 * {@code DeleteItem}, {@code BatchWriteItem}, {@code TransactWriteItems}) becomes an INSERT, MODIFY or REMOVE record
 * with the keys and the images the table's view type promises, in write order. A write that changes nothing (an
 * identical put, a failed condition) makes no record, as in DynamoDB.
 */
public final class LocalDynamo implements AutoCloseable {

    /** The dynalite release the run installs (once, into {@code ~/.sluice/dynalite/<version>}). */
    public static final String DYNALITE_VERSION = "4.0.0";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** A table as the pipeline declares it: its local name, key schema and stream view type (null: no stream). */
    record Table(String name, String localName, String partitionKey, String partitionKeyType, String sortKey,
            String sortKeyType, String streamViewType) {}

    private final Process dynalite;
    private final URI backend;
    private final HttpServer proxy;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Table> tablesByLocalName = new LinkedHashMap<>();
    private final Map<String, TableStream> streams = new LinkedHashMap<>();
    private final String region;
    private final Object writes = new Object();

    public LocalDynamo(LocalPipeline pipeline, Path cache, PrintStream log) throws IOException, InterruptedException {
        region = pipeline.region();
        Path cli = install(cache, log);
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(node(), cli.toString(), "--port", String.valueOf(port),
                "--host", "127.0.0.1").redirectErrorStream(true);
        dynalite = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(dynalite.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            if (first == null || !first.contains("listening")) {
                throw new IOException("dynalite did not start (" + first + "); is port " + port + " free?");
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // dynalite says nothing more; its output is drained so that it never blocks.
                    }
                } catch (IOException e) {
                    // Stopped.
                }
            }, "sluice-dynalite");
            drain.setDaemon(true);
            drain.start();
            backend = URI.create("http://127.0.0.1:" + port + "/");
            for (JsonNode node : pipeline.tables()) {
                String localName = node.path("localName").asText();
                Table table = new Table(node.path("name").asText(), localName, node.path("partitionKey").asText(),
                        node.path("partitionKeyType").asText("S"), text(node.path("sortKey")),
                        text(node.path("sortKeyType")), text(node.path("streamViewType")));
                tablesByLocalName.put(localName, table);
                create(table);
                if (table.streamViewType() != null) {
                    streams.put(table.name(), new TableStream(table.name(), "arn:aws:dynamodb:" + region
                            + ":000000000000:table/" + localName + "/stream/" + Instant.now().toString()
                                    .replace(":", "").substring(0, 17), table.streamViewType()));
                }
            }
            proxy = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 64);
            proxy.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "sluice-dynamodb-proxy");
                thread.setDaemon(true);
                return thread;
            }));
            proxy.createContext("/", this::handle);
            proxy.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            // Nothing is left running when the start fails half-way.
            dynalite.descendants().forEach(ProcessHandle::destroyForcibly);
            dynalite.destroyForcibly();
            throw e;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    /** Where the functions' DynamoDB clients are sent: the recording proxy. */
    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getAddress().getPort();
    }

    /** The stream of the table the pipeline names {@code table}, if it has one. */
    public TableStream stream(String table) {
        TableStream stream = streams.get(table);
        if (stream == null) {
            throw new IllegalArgumentException("table " + table + " has no stream in the pipeline");
        }
        return stream;
    }

    /** Node, from {@code PATH}. */
    private static String node() {
        return System.getProperty("os.name").startsWith("Windows") ? "node.exe" : "node";
    }

    /**
     * dynalite's command line script, installed with npm into {@code cache} the first time (its install scripts are
     * not needed: tables live in memory).
     */
    static Path install(Path cache, PrintStream log) throws IOException, InterruptedException {
        Path home = cache.resolve("dynalite").resolve(DYNALITE_VERSION);
        Path cli = home.resolve("node_modules").resolve("dynalite").resolve("cli.js");
        if (Files.exists(cli)) {
            return cli;
        }
        requireTool(node(), "Node.js (18 or later) runs dynalite, the local DynamoDB server");
        String npm = System.getProperty("os.name").startsWith("Windows") ? "npm.cmd" : "npm";
        requireTool(npm, "npm installs dynalite, the local DynamoDB server");
        Files.createDirectories(home);
        log.println("Installing dynalite " + DYNALITE_VERSION + " (the local DynamoDB server) into " + home
                + " — once");
        Process install = new ProcessBuilder(npm, "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                "--ignore-scripts", "--loglevel", "error", "dynalite@" + DYNALITE_VERSION)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0 || !Files.exists(cli)) {
            install.destroyForcibly();
            throw new IOException("npm could not install dynalite@" + DYNALITE_VERSION + " into " + home
                    + "; run `npm install --prefix " + home + " dynalite@" + DYNALITE_VERSION + "` to see why");
        }
        return cli;
    }

    static void requireTool(String tool, String why) throws IOException {
        try {
            Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() == 0) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            // Not on PATH: said below.
        }
        throw new IOException("`" + tool + "` was not found on PATH. " + why + ": install Node.js 18+ "
                + "(which brings npm), or run a pipeline without tables.");
    }

    private void create(Table table) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode();
        request.put("TableName", table.localName());
        var definitions = request.putArray("AttributeDefinitions");
        definitions.addObject().put("AttributeName", table.partitionKey()).put("AttributeType",
                table.partitionKeyType());
        var keys = request.putArray("KeySchema");
        keys.addObject().put("AttributeName", table.partitionKey()).put("KeyType", "HASH");
        if (table.sortKey() != null) {
            definitions.addObject().put("AttributeName", table.sortKey()).put("AttributeType", table.sortKeyType());
            keys.addObject().put("AttributeName", table.sortKey()).put("KeyType", "RANGE");
        }
        request.put("BillingMode", "PAY_PER_REQUEST");
        call("CreateTable", request);
        // dynalite creates tables asynchronously: wait until the table is ACTIVE.
        for (int i = 0; i < 200; i++) {
            JsonNode description = call("DescribeTable", JSON.createObjectNode().put("TableName",
                    table.localName()));
            if (description.path("Table").path("TableStatus").asText().equals("ACTIVE")) {
                return;
            }
            Thread.sleep(25);
        }
        throw new IOException("table " + table.localName() + " did not become ACTIVE in dynalite");
    }

    /** A DynamoDB API call of the run's own (not recorded). */
    private JsonNode call(String action, JsonNode body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(action, JSON.writeValueAsBytes(body), null),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("dynalite " + action + ": " + json);
        }
        return json;
    }

    private HttpRequest request(String action, byte[] body, HttpExchange original) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(backend).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + action)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        String authorization = original == null ? null : original.getRequestHeaders().getFirst("Authorization");
        String date = original == null ? null : original.getRequestHeaders().getFirst("X-Amz-Date");
        builder.header("Authorization", authorization != null ? authorization
                : "AWS4-HMAC-SHA256 Credential=sluice-local/20260101/" + region + "/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0");
        builder.header("X-Amz-Date", date != null ? date : AMZ_DATE.format(Instant.now()));
        return builder.build();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
            String action = target == null ? "" : target.substring(target.indexOf('.') + 1);
            HttpResponse<byte[]> response;
            if (WRITES.contains(action) && !streams.isEmpty()) {
                synchronized (writes) {
                    List<ItemRef> touched = touched(action, JSON.readTree(body));
                    List<JsonNode> before = new ArrayList<>();
                    for (ItemRef item : touched) {
                        before.add(get(item));
                    }
                    response = forward(exchange, action, body);
                    if (response.statusCode() == 200) {
                        for (int i = 0; i < touched.size(); i++) {
                            record(touched.get(i), before.get(i), get(touched.get(i)));
                        }
                    }
                }
            } else {
                response = forward(exchange, action, body);
            }
            response.headers().map().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("transfer-encoding")
                        && !name.equalsIgnoreCase("connection") && !name.equalsIgnoreCase("date")) {
                    values.forEach(value -> exchange.getResponseHeaders().add(name, value));
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1
                    : response.body().length);
            exchange.getResponseBody().write(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, String action, byte[] body)
            throws IOException, InterruptedException {
        return http.send(request(action, body, exchange), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** An item a write names: its table (local name) and its key. */
    private record ItemRef(Table table, JsonNode key) {}

    /** The items of tables with a stream that {@code request} writes. */
    private List<ItemRef> touched(String action, JsonNode request) {
        List<ItemRef> items = new ArrayList<>();
        switch (action) {
            case "PutItem" -> add(items, request.path("TableName").asText(), request.path("Item"));
            case "UpdateItem", "DeleteItem" -> add(items, request.path("TableName").asText(), request.path("Key"));
            case "BatchWriteItem" -> request.path("RequestItems").fields().forEachRemaining(entry -> {
                for (JsonNode write : entry.getValue()) {
                    add(items, entry.getKey(), write.has("PutRequest") ? write.path("PutRequest").path("Item")
                            : write.path("DeleteRequest").path("Key"));
                }
            });
            case "TransactWriteItems" -> {
                for (JsonNode write : request.path("TransactItems")) {
                    for (String kind : List.of("Put", "Update", "Delete")) {
                        JsonNode part = write.path(kind);
                        if (!part.isMissingNode()) {
                            add(items, part.path("TableName").asText(),
                                    kind.equals("Put") ? part.path("Item") : part.path("Key"));
                        }
                    }
                }
            }
            default -> {
                // Not a write.
            }
        }
        return items;
    }

    private void add(List<ItemRef> items, String tableName, JsonNode itemOrKey) {
        String name = tableName.contains(":table/") ? tableName.replaceAll(".*:table/([^/]+).*", "$1") : tableName;
        Table table = tablesByLocalName.get(name);
        if (table == null || table.streamViewType() == null || !itemOrKey.isObject()) {
            return;
        }
        ObjectNode key = JSON.createObjectNode();
        key.set(table.partitionKey(), itemOrKey.path(table.partitionKey()));
        if (table.sortKey() != null) {
            key.set(table.sortKey(), itemOrKey.path(table.sortKey()));
        }
        items.add(new ItemRef(table, key));
    }

    /** The item now, or null. */
    private JsonNode get(ItemRef item) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode();
        request.put("TableName", item.table().localName());
        request.set("Key", item.key());
        request.put("ConsistentRead", true);
        JsonNode found = call("GetItem", request).get("Item");
        return found == null || found.isNull() ? null : found;
    }

    private void record(ItemRef item, JsonNode before, JsonNode after) {
        String eventName;
        if (before == null && after != null) {
            eventName = "INSERT";
        } else if (before != null && after == null) {
            eventName = "REMOVE";
        } else if (before != null && !before.equals(after)) {
            eventName = "MODIFY";
        } else {
            return;
        }
        streams.get(item.table().name()).append(eventName, item.key(), before, after, region);
    }

    @Override
    public void close() {
        if (proxy != null) {
            proxy.stop(0);
        }
        dynalite.descendants().forEach(ProcessHandle::destroyForcibly);
        dynalite.destroyForcibly();
        try {
            dynalite.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

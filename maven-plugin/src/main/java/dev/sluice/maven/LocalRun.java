package dev.sluice.maven;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole pipeline on one machine: the process {@code sluice:run} starts (a JVM of its own, so that the servers'
 * libraries meet neither Maven's nor the functions'). It starts what the pipeline uses — ElasticMQ for the queues,
 * S3Proxy for the buckets, dynalite behind a recording proxy for the tables and their streams, a local SNS endpoint
 * for the topics — keeps each function warm in its own JVM with exactly its descriptor environment pointed at them,
 * and feeds the functions as Lambda would: queue pollers, stream pollers, bucket notifications, topic subscriptions,
 * schedules, and the HTTP routes on loopback.
 *
 * <p>With {@code --until idle} it stops by itself once nothing is in flight (no message in a queue, no record past
 * a stream checkpoint, no event waiting, no function running), prints the summary and exits 0; 1 if that did not
 * happen within {@code --idle-timeout} seconds. Otherwise it runs until {@code quit} or Ctrl-C.
 */
public final class LocalRun implements AutoCloseable {

    /** The run's settings, as {@code sluice:run} passes them. */
    record Options(Path classes, List<String> classpath, Path work, Path cache, Path seed, int port, boolean untilIdle,
            int idleTimeoutSeconds, int retryAfterSeconds, double duplicates) {

        static Options parse(String[] args) throws IOException {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i], args[i + 1]);
            }
            Path classes = Path.of(required(values, "--classes"));
            List<String> classpath = Files.readAllLines(Path.of(required(values, "--classpath-file")),
                    StandardCharsets.UTF_8);
            Path work = Path.of(values.getOrDefault("--work", "target/sluice-local"));
            return new Options(classes, classpath, work,
                    Path.of(values.getOrDefault("--cache", System.getProperty("user.home") + "/.sluice")),
                    Path.of(values.getOrDefault("--seed", "src/local")),
                    Integer.parseInt(values.getOrDefault("--port", "3000")),
                    values.getOrDefault("--until", "stopped").equals("idle"),
                    Integer.parseInt(values.getOrDefault("--idle-timeout", "300")),
                    Integer.parseInt(values.getOrDefault("--retry-after", "-1")),
                    Double.parseDouble(values.getOrDefault("--duplicates", "0")));
        }

        private static String required(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("missing " + name);
            }
            return value;
        }
    }

    private final Options options;
    private final LocalPipeline pipeline;
    private final Activity activity;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final List<WarmFunction> functions = new ArrayList<>();
    private final Map<String, AsyncInvoker> asyncInvokers = new LinkedHashMap<>();
    private final List<QueuePoller> queuePollers = new ArrayList<>();
    private final List<StreamPoller> streamPollers = new ArrayList<>();
    private final List<String> unserved = new ArrayList<>();
    private LocalSqs sqs;
    private LocalS3 s3;
    private LocalDynamo dynamo;
    private LocalSns sns;
    private LocalEvents events;
    private LocalKinesis kinesis;
    private Schedules schedules;
    private HttpGateway gateway;

    LocalRun(Options options, PrintStream out) throws IOException {
        this.options = options;
        this.pipeline = LocalPipeline.read(options.classes());
        this.activity = new Activity(out);
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Options options = Options.parse(args);
        LocalRun run = new LocalRun(options, out);
        Runtime.getRuntime().addShutdownHook(new Thread(run::close, "sluice-run-shutdown"));
        int exit;
        try {
            run.start();
            exit = options.untilIdle() ? run.untilIdle() : run.console();
        } catch (Exception e) {
            out.println("sluice:run failed: " + e.getMessage());
            exit = 2;
        }
        run.close();
        out.flush();
        Runtime.getRuntime().halt(exit);
    }

    /** Starts the servers the pipeline needs, the functions, their pollers and the seed. */
    void start() throws Exception {
        PrintStream out = activity.out();
        Map<String, String> endpoints = new LinkedHashMap<>();
        if (!pipeline.queues().isEmpty() || pipeline.functions().stream().anyMatch(f -> f.kind().equals("sqs"))) {
            sqs = open(new LocalSqs(pipeline));
            endpoints.put("SQS", sqs.endpoint());
        }
        Subscribers subscribers = new Subscribers(pipeline, functions, asyncInvokers, sqs, activity);
        if (!pipeline.buckets().isEmpty()) {
            s3 = open(new LocalS3(pipeline, options.work().resolve("s3"), subscribers::objectEvent));
            endpoints.put("S3", s3.endpoint());
        }
        if (pipeline.functions().stream().anyMatch(f -> f.kind().equals("kinesis")
                || f.resources().stream().anyMatch(g -> g.kind().equals("kinesisStream")))) {
            kinesis = open(new LocalKinesis(pipeline));
            endpoints.put("KINESIS", kinesis.endpoint());
        }
        if (pipeline.functions().stream().anyMatch(f -> f.kind().equals("event")
                || f.resources().stream().anyMatch(g -> g.kind().equals("eventBus")))) {
            events = open(new LocalEvents(pipeline, subscribers::eventPut));
            endpoints.put("EVENTBRIDGE", events.endpoint());
        }
        if (!pipeline.topics().isEmpty() || pipeline.functions().stream().anyMatch(f -> f.kind().equals("sns"))) {
            sns = open(new LocalSns(pipeline, subscribers::published));
            endpoints.put("SNS", sns.endpoint());
        }
        if (!pipeline.tables().isEmpty()) {
            dynamo = open(new LocalDynamo(pipeline, options.cache(), out));
            endpoints.put("DYNAMODB", dynamo.endpoint());
        }
        Destinations destinations = new Destinations(pipeline, sqs, activity);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (LocalPipeline.Function function : pipeline.functions()) {
            WarmFunction warm = new WarmFunction(new Invocation(pipeline, function, null, endpoints), function, java,
                    options.classpath(), out);
            functions.add(warm);
            resources.add(warm);
            switch (function.kind()) {
                case "sqs" -> queuePollers.add(new QueuePoller(warm, sqs, pipeline.region(), activity,
                        options.duplicates(), options.retryAfterSeconds()));
                case "stream" -> streamPollers.add(new StreamPoller(warm,
                        dynamo.stream(function.trigger().path("table").asText()), activity, destinations));
                case "kinesis" -> streamPollers.add(new StreamPoller(warm, kinesis.stream(
                        function.trigger().path("stream").isTextual() ? function.trigger().path("stream").asText()
                                : function.trigger().path("streamArn").asText()), activity, destinations));
                case "s3", "schedule", "sns", "event" -> asyncInvokers.put(function.name(),
                        open(new AsyncInvoker(warm, activity, destinations)));
                case "http" -> {
                    // Called by the gateway.
                }
                default -> unserved.add(function.name() + " (" + function.kind() + ")");
            }
        }
        gateway = open(new HttpGateway(functions, options.port(), out));
        schedules = open(new Schedules(functions, asyncInvokers, pipeline.region()));
        banner(out, endpoints);
        for (QueuePoller poller : queuePollers) {
            for (int i = 1; i <= QueuePoller.POLLERS; i++) {
                thread(poller, "sluice-sqs-" + poller.queue() + "-" + i);
            }
        }
        for (StreamPoller poller : streamPollers) {
            thread(poller, "sluice-stream");
        }
        if (options.untilIdle()) {
            for (WarmFunction function : functions) {
                if (function.function().kind().equals("schedule")
                        && function.function().trigger().path("enabled").asBoolean(true)) {
                    schedules.fire(function);
                }
            }
        } else {
            schedules.start().forEach(line -> out.println("  schedule " + line));
        }
        seed(out);
    }

    private <T extends AutoCloseable> T open(T resource) {
        resources.add(resource);
        return resource;
    }

    private void thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void banner(PrintStream out, Map<String, String> endpoints) {
        out.println("sluice:run " + pipeline.service() + " (stage local): " + functions.size() + " functions");
        endpoints.forEach((service, url) -> out.println("  " + service + " on " + url
                + " (AWS_ENDPOINT_URL_" + service + " in every function)"));
        gateway.urls().forEach((api, url) -> out.println("  " + api + ": " + url));
        unserved.forEach(function -> out.println("  " + function + ": not served by sluice:run yet; mvn "
                + "sluice:invoke -Dsluice.function=" + function.substring(0, function.indexOf(' '))
                + " runs it with its sample event"));
        out.println("Unlike AWS: one warm JVM per function, so no concurrency (reservedConcurrency and "
                + "maximumConcurrency have no effect); no duplicate deliveries unless -Dsluice.duplicates asks for "
                + "them; asynchronous retries wait seconds, not minutes; authorizers are not enforced"
                + (options.retryAfterSeconds() >= 0 ? "; failed messages come back after "
                        + options.retryAfterSeconds() + " s, not after the visibility timeout (-Dsluice.retryAfter)"
                        : "")
                + (options.untilIdle() ? "; each schedule fires once, now" : "") + ".");
    }

    /** Files under the seed directory: {@code buckets/<bucket>/<key>} are uploaded, {@code queues/<queue>/*} sent. */
    private void seed(PrintStream out) throws IOException {
        Path buckets = options.seed().resolve("buckets");
        if (Files.isDirectory(buckets) && s3 != null) {
            for (JsonNode bucket : pipeline.buckets()) {
                Path directory = buckets.resolve(bucket.path("name").asText());
                if (Files.isDirectory(directory)) {
                    for (String key : LocalS3.keysUnder(directory)) {
                        out.println("seed: upload s3://" + bucket.path("localName").asText() + "/" + key);
                        s3.upload(bucket.path("localName").asText(), key, directory.resolve(key));
                    }
                }
            }
        }
        Path queues = options.seed().resolve("queues");
        if (Files.isDirectory(queues) && sqs != null) {
            for (JsonNode queue : pipeline.queues()) {
                Path directory = queues.resolve(queue.path("name").asText());
                if (Files.isDirectory(directory)) {
                    for (String file : LocalS3.keysUnder(directory)) {
                        String body = Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
                        String url = sqs.url(queue.path("name").asText());
                        boolean fifo = queue.path("fifo").asBoolean();
                        out.println("seed: send " + file + " to " + queue.path("name").asText());
                        sqs.client().sendMessage(request -> {
                            request.queueUrl(url).messageBody(body);
                            if (fifo) {
                                request.messageGroupId(file.contains("/") ? file.substring(0, file.indexOf('/'))
                                        : "seed").messageDeduplicationId(file.replaceAll("[^A-Za-z0-9]", "-"));
                            }
                        });
                    }
                }
            }
        }
    }

    /** What is still in flight; empty when the pipeline is idle. */
    List<String> inFlight() {
        List<String> busy = new ArrayList<>();
        for (QueuePoller poller : queuePollers) {
            // Queues nobody consumes (on-failure destinations, dead-letter queues) keep what they hold.
            int depth = sqs.depth(poller.url());
            if (depth > 0 || poller.busy()) {
                busy.add(poller.queue() + ": " + depth + (depth == 1 ? " message" : " messages"));
            }
        }
        streamPollers.stream().filter(StreamPoller::busy).forEach(p -> busy.add("a stream batch"));
        asyncInvokers.forEach((name, invoker) -> {
            if (invoker.busy()) {
                busy.add(name + ": events waiting");
            }
        });
        functions.stream().filter(WarmFunction::busy).forEach(f -> busy.add(f.function().name() + ": running"));
        return busy;
    }

    /** Waits until nothing is in flight (seen twice, a second apart); prints the summary. */
    int untilIdle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + options.idleTimeoutSeconds() * 1000L;
        long nextProgress = System.currentTimeMillis() + 10_000;
        int quiet = 0;
        List<String> busy = List.of();
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            busy = inFlight();
            quiet = busy.isEmpty() ? quiet + 1 : 0;
            if (quiet >= 3) {
                summary();
                activity.out().println("sluice:run: idle — nothing in flight. Stopping.");
                return 0;
            }
            if (System.currentTimeMillis() >= nextProgress) {
                activity.out().println("… in flight: " + String.join("; ", busy));
                nextProgress = System.currentTimeMillis() + 10_000;
            }
        }
        summary();
        activity.out().println("sluice:run: still busy after " + options.idleTimeoutSeconds() + " s ("
                + String.join("; ", busy) + "); raise -Dsluice.idleTimeout or look for a record that keeps failing");
        return 1;
    }

    private void summary() {
        Map<String, Integer> deadLetters = new LinkedHashMap<>();
        if (sqs != null) {
            for (String queue : sqs.urls().keySet()) {
                Optional.ofNullable(sqs.deadLetterUrl(queue))
                        .ifPresent(url -> deadLetters.put(queue, sqs.depth(url)));
            }
        }
        activity.summary(functions, deadLetters);
    }

    /** The console: {@code fire <function>}, {@code status}, {@code quit}. */
    int console() throws IOException {
        PrintStream out = activity.out();
        out.println("Type 'fire <function>' to run a scheduled function now, 'status' for what is in flight, "
                + "'quit' (or Ctrl-C) to stop.");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            if (command.equals("quit") || command.equals("exit")) {
                summary();
                return 0;
            }
            if (command.equals("status")) {
                List<String> busy = inFlight();
                out.println(busy.isEmpty() ? "idle" : String.join("; ", busy));
            } else if (command.startsWith("fire ")) {
                String name = command.substring(5).strip();
                List<String> scheduled = functions.stream().filter(f -> f.function().kind().equals("schedule"))
                        .map(f -> f.function().name()).toList();
                functions.stream().filter(f -> f.function().name().equals(name) && scheduled.contains(name))
                        .findFirst().ifPresentOrElse(schedules::fire, () -> out.println("no scheduled function "
                                + name + "; they are " + String.join(", ", scheduled)));
            } else if (!command.isEmpty()) {
                out.println("commands: fire <function>, status, quit");
            }
        }
        // Standard input closed (not a terminal): serve until the process is stopped.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    @Override
    public synchronized void close() {
        queuePollers.forEach(QueuePoller::stop);
        streamPollers.forEach(StreamPoller::stop);
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                activity.out().println("while stopping: " + e);
            }
        }
        resources.clear();
    }
}

package dev.sluice.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole-process cold starts: each run is a fresh JVM from exec to exit that creates the handler the way the
 * Lambda Java runtime does, invokes it once with the event's bytes (decoded by aws-lambda-java-serialization for
 * a {@code RequestHandler}, passed raw to a {@code RequestStreamHandler}) and prints the response
 * ({@code dev.sluice.local.Invoke}); the two handlers alternate so that both see the same machine state. Also:
 * classes loaded ({@code -Xlog:class+load}), peak RSS ({@code /usr/bin/time}) and the deployable jar sizes.
 * Prints a Markdown section.
 *
 * <p>Arguments: runs per handler and flag set. System properties: {@code bench.sluiceJar},
 * {@code bench.baselineJar} (the deployable jars) and {@code bench.runtimeClasspath} (what plays the Lambda Java
 * runtime: sluice-local and aws-lambda-java-serialization).
 */
public final class ColdStartBench {

    /** The example's function, generated and hand-written. */
    private static final List<Handlers> COMPARED = List.of(Handlers.SLUICE, Handlers.BASELINE);

    private static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");

    private ColdStartBench() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        Map<Handlers, Path> jars = new EnumMap<>(Handlers.class);
        jars.put(Handlers.SLUICE, Path.of(System.getProperty("bench.sluiceJar")));
        jars.put(Handlers.BASELINE, Path.of(System.getProperty("bench.baselineJar")));
        String runtime = System.getProperty("bench.runtimeClasspath");
        Path event = Files.createTempFile("sqs-event", ".json");
        Files.write(event, Events.paymentBatch(10, 3));

        StringBuilder out = new StringBuilder("## Cold start (whole process)\n\n")
                .append("JVM start → handler created → first SQS event (10 messages, one failing) → response → exit; ")
                .append(runs).append(" runs per handler and flag set, alternating. Medians.\n\n")
                .append("| JVM flags | Sluice (ms) | hand-written (ms) | ratio | target ≤ 0.25× |\n")
                .append("| --- | ---: | ---: | ---: | --- |\n");
        for (List<String> flags : List.of(LAMBDA_FLAGS, List.<String>of())) {
            Map<Handlers, List<Double>> times = new EnumMap<>(Handlers.class);
            for (int i = 0; i < runs; i++) {
                for (Handlers handler : COMPARED) {
                    times.computeIfAbsent(handler, h -> new ArrayList<>())
                            .add(run(handler, jars.get(handler), runtime, event, flags, null).millis());
                }
            }
            double sluice = Stats.median(times.get(Handlers.SLUICE));
            double baseline = Stats.median(times.get(Handlers.BASELINE));
            out.append(String.format("| %s | %.0f | %.0f | %s | %s |%n",
                    flags.isEmpty() ? "defaults" : "`" + String.join(" ", flags) + "`", sluice, baseline,
                    Stats.ratio(sluice, baseline), Stats.verdict(sluice <= 0.25 * baseline)));
        }

        out.append("\n| measure | Sluice | hand-written | ratio | target |\n| --- | ---: | ---: | ---: | --- |\n");
        Map<Handlers, Run> detailed = new EnumMap<>(Handlers.class);
        for (Handlers handler : COMPARED) {
            Path classLog = Files.createTempFile("classes", ".log");
            detailed.put(handler, run(handler, jars.get(handler), runtime, event, LAMBDA_FLAGS, classLog));
        }
        long sluiceClasses = detailed.get(Handlers.SLUICE).classes();
        long baselineClasses = detailed.get(Handlers.BASELINE).classes();
        out.append(String.format("| classes loaded | %d | %d | %s | Sluice ≤ 1000: %s |%n", sluiceClasses,
                baselineClasses, Stats.ratio(sluiceClasses, baselineClasses), Stats.verdict(sluiceClasses <= 1000)));
        long sluiceRss = detailed.get(Handlers.SLUICE).rssKb();
        long baselineRss = detailed.get(Handlers.BASELINE).rssKb();
        out.append(String.format("| peak RSS (MB) | %.1f | %.1f | %s | |%n", sluiceRss / 1024.0, baselineRss / 1024.0,
                Stats.ratio(sluiceRss, baselineRss)));
        long sluiceJar = Files.size(jars.get(Handlers.SLUICE));
        long baselineJar = Files.size(jars.get(Handlers.BASELINE));
        out.append(String.format("| deployable jar (MB) | %.2f | %.2f | %s | Sluice ≤ 1 MB: %s |%n",
                sluiceJar / 1048576.0, baselineJar / 1048576.0, Stats.ratio(sluiceJar, baselineJar),
                Stats.verdict(sluiceJar <= 1048576)));
        String sluiceResponse = detailed.get(Handlers.SLUICE).response();
        String baselineResponse = detailed.get(Handlers.BASELINE).response();
        out.append("\nBoth responses: `").append(sluiceResponse).append("`")
                .append(sluiceResponse.equals(baselineResponse) ? "" : " **differ** from `" + baselineResponse + "`")
                .append("\n");
        http(out, runs, runtime);
        System.out.print(out);
    }

    /**
     * The same for HTTP: the generated handler of the seed's {@code getUser} shape against a hand-written
     * {@code RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>} with Jackson.
     */
    private static void http(StringBuilder out, int runs, String runtime) throws Exception {
        Path sluiceJar = Path.of(System.getProperty("bench.sluiceHttpJar"));
        Path baselineJar = Path.of(System.getProperty("bench.baselineJar"));
        Path event = Files.createTempFile("http-event", ".json");
        Files.write(event, Events.getUser("u-42"));
        List<Double> sluice = new ArrayList<>();
        List<Double> baseline = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            sluice.add(run(Handlers.SLUICE_HTTP, sluiceJar, runtime, event, LAMBDA_FLAGS, null).millis());
            baseline.add(run(Handlers.BASELINE_HTTP, baselineJar, runtime, event, LAMBDA_FLAGS, null).millis());
        }
        Path sluiceLog = Files.createTempFile("classes", ".log");
        Path baselineLog = Files.createTempFile("classes", ".log");
        Run sluiceRun = run(Handlers.SLUICE_HTTP, sluiceJar, runtime, event, LAMBDA_FLAGS, sluiceLog);
        Run baselineRun = run(Handlers.BASELINE_HTTP, baselineJar, runtime, event, LAMBDA_FLAGS, baselineLog);
        double s = Stats.median(sluice);
        double b = Stats.median(baseline);
        out.append("\n### HTTP: `getUser`\n\nJVM start → handler created → first HTTP API request "
                        + "(`GET /users/u-42`) → response → exit, Lambda's JVM flags; ").append(runs)
                .append(" runs each, alternating. Medians.\n\n")
                .append("| measure | Sluice | hand-written | ratio | target |\n| --- | ---: | ---: | ---: | --- |\n")
                .append(String.format("| cold start (ms) | %.0f | %.0f | %s | ≤ 0.3×: %s |%n", s, b,
                        Stats.ratio(s, b), Stats.verdict(s <= 0.3 * b)))
                .append(String.format("| classes loaded | %d | %d | %s | |%n", sluiceRun.classes(),
                        baselineRun.classes(), Stats.ratio(sluiceRun.classes(), baselineRun.classes())))
                .append(String.format("| peak RSS (MB) | %.1f | %.1f | %s | |%n", sluiceRun.rssKb() / 1024.0,
                        baselineRun.rssKb() / 1024.0, Stats.ratio(sluiceRun.rssKb(), baselineRun.rssKb())))
                .append(String.format("| deployable jar (MB) | %.2f | %.2f | %s | |%n",
                        Files.size(sluiceJar) / 1048576.0, Files.size(baselineJar) / 1048576.0,
                        Stats.ratio(Files.size(sluiceJar), Files.size(baselineJar))))
                .append("\nSluice's response: `").append(sluiceRun.response()).append("`  \nhand-written: `")
                .append(baselineRun.response()).append("`\n");
    }

    private record Run(double millis, long classes, long rssKb, String response) {}

    private static Run run(Handlers handler, Path jar, String runtime, Path event, List<String> flags, Path classLog)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (classLog != null) {
            command.addAll(List.of("/usr/bin/time", "-f", "VmHWM %M"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        if (classLog != null) {
            command.add("-Xlog:class+load=info:file=" + classLog);
        }
        command.addAll(List.of("-cp", jar + File.pathSeparator + runtime, "dev.sluice.local.Invoke",
                "--handler", handler.reference(), "--event", event.toString(), "--function",
                handler.http() ? "getUser" : "processPayment",
                "--timeout", "30", "--memory", "512"));
        Path stdout = Files.createTempFile("stdout", ".txt");
        Path stderr = Files.createTempFile("stderr", ".txt");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(handler + " failed: " + Files.readString(stderr));
        }
        double millis = (System.nanoTime() - start) / 1e6;
        List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        String response = lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
        long rss = Files.readAllLines(stderr).stream().filter(l -> l.startsWith("VmHWM "))
                .mapToLong(l -> Long.parseLong(l.substring(6).trim())).findFirst().orElse(-1);
        long classes = classLog == null ? -1 : Files.readAllLines(classLog).size();
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
        return new Run(millis, classes, rss, response);
    }
}

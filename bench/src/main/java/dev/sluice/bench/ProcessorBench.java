package dev.sluice.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code javac} on a generated pipeline of N annotated functions (in up to 50 classes, each with its own record
 * payload), with and without the Sluice processor, each a fresh {@code javac} process, runs alternating; medians.
 * The largest size is near the most one module can deploy: each function reads its own existing queue, so it makes
 * five CloudFormation resources, and a stack holds 500. The processor's cost must stay within 1.5× of plain
 * compilation at that size and grow linearly.
 *
 * <p>Arguments: runs per configuration. System properties: {@code bench.compileClasspath} (annotations,
 * runtime and their dependencies) and {@code bench.processorPath}.
 */
public final class ProcessorBench {

    private static final int[] SIZES = {24, 48, 96};

    private ProcessorBench() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        String classpath = System.getProperty("bench.compileClasspath");
        String processorPath = System.getProperty("bench.processorPath");
        StringBuilder out = new StringBuilder("## Annotation processor\n\n")
                .append("`javac` (fresh process) on N `@OnSqs` functions in up to 50 classes (96 is near the most one ")
                .append("stack can hold: 500 CloudFormation resources); ").append(runs)
                .append(" runs per configuration, alternating; medians.\n\n")
                .append("| functions | plain javac (ms) | javac + Sluice (ms) | ratio | target ≤ 1.5× | Sluice ms per function |\n")
                .append("| ---: | ---: | ---: | ---: | --- | ---: |\n");
        double[] extra = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            int functions = SIZES[s];
            Path sources = generate(functions);
            List<Double> plain = new ArrayList<>();
            List<Double> sluice = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                plain.add(javac(sources, classpath, null));
                sluice.add(javac(sources, classpath, processorPath));
            }
            double p = Stats.median(plain);
            double w = Stats.median(sluice);
            extra[s] = w - p;
            out.append(String.format("| %d | %.0f | %.0f | %s | %s | %.2f |%n", functions, p, w, Stats.ratio(w, p),
                    functions == SIZES[SIZES.length - 1] ? Stats.verdict(w <= 1.5 * p) : "", (w - p) / functions));
            delete(sources);
        }
        double growth = extra[2] / extra[1];
        out.append(String.format("%nProcessor time added from %d to %d functions: %.2f× (linear is 2×; "
                + "above ~2.5× would mean worse than linear): %s.%n", SIZES[1], SIZES[2], growth,
                Stats.verdict(growth <= 2.5)));
        System.out.print(out);
    }

    private static Path generate(int functions) throws IOException {
        Path root = Files.createTempDirectory("sluice-bench-sources");
        Path pkg = Files.createDirectories(root.resolve("bench/pipeline"));
        Files.writeString(pkg.resolve("BenchPipeline.java"), """
                package bench.pipeline;

                import dev.sluice.annotations.Pipeline;

                @Pipeline(service = "bench")
                public class BenchPipeline {}
                """);
        int classes = 50;
        for (int c = 0; c < classes; c++) {
            StringBuilder source = new StringBuilder("package bench.pipeline;\n\n")
                    .append("import dev.sluice.annotations.Function;\nimport dev.sluice.annotations.OnSqs;\n")
                    .append("import java.math.BigDecimal;\nimport java.util.List;\n\n")
                    .append("public class Functions").append(c).append(" {\n")
                    .append("    public record Job").append(c)
                    .append("(String id, int attempt, BigDecimal amount, List<String> tags) {}\n\n");
            for (int f = c; f < functions; f += classes) {
                source.append("    @OnSqs(queueArn = \"arn:aws:sqs:us-east-1:123456789012:work-").append(f)
                        .append("\", batchSize = 10)\n")
                        .append("    @Function(name = \"job").append(f).append("\", timeoutSeconds = 30)\n")
                        .append("    public void handle").append(f).append("(Job").append(c).append(" job) {\n")
                        .append("        if (job.attempt() > ").append(f % 7 + 1)
                        .append(") throw new IllegalStateException(job.id());\n    }\n\n");
            }
            Files.writeString(pkg.resolve("Functions" + c + ".java"), source.append("}\n").toString());
        }
        return root;
    }

    private static double javac(Path sources, String classpath, String processorPath)
            throws IOException, InterruptedException {
        Path output = Files.createTempDirectory("sluice-bench-classes");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "--release", "17", "-d", output.toString(), "-s", output.toString(), "-cp", classpath));
        if (processorPath == null) {
            command.add("-proc:none");
        } else {
            command.addAll(List.of("-processorpath", processorPath, "-Asluice.descriptorDir=" + output));
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> command.add(f.toString()));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(output.toFile(), "javac.log")).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("javac failed: " + Files.readString(output.resolve("javac.log")));
        }
        double millis = (System.nanoTime() - start) / 1e6;
        delete(output);
        return millis;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

package dev.sluice.maven;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code sluice:run}: the module's pipeline on this machine until Ctrl-C (or {@code quit}). Today it serves the
 * HTTP routes on loopback, as API Gateway builds their events, and fires the schedules in UTC; each function is kept
 * warm in its own JVM with exactly its descriptor environment. Type {@code fire <function>} to send a scheduled
 * function its event now. Queues, buckets and table streams are not served yet: their functions are listed and
 * can be invoked with {@code sluice:invoke}. Builds nothing itself: run it after {@code compile}.
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, defaultPhase = LifecyclePhase.NONE)
public class RunMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The first port: the HTTP API's; the REST API and function URLs take the next ones. */
    @Parameter(property = "sluice.port", defaultValue = "3000")
    private int port;

    /** Where the functions' AWS SDK clients are sent ({@code AWS_ENDPOINT_URL}); nowhere by default. */
    @Parameter(property = "sluice.endpoint")
    private String endpoint;

    @Override
    public void execute() throws MojoExecutionException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<WarmFunction> functions = new ArrayList<>();
        try {
            LocalPipeline pipeline = LocalPipeline.read(Path.of(project.getBuild().getOutputDirectory()));
            List<String> classpath = new ArrayList<>(project.getRuntimeClasspathElements());
            for (Artifact artifact : pluginArtifacts) {
                if (!artifact.getGroupId().equals("org.apache.maven")) {
                    classpath.add(artifact.getFile().getPath());
                }
            }
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            for (LocalPipeline.Function function : pipeline.functions()) {
                functions.add(new WarmFunction(new Invocation(pipeline, function, endpoint), function, java, classpath,
                        out));
            }
            try (HttpGateway gateway = new HttpGateway(functions, port, out);
                    Schedules schedules = new Schedules(functions, out)) {
                out.println("sluice:run " + pipeline.service() + " — locally, unlike AWS: one warm JVM per function "
                        + "(no concurrency), authorizers not enforced, SDK calls go to "
                        + (endpoint == null ? "nowhere (set -Dsluice.endpoint)" : endpoint));
                for (Map.Entry<String, String> api : gateway.urls().entrySet()) {
                    out.println("  " + api.getKey() + ": " + api.getValue());
                }
                schedules.start().forEach(line -> out.println("  schedule " + line));
                for (WarmFunction function : functions) {
                    String kind = function.function().kind();
                    if (!kind.equals("http") && !kind.equals("schedule")) {
                        out.println("  " + function.function().name() + " (" + kind + "): not served yet; "
                                + "mvn sluice:invoke -Dsluice.function=" + function.function().name());
                    }
                }
                out.println("Type 'fire <function>' to run a scheduled function now, 'quit' (or Ctrl-C) to stop.");
                console(functions, schedules, out);
            }
        } catch (IOException | DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } finally {
            functions.forEach(WarmFunction::close);
        }
    }

    private static void console(List<WarmFunction> functions, Schedules schedules, PrintStream out)
            throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.strip();
            if (command.equals("quit") || command.equals("exit")) {
                return;
            }
            if (command.startsWith("fire ")) {
                String name = command.substring(5).strip();
                List<String> scheduled = functions.stream().filter(f -> f.function().kind().equals("schedule"))
                        .map(f -> f.function().name()).toList();
                functions.stream().filter(f -> f.function().name().equals(name) && scheduled.contains(name))
                        .findFirst().ifPresentOrElse(schedules::fire, () -> out.println("no scheduled function "
                                + name + "; they are " + String.join(", ", scheduled)));
            } else if (!command.isEmpty()) {
                out.println("commands: fire <function>, quit");
            }
        }
        // Standard input closed (not a terminal): serve until the JVM is stopped.
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

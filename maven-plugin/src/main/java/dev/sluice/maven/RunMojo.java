package dev.sluice.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code sluice:run}: the module's whole pipeline on this machine — queues (ElasticMQ), buckets (S3Proxy), tables
 * and their streams (dynalite), topics, schedules and HTTP routes — until Ctrl-C or {@code quit}, or with
 * {@code -Dsluice.until=idle} until nothing is in flight. Files under {@code src/local/buckets/<bucket>/} are
 * uploaded, and files under {@code src/local/queues/<queue>/} sent, once everything runs. The run happens in a
 * JVM of its own ({@link LocalRun}); this goal builds nothing itself: run it after {@code compile} (or
 * {@code package}).
 */
@Mojo(name = "run", requiresDependencyResolution = ResolutionScope.RUNTIME, defaultPhase = LifecyclePhase.NONE)
public class RunMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The first port: the HTTP API's; the REST API and function URLs take the next ones (0: any free ports). */
    @Parameter(property = "sluice.port", defaultValue = "3000")
    private int port;

    /** {@code idle}: stop once nothing is in flight (for CI and scripts); otherwise run until stopped. */
    @Parameter(property = "sluice.until")
    private String until;

    /** How long {@code -Dsluice.until=idle} waits for the pipeline to become idle before it fails. */
    @Parameter(property = "sluice.idleTimeout", defaultValue = "300")
    private int idleTimeoutSeconds;

    /**
     * Seconds after which a message a function failed is visible again, instead of the queue's visibility timeout
     * (six times its consumer's timeout, as AWS advises), so that retries — and the dead-letter queue — take
     * seconds. The queues keep their own visibility timeout for messages being handled.
     */
    @Parameter(property = "sluice.retryAfter", defaultValue = "-1")
    private int retryAfter;

    /** A fraction (0 to 1) of successfully handled messages delivered a second time, as SQS may: tests idempotency. */
    @Parameter(property = "sluice.duplicates", defaultValue = "0")
    private double duplicates;

    /** Files to start the pipeline with: {@code buckets/<bucket>/<key>} and {@code queues/<queue>/<message>}. */
    @Parameter(property = "sluice.seed", defaultValue = "${project.basedir}/src/local")
    private File seed;

    /** Where tools the run installs (dynalite) are kept between runs. */
    @Parameter(property = "sluice.cache", defaultValue = "${user.home}/.sluice")
    private File cache;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (until != null && !until.isBlank() && !until.equals("idle")) {
            throw new MojoFailureException("-Dsluice.until=" + until + " is not known: use idle, or leave it out "
                    + "to run until Ctrl-C");
        }
        Path work = Path.of(project.getBuild().getDirectory(), "sluice-local");
        Process process;
        try {
            LocalPipeline.read(Path.of(project.getBuild().getOutputDirectory()));
            Files.createDirectories(work);
            Path classpathFile = work.resolve("function-classpath.txt");
            Files.write(classpathFile, FunctionClasspath.of(project, pluginArtifacts), StandardCharsets.UTF_8);
            List<String> runner = new ArrayList<>();
            runner.add(plugin.getPluginArtifact().getFile().getPath());
            for (Artifact artifact : pluginArtifacts) {
                if (!artifact.getGroupId().equals("org.apache.maven")) {
                    runner.add(artifact.getFile().getPath());
                }
            }
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Dfile.encoding=UTF-8", "-Dsun.net.httpserver.nodelay=true", "-cp",
                    String.join(File.pathSeparator, runner), LocalRun.class.getName(),
                    "--classes", project.getBuild().getOutputDirectory(), "--classpath-file", classpathFile.toString(),
                    "--work", work.toString(), "--cache", cache.getPath(), "--seed", seed.getPath(),
                    "--port", String.valueOf(port), "--until", until == null || until.isBlank() ? "stopped" : until,
                    "--idle-timeout", String.valueOf(idleTimeoutSeconds),
                    "--retry-after", String.valueOf(retryAfter),
                    "--duplicates", String.valueOf(duplicates)));
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().keySet().removeIf(name -> name.startsWith("AWS_"));
            process = builder.start();
        } catch (IOException | DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        Thread stop = new Thread(() -> {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sluice-run-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new MojoExecutionException("interrupted", e);
        }
        Runtime.getRuntime().removeShutdownHook(stop);
        if (exit != 0) {
            throw new MojoFailureException("sluice:run ended with exit code " + exit + "; its output is above");
        }
    }
}

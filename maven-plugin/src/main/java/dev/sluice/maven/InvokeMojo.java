package dev.sluice.maven;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code sluice:invoke -Dsluice.function=NAME [-Dsluice.event=file.json]}: runs one function once in a child JVM
 * through AWS's own runtime interface client, against a Lambda Runtime API on loopback (in-process where the client
 * has no native library: macOS, Windows), with its environment, memory and timeout; without an event, with its
 * generated sample event. The response is
 * printed on standard output alone; the build fails when the function fails or times out. Builds nothing itself:
 * run it after {@code compile} (e.g. {@code mvn compile sluice:invoke ...}).
 */
@Mojo(name = "invoke", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true,
        defaultPhase = LifecyclePhase.NONE)
public class InvokeMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The function to run, by its name in the descriptor. */
    @Parameter(property = "sluice.function", required = true)
    private String function;

    /** The event file; the function's generated sample event when unset. */
    @Parameter(property = "sluice.event")
    private File event;

    /** Where the function's AWS SDK clients are sent ({@code AWS_ENDPOINT_URL}); nowhere by default. */
    @Parameter(property = "sluice.endpoint")
    private String endpoint;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        try {
            LocalPipeline pipeline = LocalPipeline.read(classes);
            LocalPipeline.Function target = pipeline.function(function).orElseThrow(() -> new MojoFailureException(
                    "no function named \"" + function + "\" in " + pipeline.service() + "; its functions are "
                            + String.join(", ", pipeline.functionNames())));
            Path eventFile = event != null ? event.toPath()
                    : classes.resolve("sluice/events/" + target.name() + ".json");
            Invocation.checkEvent(eventFile);
            List<String> classpath = FunctionClasspath.of(project, pluginArtifacts);
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            getLog().info("invoking " + target.name() + " (" + target.summary() + ") with " + eventFile);
            PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Invocation invocation = new Invocation(pipeline, target, endpoint);
            Path work = Path.of(project.getBuild().getDirectory(), "sluice");
            Invocation.Result result;
            if (RuntimeClientInvocation.supported()) {
                result = new RuntimeClientInvocation(invocation, target).run(java, classpath,
                        Files.readAllBytes(eventFile), work.resolve("runtime-client"), log);
            } else {
                getLog().info("AWS's runtime interface client has native libraries for Linux only: invoking "
                        + target.name() + " in-process instead, with the same contract (event bytes in, response "
                        + "bytes out, the function's environment, memory and timeout)");
                result = invocation.run(java, classpath, eventFile, work, log);
            }
            if (!result.succeeded()) {
                if (result.response().length > 0) {
                    // The error document the runtime posted, as Lambda returns it to a caller.
                    new PrintStream(System.out, true, StandardCharsets.UTF_8).println(new String(result.response(),
                            StandardCharsets.UTF_8));
                }
                throw new MojoFailureException(result.failure());
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.println(new String(result.response(), StandardCharsets.UTF_8));
        } catch (IOException | org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted", e);
        }
    }
}

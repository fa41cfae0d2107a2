package dev.sluice.maven;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code sluice:events [-Dsluice.function=NAME]}: prints each function's sample event (or one's), in its trigger's
 * shape, as {@code sluice:invoke} uses it by default.
 */
@Mojo(name = "events", threadSafe = true)
public class EventsMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Only this function's event. */
    @Parameter(property = "sluice.function")
    private String function;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        try {
            LocalPipeline pipeline = LocalPipeline.read(classes);
            if (function != null && pipeline.function(function).isEmpty()) {
                throw new MojoFailureException("no function named \"" + function + "\"; the functions are "
                        + String.join(", ", pipeline.functionNames()));
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            for (LocalPipeline.Function each : pipeline.functions()) {
                if (function == null || function.equals(each.name())) {
                    Path file = classes.resolve("sluice/events/" + each.name() + ".json");
                    out.println("# " + each.name() + " (" + each.summary() + "): " + file);
                    out.println(Files.readString(file, StandardCharsets.UTF_8).strip());
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}

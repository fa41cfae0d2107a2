package dev.sluice.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** {@code sluice:graph}: writes the pipeline as a Mermaid diagram to {@code target/sluice/pipeline.md}. */
@Mojo(name = "graph", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class GraphMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            LocalPipeline pipeline = LocalPipeline.read(Path.of(project.getBuild().getOutputDirectory()));
            Path out = Path.of(project.getBuild().getDirectory(), "sluice", "pipeline.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, Graph.markdown(pipeline), StandardCharsets.UTF_8);
            getLog().info("pipeline diagram: " + out);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}

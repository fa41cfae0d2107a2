package dev.sluice.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

/**
 * A function JVM's class path: the module's classes and runtime dependencies, then sluice-local (the invoker the
 * child runs) and what it needs — never the plugin's other libraries (the servers'), which the function would not
 * have on Lambda.
 */
final class FunctionClasspath {

    private FunctionClasspath() {}

    static List<String> of(MavenProject project, List<Artifact> pluginArtifacts)
            throws DependencyResolutionRequiredException {
        List<String> classpath = new ArrayList<>(project.getRuntimeClasspathElements());
        for (Artifact artifact : pluginArtifacts) {
            if (isInvoker(artifact)) {
                classpath.add(artifact.getFile().getPath());
            }
        }
        return classpath;
    }

    /** sluice-local and the Lambda libraries it depends on. */
    static boolean isInvoker(Artifact artifact) {
        return artifact.getArtifactId().equals("sluice-local") && artifact.getGroupId().equals("dev.sluice")
                || artifact.getGroupId().equals("com.amazonaws") && artifact.getArtifactId().startsWith("aws-lambda-java-");
    }
}

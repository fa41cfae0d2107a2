package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, copied into a new Maven project exactly as written and built with Maven against the
 * Sluice artifacts this build installed. If the README drifts from what works, this fails.
 */
class QuickStartIT {

    private static final Path ROOT = Path.of(System.getProperty("sluice.root", ".."));
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- quickstart:(?<kind>pom|java)(?: (?<path>\\S+))? -->\\s*```\\w+\\n(?<body>.*?)```", Pattern.DOTALL);

    @Test
    void readmeQuickStartBuildsALambdaJarAndAPackageableDescriptor(@TempDir Path project, @TempDir Path packaged)
            throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher blocks = BLOCK.matcher(readme);
        int written = 0;
        while (blocks.find()) {
            Path target = project.resolve(blocks.group("kind").equals("pom") ? "pom.xml" : blocks.group("path"));
            Files.createDirectories(target.getParent());
            Files.writeString(target, blocks.group("body"), StandardCharsets.UTF_8);
            written++;
        }
        assertWithMessage("quick-start blocks in README.md").that(written).isEqualTo(2);

        Process maven = new ProcessBuilder(Maven.command("-B", "-ntp", "-q", "package"))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile())
                .start();
        assertWithMessage("mvn package did not finish").that(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertWithMessage("mvn package failed:\n%s", Files.readString(project.resolve("build.log")))
                .that(maven.exitValue()).isEqualTo(0);

        assertThat(Files.exists(project.resolve(
                "target/generated-sources/annotations/com/example/orders/Orders_shipHandler.java"))).isTrue();
        String descriptor = Files.readString(project.resolve("serverless.yml"), StandardCharsets.UTF_8);
        assertThat(descriptor).contains("artifact: target/orders-1.0.0.jar");
        assertThat(descriptor).contains("handler: com.example.orders.Orders_shipHandler::handleRequest");
        try (JarFile jar = new JarFile(project.resolve("target/orders-1.0.0.jar").toFile())) {
            assertThat(jar.getEntry("com/example/orders/Orders_shipHandler.class")).isNotNull();
            assertThat(jar.getEntry("dev/sluice/runtime/SqsBatchFailures.class")).isNotNull();
            assertThat(jar.getEntry("com/example/orders/Orders_Order_JsonDecoder.class")).isNotNull();
            assertThat(jar.getEntry("com/fasterxml/jackson/core/JsonParser.class")).isNotNull();
            // A record payload needs neither databind nor the event model at run time.
            assertThat(jar.getEntry("com/fasterxml/jackson/databind/ObjectMapper.class")).isNull();
            assertThat(jar.getEntry("com/amazonaws/services/lambda/runtime/events/SQSEvent.class")).isNull();
            assertThat(jar.getEntry("dev/sluice/annotations/OnSqs.class")).isNull(); // compile time only
        }
        TemplateChecks template = new TemplateChecks(ServerlessFramework.packageService(
                project.resolve("serverless.yml"), project.resolve("target/orders-1.0.0.jar"), packaged));
        template.hasNoSharedDefaultRole();
        template.oneRolePerFunction();
        template.rolesHoldOnlyWhatTheirFunctionDeclared();
    }

    /**
     * Every library the README or a compile error tells users to add resolves with no version in a pom that
     * imports sluice-bom: the coordinates are read from README.md and the message catalog, plus the runtime
     * serializer the README's local invoke needs.
     */
    @Test
    void bomCarriesEveryLibraryTheDocsAndErrorsName(@TempDir Path project) throws Exception {
        String texts = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)
                + Files.readString(ROOT.resolve("processor/src/main/java/dev/sluice/processor/diag/Message.java"),
                        StandardCharsets.UTF_8);
        java.util.TreeSet<String> coordinates = new java.util.TreeSet<>(List.of(
                "com.amazonaws:aws-lambda-java-serialization", "software.amazon.awssdk:url-connection-client"));
        Matcher named = Pattern.compile("\\b((?:com|org|software|dev)\\.[a-z0-9.]+):([a-z][a-z0-9-]+)\\b")
                .matcher(texts);
        while (named.find()) {
            coordinates.add(named.group(1) + ":" + named.group(2));
        }
        assertThat(coordinates).containsAtLeast("software.amazon.awssdk:s3", "org.crac:crac",
                "com.fasterxml.jackson.core:jackson-databind", "com.amazonaws:aws-lambda-java-events");
        StringBuilder dependencies = new StringBuilder();
        for (String coordinate : coordinates) {
            String[] parts = coordinate.split(":");
            dependencies.append("<dependency><groupId>").append(parts[0]).append("</groupId><artifactId>")
                    .append(parts[1]).append("</artifactId></dependency>\n");
        }
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId><artifactId>bom-check</artifactId><version>1</version>
                  <dependencyManagement><dependencies><dependency>
                    <groupId>dev.sluice</groupId><artifactId>sluice-bom</artifactId><version>0.1.0-SNAPSHOT</version>
                    <type>pom</type><scope>import</scope>
                  </dependency></dependencies></dependencyManagement>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(dependencies), StandardCharsets.UTF_8);
        Process maven = new ProcessBuilder(Maven.command("-B", "-ntp", "-q", "validate"))
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(project.resolve("build.log").toFile())
                .start();
        assertWithMessage("mvn validate did not finish").that(maven.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertWithMessage("%s: a library the docs name has no version in sluice-bom:\n%s", coordinates,
                Files.readString(project.resolve("build.log"))).that(maven.exitValue()).isEqualTo(0);
    }
}

package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real Serverless Framework (npm {@code osls} 4.3.1, pinned in {@code it/package.json}) offline: no AWS
 * credentials, no telemetry, no instance metadata. {@code osls package} turns a serverless.yml into the
 * CloudFormation template a deploy would submit.
 */
final class ServerlessFramework {

    static final Path ROOT = Path.of(System.getProperty("sluice.root", "..")).toAbsolutePath().normalize();
    private static final Path OSLS = ROOT.resolve("it/node_modules/.bin/osls");

    private ServerlessFramework() {}

    /**
     * Copies {@code descriptor} into {@code workDir} with the jar it names ({@code artifact}, or a placeholder
     * when the jar is not built), packages it for stage dev, and returns the update-stack template.
     */
    static JsonNode packageService(Path descriptor, Path artifact, Path workDir) throws IOException, InterruptedException {
        assertWithMessage("osls is not installed at %s: run `npm ci --prefix it` (.ci/run does)", OSLS)
                .that(Files.isExecutable(OSLS)).isTrue();
        Files.copy(descriptor, workDir.resolve("serverless.yml"));
        String yaml = Files.readString(descriptor, StandardCharsets.UTF_8);
        String jar = yaml.lines().filter(line -> line.trim().startsWith("artifact:")).findFirst()
                .map(line -> line.substring(line.indexOf(':') + 1).trim())
                .orElseThrow(() -> new AssertionError("no package.artifact in " + descriptor));
        Path target = workDir.resolve(jar);
        Files.createDirectories(target.getParent());
        if (artifact != null && Files.exists(artifact)) {
            Files.copy(artifact, target);
        } else {
            Files.writeString(target, "placeholder jar: osls package only uploads nothing, it copies this file");
        }

        ProcessBuilder builder = new ProcessBuilder(OSLS.toString(), "package", "--stage", "dev")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("osls.log").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_"));
        env.put("SLS_TELEMETRY_DISABLED", "1");
        env.put("SLS_NOTIFICATIONS_MODE", "off");
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        Process process = builder.start();
        assertWithMessage("osls package did not finish in 3 minutes").that(process.waitFor(3, TimeUnit.MINUTES))
                .isTrue();
        assertWithMessage("osls package failed:\n%s", Files.readString(workDir.resolve("osls.log")))
                .that(process.exitValue()).isEqualTo(0);
        JsonNode template = new ObjectMapper().readTree(
                workDir.resolve(".serverless/cloudformation-template-update-stack.json").toFile());
        // The descriptor's header states how many resources the stack will have; the processor's limit check
        // relies on that count, so it must be exact for every descriptor packaged here.
        java.util.regex.Matcher stated = java.util.regex.Pattern.compile("it makes (\\d+) CloudFormation resources")
                .matcher(yaml);
        assertWithMessage("resource count in the header of %s", descriptor).that(stated.find()).isTrue();
        assertWithMessage("resources of %s as packaged, against the count in its header", descriptor)
                .that(template.get("Resources").size()).isEqualTo(Integer.parseInt(stated.group(1)));
        return template;
    }

    /** Where {@code cfn-lint} is, or null. */
    static String cfnLint() {
        return onPath("cfn-lint");
    }

    /** Where {@code command} is on the PATH, or null. */
    static String onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Runs cfn-lint; returns its exit code (a bit mask: 2 errors, 4 warnings, 8 informational) and output. */
    static Map.Entry<Integer, String> lint(String cfnLint, Path template) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(cfnLint, template.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertWithMessage("cfn-lint did not finish").that(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return Map.entry(process.exitValue(), output);
    }
}

package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Every user string that reaches generated Java (Javadoc, comments, literals) or the descriptor (YAML values,
 * comments, IAM ARNs, Fn::Sub templates, the Serverless Framework's variables), fed with strings written to break
 * each of them: {@code hostile/strings.json}. Each compiles without warnings and reads back as written. The golden
 * written here is packaged by the real Serverless Framework in {@code it} (HostileStringsIT), which checks that
 * CloudFormation receives every string exactly.
 */
class HostileStringsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> strings() throws IOException {
        try (InputStream in = HostileStringsTest.class.getResourceAsStream("/hostile/strings.json")) {
            return List.of(JSON.readValue(in, String[].class));
        }
    }

    /**
     * Where a string can go: S3 filters cannot hold '*' (S3 filters are not patterns) nor control characters
     * (IAM's ARNs cannot), and Sluice says so at compile time.
     */
    static boolean fitsS3Filter(String text) {
        return !text.contains("*") && text.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /**
     * One pipeline with every hostile string in every place: function {@code s<i>} a schedule (description,
     * input, function description), {@code u<i>} an upload trigger (prefix, suffix) with a read grant under a
     * prefix, table {@code t<i>} keyed by the string, an environment value, and all of them as the values of one
     * SNS filter policy ({@code notes}), of a queue's subscription policy, of an EventBridge pattern (sources and
     * detail) and of a Kinesis filter.
     */
    static JavaFileObject pipeline(List<String> strings) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder tables = new StringBuilder();
        for (int i = 0; i < strings.size(); i++) {
            tables.append(i == 0 ? "" : ",\n            ").append("@Table(name = \"tab").append(i)
                    .append("\", partitionKey = ").append(java(strings.get(i))).append(')');
        }
        String audiences = strings.stream().map(HostileStringsTest::java).collect(Collectors.joining(", "));
        lines.add("@Pipeline(service = \"hostile\", buckets = @Bucket(name = \"drop\"), javaToolOptions = "
                + java(JAVA_TOOL_OPTIONS) + ",");
        lines.add("        jwtAuthorizers = @JwtAuthorizer(name = \"main\", issuerUrl = \"https://issuer.example.com\","
                + " audiences = {" + audiences + "}),");
        String values = JSON.writeValueAsString(java.util.Map.of("note", strings));
        lines.add("        tables = {" + tables + "}, topics = @Topic(name = \"notes\"),");
        // SNS → SQS, EventBridge and Kinesis: every string in the queue's filter policy, the rule's pattern (as
        // sources and detail values) and the mapping's filter.
        lines.add("        queues = @Queue(name = \"archive\", subscribesTo = @Queue.Subscription(topic = \"notes\","
                + " filterPolicy = " + java(values) + ")),");
        lines.add("        kinesisStreams = @KinesisStream(name = \"notes\"))");
        lines.add("public class Hostile {");
        lines.add("    public record Note(String note) {}");
        // SNS: every string as a value of one filter policy key (one array: 1 key, as many combinations as strings).
        lines.add("    @OnSns(topic = \"notes\", filterPolicy = " + java(JSON.writeValueAsString(
                java.util.Map.of("note", strings))) + ")");
        lines.add("    public void notes(String message) {}");
        lines.add("    @OnEvent(source = {" + audiences + "}, detailType = {" + audiences + "}, detail = " + java(values)
                + ")");
        lines.add("    public void notesEvent(Note note) {}");
        lines.add("    @OnKinesis(stream = \"notes\", filter = " + java(values) + ")");
        lines.add("    public void notesStream(Note note) {}");
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            lines.add("    @Schedule(value = \"cron(0 */4 ? * MON-FRI *)\", description = " + java(text) + ",");
            lines.add("            input = " + java(JSON.writeValueAsString(new Note(text))) + ")");
            lines.add("    @Function(description = " + java(text) + ")");
            lines.add("    public void s" + i + "(Note note) {}");
            // HTTP: the string as a query parameter's name (Java only), and as a scope where OAuth allows it.
            lines.add("    @OnHttp(method = OnHttp.Method.GET, path = \"/h" + i + "\", auth = OnHttp.Auth.JWT,"
                    + " authorizer = \"main\"" + (isScope(text) ? ", scopes = " + java(text) : "") + ")");
            lines.add("    public String h" + i + "(@Query(" + java(text) + ") java.util.Optional<String> q) {");
            lines.add("        return q.orElse(\"\");");
            lines.add("    }");
            if (fitsS3Filter(text)) {
                lines.add("    @OnS3Upload(bucket = \"drop\", prefix = " + java("in/" + i + "/" + text)
                        + ", suffix = " + java(text) + ")");
                lines.add("    @UsesBucket(value = \"drop\", access = UsesBucket.Access.READ, prefix = "
                        + java("out/" + i + "/" + text) + ")");
                if (!text.contains("${")) {
                    // Environment values are the one place where the framework's variables are meant to work.
                    lines.add("    @Function(environment = @Env(name = \"NOTE\", value = " + java(text) + "))");
                }
                lines.add("    public void u" + i + "(String bucket, String key) {}");
            }
        }
        lines.add("}");
        return source("Hostile", lines.toArray(String[]::new));
    }

    record Note(String note) {}

    /** RFC 6749 scope-token: what {@code @OnHttp(scopes)} accepts. */
    static boolean isScope(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c == 0x21 || c >= 0x23 && c <= 0x5B || c >= 0x5D && c <= 0x7E);
    }

    /** JVM flags with what YAML and the shell read specially: quotes, a colon, a hash. */
    static final String JAVA_TOOL_OPTIONS = "-Dnote=\"a: b # c\" -Dq='x' -Xss1m";

    /**
     * The strings in two pipelines of about 300 resources each: all in one would pass CloudFormation's limit of
     * 500 resources a stack.
     */
    static List<String> half(int half) throws IOException {
        List<String> all = strings();
        return half == 0 ? all.subList(0, all.size() / 2) : all.subList(all.size() / 2, all.size());
    }

    @Test
    void everyPlaceFirstHalf(TestInfo test) throws Exception {
        everyPlace(half(0), test);
    }

    @Test
    void everyPlaceSecondHalf(TestInfo test) throws Exception {
        everyPlace(half(1), test);
    }

    private static void everyPlace(List<String> strings, TestInfo test) throws Exception {
        Compilation compilation = compile(pipeline(strings));
        assertThat(compilation).succeededWithoutWarnings();
        Goldens.assertResource(compilation, "serverless.yml", test);

        JsonNode descriptor;
        try (InputStream in = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "serverless.yml")
                .orElseThrow().openInputStream()) {
            descriptor = new YAMLMapper().readTree(in);
        }
        JsonNode functions = descriptor.get("functions");
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            if (text.contains("${")) {
                continue; // escaped for the framework; HostileStringsIT checks what reaches CloudFormation
            }
            assertWithMessage("description of s%s", i).that(functions.get("s" + i).get("description").asText())
                    .isEqualTo(text);
            JsonNode rule = descriptor.get("resources").get("Resources").get("S" + i + "ScheduleRule")
                    .get("Properties");
            assertWithMessage("rule description of s%s", i).that(rule.get("Description").asText()).isEqualTo(text);
            assertThat(JSON.readValue(rule.get("Targets").get(0).get("Input").asText(), Note.class).note())
                    .isEqualTo(text);
            if (fitsS3Filter(text)) {
                assertWithMessage("environment of u%s", i)
                        .that(functions.get("u" + i).get("environment").get("NOTE").asText()).isEqualTo(text);
            }
            JsonNode authorizer = descriptor.get("provider").get("httpApi").get("authorizers").get("main");
            assertWithMessage("audience %s", i).that(authorizer.get("audience").get(i).asText()).isEqualTo(text);
            if (isScope(text)) {
                assertWithMessage("scope of h%s", i).that(functions.get("h" + i).get("events").get(0).get("httpApi")
                        .get("authorizer").get("scopes").get(0).asText()).isEqualTo(text);
            }
            JsonNode table = descriptor.get("resources").get("Resources").get("Tab" + i + "Table");
            assertWithMessage("key of t%s", i).that(table.get("Properties").get("KeySchema").get(0)
                    .get("AttributeName").asText()).isEqualTo(text);
        }
        // Each string is the name of a query parameter: the compiled handler finds it by that exact name.
        CompiledClasses classes = new CompiledClasses(compilation);
        for (int i = 0; i < strings.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode event = JSON.createObjectNode().put("version", "2.0")
                    .put("rawPath", "/h" + i);
            event.putObject("queryStringParameters").put(strings.get(i), "found " + i);
            event.putObject("requestContext").put("requestId", "r").putObject("http").put("method", "GET");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            classes.newInstance("test.Hostile_h" + i + "Handler", com.amazonaws.services.lambda.runtime.RequestStreamHandler.class)
                    .handleRequest(new java.io.ByteArrayInputStream(JSON.writeValueAsBytes(event)), out,
                            new dev.sluice.local.LocalContext("h", 512, 10, System.out));
            assertWithMessage("query parameter named %s", JSON.writeValueAsString(strings.get(i)))
                    .that(JSON.readTree(out.toByteArray()).get("body").asText()).isEqualTo("found " + i);
        }
        // The cron's "*/" is in the handler's Javadoc, readable and harmless.
        JavaFileObject handler = compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "test/Hostile_s0Handler.java")
                .orElseThrow();
        assertThat(handler.getCharContent(false).toString()).contains("<code>cron(0 *&#47;4 ? * MON-FRI *)</code>");
    }

    /** Each string alone, so that a failure names the string that broke. */
    @Test
    void eachStringAloneCompilesWithoutWarnings() throws Exception {
        for (String text : strings()) {
            Compilation compilation = compile(pipeline(List.of(text)));
            assertWithMessage("%s", JSON.writeValueAsString(text)).that(compilation.errors()).isEmpty();
            assertWithMessage("%s", JSON.writeValueAsString(text)).that(compilation.warnings()).isEmpty();
        }
    }

    /** {@code text} as a Java string literal, with no unicode escape (javac reads those before it lexes). */
    static String java(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\%03o", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}

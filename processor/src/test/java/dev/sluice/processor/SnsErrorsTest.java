package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** One compile test per {@code @OnSns} and {@code @Topic} diagnostic, each on the line at fault. */
class SnsErrorsTest {

    private static final JavaFileObject PIPELINE = source("SnsPipeline",
            "@Pipeline(service = \"test\", queues = {@Queue(name = \"undelivered\"), @Queue(name = \"other\"),",
            "        @Queue(name = \"undelivered.fifo\")},",
            "        topics = {@Topic(name = \"settled\"), @Topic(name = \"audit.fifo\"),",
            "                @Topic(name = \"partner\", arn = \"arn:aws:sns:eu-west-1:123456789012:partner\")})",
            "public class SnsPipeline {}");

    private static final List<String> HEAD = List.of(
            "import dev.sluice.runtime.SnsMessage;",
            "public class Listener {",
            "    public record Amount(String currency, java.math.BigDecimal value) {}",
            "    public record Settled(String paymentId, String status, Amount amount) {}",
            "");

    private static JavaFileObject listener(String... members) {
        return Compiler.listener(HEAD, members);
    }

    private static Compilation compileListener(JavaFileObject file) {
        return compile(file, PIPELINE);
    }

    @Test
    void everyShapeAndSettingCompilesWithoutWarnings() throws IOException {
        Compilation compilation = compileListener(listener(
                "    @OnSns(topic = \"settled\", filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY,",
                "            filterPolicy = \"{\\\"status\\\": [\\\"settled\\\"], \\\"amount\\\": {\\\"value\\\": "
                        + "[{\\\"numeric\\\": [\\\">\\\", 100]}]}}\",",
                "            deadLetterQueue = \"undelivered\", maximumRetryAttempts = 1, onFailure = \"other\")",
                "    public void announce(Settled settled, SnsMessage meta) {}",
                "",
                "    @OnSns(topic = \"settled\", filterPolicy = \"{\\\"currency\\\": [\\\"EUR\\\", {\\\"prefix\\\": "
                        + "\\\"US\\\"}]}\")",
                "    public void text(String message) {}",
                "",
                "    @OnSns(topicArn = \"arn:aws:sns:eu-west-1:123456789012:partner\")",
                "    public void partner(Settled settled) {}",
                "",
                "    @OnSns(topic = \"partner\")",
                "    @UsesTopic(\"settled\")",
                "    public void relay(String message, SnsMessage meta) {}"));

        assertThat(compilation).succeededWithoutWarnings();
        String descriptor = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/pipeline.json")
                .orElseThrow().getCharContent(true).toString();
        assertThat(descriptor).contains("\"kind\": \"sns\"");
        assertThat(descriptor).contains("\"variable\": \"SLUICE_TOPIC_ARN_SETTLED\"");
        assertThat(compilation.generatedSourceFile("test.Listener_announceHandler")).isPresent();
    }

    @Test
    void anUnsupportedParameterList() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled\")", "    public void on(int count) {}");
        assertSingleError(compileListener(file), Message.SNS_SHAPE, file, "public void on(int count)");
    }

    @Test
    void neitherTopicNorArn() {
        JavaFileObject file = listener("    @OnSns", "    public void on(String message) {}");
        assertSingleError(compileListener(file), Message.SNS_TOPIC_REFERENCE, file, "@OnSns");
    }

    @Test
    void aMalformedTopicArn() {
        JavaFileObject file = listener("    @OnSns(topicArn = \"arn:aws:sqs:eu-west-1:123456789012:partner\")",
                "    public void on(String message) {}");
        assertSingleError(compileListener(file), Message.SNS_TOPIC_ARN, file, "topicArn =");
    }

    @Test
    void anInvalidTopicName() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled topic\")", "    public void on(String message) {}");
        assertSingleError(compileListener(file), Message.TOPIC_NAME, file, "topic = \"settled topic\"");
    }

    @Test
    void anUndeclaredTopicSuggestsTheClosest() {
        JavaFileObject file = listener("    @OnSns(topic = \"setled\")", "    public void on(String message) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.SNS_TOPIC_UNDECLARED, file, "topic = \"setled\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"settled\"?");
    }

    @Test
    void aFifoTopicCannotInvokeAFunction() {
        JavaFileObject declared = listener("    @OnSns(topic = \"audit.fifo\")", "    public void on(String message) {}");
        assertSingleError(compileListener(declared), Message.SNS_FIFO_TOPIC, declared, "topic = \"audit.fifo\"");
        JavaFileObject byArn = listener("    @OnSns(topicArn = \"arn:aws:sns:eu-west-1:123456789012:audit.fifo\")",
                "    public void on(String message) {}");
        assertSingleError(compileListener(byArn), Message.SNS_FIFO_TOPIC, byArn, "topicArn =");
    }

    @Test
    void filterPoliciesSnsWouldRefuse() {
        String[][] policies = {
            {"{\\\"currency\\\": [\\\"EUR\\\"", "it is not JSON"},
            {"[\\\"EUR\\\"]", "a JSON object with at least one key"},
            {"{\\\"currency\\\": [{\\\"prefixx\\\": \\\"EU\\\"}]}", "Unrecognized match type prefixx"},
            {"{\\\"currency\\\": \\\"EUR\\\"}", "must be an object or an array"},
            {"{\\\"amount\\\": [{\\\"numeric\\\": [\\\">\\\", \\\"x\\\"]}]}", "must be numeric"},
            {"{\\\"amount\\\": {\\\"value\\\": [1]}}", "it nests keys (amount)"},
            {"{\\\"amount\\\": [1000000001]}", "the number 1000000001 under amount"},
            {"{\\\"amount\\\": [0.000001]}", "the number 0.000001 under amount"},
        };
        for (String[] policy : policies) {
            JavaFileObject file = listener("    @OnSns(topic = \"settled\",",
                    "            filterPolicy = \"" + policy[0] + "\")", "    public void on(String message) {}");
            Compilation compilation = compileListener(file);
            assertSingleError(compilation, Message.SNS_FILTER_POLICY, file, "filterPolicy =");
            assertThat(compilation).hadErrorContaining(policy[1]);
        }
    }

    @Test
    void filterPoliciesOverSnsLimits() {
        JavaFileObject keys = listener("    @OnSns(topic = \"settled\", filterPolicy = \"{\\\"a\\\": [1], \\\"b\\\": [1], "
                + "\\\"c\\\": [1], \\\"d\\\": [1], \\\"e\\\": [1], \\\"f\\\": [1]}\")",
                "    public void on(String message) {}");
        Compilation tooManyKeys = compileListener(keys);
        assertSingleError(tooManyKeys, Message.SNS_FILTER_POLICY_LIMIT, keys, "filterPolicy =");
        assertThat(tooManyKeys).hadErrorContaining("has 6 keys (a, b, c, d, e, f)");

        JavaFileObject combinations = listener("    @OnSns(topic = \"settled\", filterPolicy = \"{\\\"a\\\": [1, 2, 3, 4, "
                + "5, 6, 7, 8, 9, 10], \\\"b\\\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], \\\"c\\\": [1, 2]}\")",
                "    public void on(String message) {}");
        Compilation tooManyCombinations = compileListener(combinations);
        assertSingleError(tooManyCombinations, Message.SNS_FILTER_POLICY_LIMIT, combinations, "filterPolicy =");
        assertThat(tooManyCombinations).hadErrorContaining("has 200 combinations of values");

        JavaFileObject or = listener("    @OnSns(topic = \"settled\", filterPolicy = \"{\\\"$or\\\": [{\\\"a\\\": [1, 2, 3, "
                + "4, 5, 6, 7, 8, 9, 10]}, {\\\"b\\\": [1, 2, 3]}], \\\"c\\\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}\")",
                "    public void on(String message) {}");
        // $or adds its branches' combinations (10 + 3), which c then multiplies: 130, within the limit.
        assertThat(compileListener(or)).succeededWithoutWarnings();
    }

    @Test
    void aBodyPolicyOnAFieldThePayloadLacks() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled\", filterPolicyScope = "
                        + "OnSns.FilterPolicyScope.MESSAGE_BODY,",
                "            filterPolicy = \"{\\\"amount\\\": {\\\"valeu\\\": [{\\\"exists\\\": true}]}}\")",
                "    public void on(Settled settled) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.SNS_FILTER_POLICY_FIELD, file, "filterPolicy =");
        assertThat(compilation).hadErrorContaining("matches amount.valeu in the message body, but Amount has no such "
                + "field (it has [currency, value]). Did you mean \"value\"?");
    }

    @Test
    void aBodyScopeWithoutPolicy() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled\", filterPolicyScope = "
                + "OnSns.FilterPolicyScope.MESSAGE_BODY)", "    public void on(Settled settled) {}");
        assertSingleError(compileListener(file), Message.SNS_FILTER_POLICY_BODY, file, "filterPolicyScope =");
    }

    @Test
    void retriesOutOfRange() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled\", maximumRetryAttempts = 3)",
                "    public void on(String message) {}");
        assertSingleError(compileListener(file), Message.RETRY_ATTEMPTS, file, "maximumRetryAttempts = 3");
    }

    @Test
    void deadLetterQueuesSnsCannotUse() {
        JavaFileObject undeclared = listener("    @OnSns(topic = \"settled\", deadLetterQueue = \"lost\")",
                "    public void on(String message) {}");
        Compilation missing = compileListener(undeclared);
        assertSingleError(missing, Message.SNS_DEAD_LETTER_QUEUE, undeclared, "deadLetterQueue = \"lost\"");
        assertThat(missing).hadErrorContaining("is not declared by the pipeline");

        JavaFileObject fifo = listener("    @OnSns(topic = \"settled\", deadLetterQueue = \"undelivered.fifo\")",
                "    public void on(String message) {}");
        Compilation fifoQueue = compileListener(fifo);
        assertSingleError(fifoQueue, Message.SNS_DEAD_LETTER_QUEUE, fifo, "deadLetterQueue = \"undelivered.fifo\"");
        assertThat(fifoQueue).hadErrorContaining("is a FIFO queue");
    }

    @Test
    void twoSubscriptionsSharingADeadLetterQueue() {
        JavaFileObject file = listener(
                "    @OnSns(topic = \"settled\", deadLetterQueue = \"undelivered\")",
                "    public void first(String message) {}",
                "    @OnSns(topic = \"partner\", deadLetterQueue = \"undelivered\") // second",
                "    public void second(String message) {}");
        assertSingleError(compileListener(file), Message.SNS_SHARED_DEAD_LETTER_QUEUE, file, "// second");
    }

    @Test
    void publishingToAnUndeclaredTopic() {
        JavaFileObject file = listener("    @OnSns(topic = \"settled\")", "    @UsesTopic(\"setled\")",
                "    public void on(String message) {}");
        Compilation compilation = compileListener(file);
        assertSingleError(compilation, Message.GRANT_UNDECLARED, file, "@UsesTopic(\"setled\")");
        assertThat(compilation).hadErrorContaining("@UsesTopic(\"setled\") names no topic declared in "
                + "@Pipeline(topics = ...)");
    }

    @Test
    void declaredTopicsAreChecked() {
        JavaFileObject name = source("P", "@Pipeline(service = \"s\", topics = @Topic(name = \"a/b\"))",
                "public class P {}");
        assertSingleError(compile(name), Message.TOPIC_NAME, name, "@Topic(name = \"a/b\")");
        JavaFileObject twice = source("P", "@Pipeline(service = \"s\", topics = {",
                "        @Topic(name = \"events\"),",
                "        @Topic(name = \"events\", arn = \"arn:aws:sns:eu-west-1:123456789012:events\")})",
                "public class P {}");
        assertSingleError(compile(twice), Message.TOPIC_DUPLICATE, twice, "arn = ");
        JavaFileObject arn = source("P",
                "@Pipeline(service = \"s\", topics = @Topic(name = \"events\", arn = \"arn:aws:sns:eu-west-1:1:other\"))",
                "public class P {}");
        assertSingleError(compile(arn), Message.TOPIC_ARN, arn, "arn = ");
    }
}

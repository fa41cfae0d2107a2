package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.sluice.processor.Compiler.assertSingleError;
import static dev.sluice.processor.Compiler.compile;
import static dev.sluice.processor.Compiler.source;

import com.google.testing.compile.Compilation;
import dev.sluice.processor.diag.Message;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** SNS → SQS fan-out: a queue's {@code subscribesTo}, what it generates, and one compile test per diagnostic. */
class FanOutErrorsTest {

    private static final String TOPICS = "topics = {@Topic(name = \"settled\"), @Topic(name = \"audit.fifo\"),"
            + " @Topic(name = \"partner\", arn = \"arn:aws:sns:eu-west-1:123456789012:partner\")})";

    private static JavaFileObject pipeline(String... queues) {
        String[] lines = new String[queues.length + 4];
        lines[0] = "@Pipeline(service = \"fan\", region = \"eu-west-1\", queues = {";
        System.arraycopy(queues, 0, lines, 1, queues.length);
        lines[queues.length + 1] = "    },";
        lines[queues.length + 2] = "    " + TOPICS;
        lines[queues.length + 3] = "public class Fan { public record Settled(String id, String currency) {} }";
        return source("Fan", lines);
    }

    private static String descriptor(Compilation compilation) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "serverless.yml").orElseThrow()
                .getCharContent(true).toString();
    }

    @Test
    void aQueueSubscribedToTwoTopicsGetsBothSubscriptionsAndOnePolicyAllowingExactlyThem() throws IOException {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = {",
                "        @Queue.Subscription(topic = \"settled\", filterPolicy = \"{\\\"currency\\\": [\\\"EUR\\\"]}\",",
                "                filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY),",
                "        @Queue.Subscription(topic = \"partner\", rawMessageDelivery = false)}),",
                "    @Queue(name = \"audit.fifo\", subscribesTo = @Queue.Subscription(topic = \"audit.fifo\"))");
        JavaFileObject reader = source("Reader",
                "public class Reader {",
                "    @OnSqs(queue = \"audit.fifo\")",
                "    public void audit(Fan.Settled settled) {}",
                "}");
        Compilation compilation = compile(file, reader);

        assertThat(compilation).succeededWithoutWarnings();
        String yaml = descriptor(compilation);
        assertThat(yaml).contains("""
                    LedgerQueuePolicy:
                      Type: AWS::SQS::QueuePolicy
                      Properties:
                        Queues: [{Ref: LedgerQueue}]
                        PolicyDocument:
                          Version: '2012-10-17'
                          Statement:
                            - Sid: SettledTopic
                              Effect: Allow
                              Principal:
                                Service: sns.amazonaws.com
                              Action: sqs:SendMessage
                              Resource:
                                Fn::GetAtt: [LedgerQueue, Arn]
                              Condition:
                                ArnEquals:
                                  aws:SourceArn:
                                    Ref: SettledTopic
                            - Sid: PartnerTopic
                """);
        assertThat(yaml).contains("""
                    LedgerQueueSubscriptionToSettledTopic:
                      Type: AWS::SNS::Subscription
                      DependsOn: LedgerQueuePolicy
                      Properties:
                        Protocol: sqs
                        TopicArn:
                          Ref: SettledTopic
                        Endpoint:
                          Fn::GetAtt: [LedgerQueue, Arn]
                        RawMessageDelivery: true
                        FilterPolicy:
                          currency: [EUR]
                        FilterPolicyScope: MessageBody
                """);
        assertThat(yaml).contains("""
                      Properties:
                        Protocol: sqs
                        TopicArn: arn:aws:sns:eu-west-1:123456789012:partner
                        Endpoint:
                          Fn::GetAtt: [LedgerQueue, Arn]
                        Region: eu-west-1
                    AuditFifoQueue:
                """);
        assertThat(yaml).contains("AuditFifoQueueSubscriptionToAuditFifoTopic:");
        String local = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "sluice/pipeline.json").orElseThrow()
                .getCharContent(true).toString();
        assertThat(local).contains("\"queueSubscriptions\": [\n        {\n          \"queue\": \"ledger\",\n"
                + "          \"rawMessageDelivery\": true,\n          \"filterPolicy\": \"{\\\"currency\\\":[\\\"EUR\\\"]}\"");
    }

    @Test
    void aTopicThePipelineDoesNotDeclare() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"setled\"))");
        Compilation compilation = compile(file);
        assertSingleError(compilation, Message.QUEUE_SUBSCRIPTION_TOPIC, file, "topic = \"setled\"");
        assertThat(compilation).hadErrorContaining("Did you mean \"settled\"?");
    }

    @Test
    void aFifoTopicAndAStandardQueueEitherWay() {
        JavaFileObject standard = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"audit.fifo\"))");
        Compilation first = compile(standard);
        assertSingleError(first, Message.QUEUE_SUBSCRIPTION_KIND, standard, "topic = \"audit.fifo\"");
        assertThat(first).hadErrorContaining("the topic is FIFO and the queue standard");
        JavaFileObject fifo = pipeline(
                "    @Queue(name = \"ledger.fifo\", subscribesTo = @Queue.Subscription(topic = \"settled\"))");
        Compilation second = compile(fifo);
        assertSingleError(second, Message.QUEUE_SUBSCRIPTION_KIND, fifo, "topic = \"settled\"");
        assertThat(second).hadErrorContaining("the queue is FIFO and the topic standard");
    }

    @Test
    void anExistingQueueCannotSubscribe() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", arn = \"arn:aws:sqs:eu-west-1:123456789012:ledger\",",
                "            subscribesTo = @Queue.Subscription(topic = \"settled\"))");
        assertSingleError(compile(file), Message.QUEUE_SUBSCRIPTION_EXISTING, file,
                "subscribesTo = @Queue.Subscription");
    }

    @Test
    void theSameTopicTwice() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = {@Queue.Subscription(topic = \"settled\"),",
                "            @Queue.Subscription(topic = \"settled\", rawMessageDelivery = false)})");
        assertSingleError(compile(file), Message.QUEUE_SUBSCRIPTION_DUPLICATE, file, "rawMessageDelivery = false");
    }

    @Test
    void filterPoliciesAreCheckedAsForOnSns() {
        JavaFileObject bad = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
                "            filterPolicy = \"{\\\"currency\\\": \\\"EUR\\\"}\"))");
        assertSingleError(compile(bad), Message.SNS_FILTER_POLICY, bad, "filterPolicy = ");
        JavaFileObject tooMany = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
                "            filterPolicy = \"{\\\"a\\\": [1], \\\"b\\\": [1], \\\"c\\\": [1], \\\"d\\\": [1], "
                        + "\\\"e\\\": [1], \\\"f\\\": [1]}\"))");
        assertSingleError(compile(tooMany), Message.SNS_FILTER_POLICY_LIMIT, tooMany, "filterPolicy = ");
        JavaFileObject scopeOnly = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
                "            filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY))");
        assertSingleError(compile(scopeOnly), Message.SNS_FILTER_POLICY_BODY, scopeOnly,
                "filterPolicyScope = OnSns");
    }

    @Test
    void aBodyPolicyOnAFieldTheConsumersRecordLacks() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
                "            filterPolicy = \"{\\\"curency\\\": [\\\"EUR\\\"]}\",",
                "            filterPolicyScope = OnSns.FilterPolicyScope.MESSAGE_BODY))");
        JavaFileObject reader = source("Reader",
                "public class Reader {",
                "    @OnSqs(queue = \"ledger\")",
                "    public void settle(Fan.Settled settled) {}",
                "}");
        Compilation compilation = compile(file, reader);
        assertSingleError(compilation, Message.SNS_FILTER_POLICY_FIELD, file, "subscribesTo = ");
        assertThat(compilation).hadErrorContaining("Settled has no such field (it has [id, currency])");
    }

    @Test
    void aTypedConsumerOfEnvelopes() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\",",
                "            rawMessageDelivery = false))");
        JavaFileObject typed = source("Reader",
                "public class Reader {",
                "    @OnSqs(queue = \"ledger\")",
                "    public void settle(Fan.Settled settled) {}",
                "}");
        assertSingleError(compile(file, typed), Message.QUEUE_SUBSCRIPTION_ENVELOPE, file, "subscribesTo = ");
        JavaFileObject text = source("Reader",
                "public class Reader {",
                "    @OnSqs(queue = \"ledger\")",
                "    public void settle(String envelope) {}",
                "}");
        assertThat(compile(file, text)).succeededWithoutWarnings();
    }

    @Test
    void anOnSnsDeadLetterQueueCannotAlsoSubscribe() {
        JavaFileObject file = pipeline(
                "    @Queue(name = \"ledger\", subscribesTo = @Queue.Subscription(topic = \"settled\"))");
        JavaFileObject listener = source("Listener",
                "public class Listener {",
                "    @OnSns(topic = \"partner\", deadLetterQueue = \"ledger\")",
                "    public void relay(String message) {}",
                "}");
        assertSingleError(compile(file, listener), Message.QUEUE_POLICY_SHARED, file, "subscribesTo = ");
    }
}

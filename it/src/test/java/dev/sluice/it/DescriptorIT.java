package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated serverless.yml files, handed to the real tools: the Serverless Framework packages them offline,
 * then the CloudFormation it would deploy is checked for least privilege and linted by cfn-lint.
 */
class DescriptorIT {

    private static final Path ROOT = ServerlessFramework.ROOT;
    private static final Path EXAMPLE = ROOT.resolve("example-pipelines/serverless.yml");
    private static final Path RICH =
            ROOT.resolve("processor/src/test/resources/goldens/DescriptorGoldenTest/richPipeline/serverless.yml");

    @Test
    void examplePackagesWithOneLeastPrivilegeRolePerFunction(@TempDir Path work) throws Exception {
        JsonNode template = ServerlessFramework.packageService(EXAMPLE,
                ROOT.resolve("example-pipelines/target/payments-lambda.jar"), work);
        TemplateChecks checks = new TemplateChecks(template);

        checks.hasNoSharedDefaultRole();
        checks.oneRolePerFunction();
        checks.noWildcards();
        checks.rolesHoldOnlyWhatTheirFunctionDeclared();
        checks.queuePoliciesAllowExactlyTheirSenders();
        assertThat(checks.ofType("AWS::Lambda::Function")).containsExactly("ArchiveSettlementLambdaFunction",
                "AuditLogLambdaFunction", "CreateUserLambdaFunction", "DailyReportLambdaFunction",
                "FlagForRiskLambdaFunction", "GetUserLambdaFunction", "ProcessPaymentLambdaFunction",
                "ProcessUploadLambdaFunction", "PublicApiLambdaFunction", "ReviewLargeSettlementLambdaFunction",
                "ScoreRiskLambdaFunction");
        // The settlement topic: processPayment may publish to it, and the review function's subscription filters
        // on the body; SNS invokes the function through the framework's permission for that topic only.
        assertThat(checks.statements(checks.roleOf("ProcessPaymentLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("sns"))
                .map(statement -> statement.get("Action") + " " + statement.get("Resource")).toList())
                .containsExactly("[\"sns:Publish\"] [{\"Ref\":\"PaymentSettledTopic\"}]");
        JsonNode subscription = checks.ofType("AWS::SNS::Subscription").stream()
                .map(id -> checks.resource(id).get("Properties"))
                .filter(properties -> properties.get("Protocol").asText().equals("lambda")).findFirst().orElseThrow();
        assertThat(subscription.get("FilterPolicyScope").asText()).isEqualTo("MessageBody");
        assertThat(subscription.get("FilterPolicy").toString()).isEqualTo("{\"net\":[{\"numeric\":[\">=\",100]}]}");
        assertThat(checks.statements(checks.roleOf("ReviewLargeSettlementLambdaFunction"))).hasSize(3);
        // The archive queue subscribes to the topic with raw delivery; its policy lets that topic alone send.
        JsonNode archive = checks.resource("SettlementArchiveQueueSubscriptionToPaymentSettledTopic")
                .get("Properties");
        assertThat(archive.get("Protocol").asText()).isEqualTo("sqs");
        assertThat(archive.get("RawMessageDelivery").asBoolean()).isTrue();
        // Reviews go to the default bus: reviewLargeSettlement may put events on it alone, flagForRisk's rule matches
        // them, and flagForRisk may put records on the risk stream that scoreRisk reads, with the reads on it alone.
        assertThat(checks.statements(checks.roleOf("ReviewLargeSettlementLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("events"))
                .map(statement -> statement.get("Action") + " " + statement.get("Resource")).toList())
                .containsExactly("[\"events:PutEvents\"] [{\"Fn::Sub\":\"arn:${AWS::Partition}:events:${AWS::Region}:"
                        + "${AWS::AccountId}:event-bus/default\"}]");
        JsonNode riskRule = checks.resource("FlagForRiskEventRule").get("Properties");
        assertThat(riskRule.get("EventBusName").asText()).isEqualTo("default");
        assertThat(riskRule.get("EventPattern").toString()).isEqualTo("{\"source\":[\"payments.reviews\"],"
                + "\"detail-type\":[\"LargeSettlementReviewed\"],\"detail\":{\"net\":[{\"numeric\":[\">=\",100]}]}}");
        JsonNode riskMapping = checks.resource("ScoreRiskKinesisEventSourceMapping").get("Properties");
        assertThat(riskMapping.get("FunctionResponseTypes").toString()).isEqualTo("[\"ReportBatchItemFailures\"]");
        assertThat(checks.statements(checks.roleOf("ScoreRiskLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("kinesis"))
                .map(statement -> statement.get("Resource").toString()).toList())
                .containsExactly("[{\"Fn::GetAtt\":[\"RiskSignalsKinesisStream\",\"Arn\"]}]");
        // The users API: createUser may put and get users and nothing else; getUser may only get them; the public
        // API's role has only its log. The REST API validates createUser's body against the record's schema.
        assertThat(checks.statements(checks.roleOf("CreateUserLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("dynamodb"))
                .map(statement -> statement.get("Action").toString()).toList())
                .containsExactly("[\"dynamodb:GetItem\",\"dynamodb:PutItem\"]");
        assertThat(checks.statements(checks.roleOf("GetUserLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("dynamodb"))
                .map(statement -> statement.get("Action").toString()).toList())
                .containsExactly("[\"dynamodb:GetItem\"]");
        assertThat(checks.statements(checks.roleOf("PublicApiLambdaFunction"))).hasSize(2);
        JsonNode post = checks.resource("ApiGatewayMethodUsersPost").get("Properties");
        assertThat(post.get("RequestValidatorId").toString()).contains("RequestValidator");
        JsonNode model = checks.resource("ApiGatewayMethodUsersPostApplicationJsonModel").get("Properties");
        assertThat(model.get("Schema").get("properties").get("email").get("type").toString())
                .isEqualTo("[\"string\",\"null\"]");
        assertThat(checks.resource("HttpApiRouteAnyProxyVar").get("Properties").get("AuthorizationType").asText())
                .isEqualTo("AWS_IAM");
        // The framework lets API Gateway invoke each function, for its own API only.
        assertThat(TemplateChecks.flatten(checks.resource("CreateUserLambdaPermissionApiGateway").get("Properties")
                .get("SourceArn"))).contains("ApiGatewayRestApi");
        // processUpload: the uploads bucket notifies it for uploads/*.csv; its role reads exactly those objects.
        JsonNode uploads = checks.resource("MyUploadsBucket").get("Properties");
        assertThat(uploads.get("NotificationConfiguration").get("LambdaConfigurations").get(0).get("Filter")
                .toString()).isEqualTo("{\"S3Key\":{\"Rules\":[{\"Name\":\"prefix\",\"Value\":\"uploads/\"},"
                        + "{\"Name\":\"suffix\",\"Value\":\".csv\"}]}}");
        assertThat(checks.statements(checks.roleOf("ProcessUploadLambdaFunction")).stream()
                .filter(statement -> statement.get("Action").toString().contains("s3:GetObject"))
                .map(statement -> TemplateChecks.flatten(statement.get("Resource").get(0)))
                .toList()).containsExactly(
                        "arn:${AWS::Partition}:s3:::payments-my-uploads-bucket-${StackSuffix}/uploads/*.csv");
        JsonNode rule = checks.resource(checks.ofType("AWS::Events::Rule").get(0)).get("Properties");
        assertThat(rule.get("ScheduleExpression").asText()).isEqualTo("cron(0 6 * * ? *)");
        assertThat(rule.get("State").asText()).isEqualTo("ENABLED");

        JsonNode function = checks.resource("ProcessPaymentLambdaFunction").get("Properties");
        assertThat(function.get("Runtime").asText()).isEqualTo("java21");
        assertThat(function.get("Timeout").asInt()).isEqualTo(30);
        assertThat(function.get("MemorySize").asInt()).isEqualTo(512);
        assertThat(function.get("ReservedConcurrentExecutions").asInt()).isEqualTo(10);
        assertThat(function.get("Handler").asText())
                .isEqualTo("dev.sluice.examples.payments.Payments_processPaymentHandler::handleRequest");

        JsonNode mapping = checks.ofType("AWS::Lambda::EventSourceMapping").stream()
                .map(id -> checks.resource(id).get("Properties"))
                .filter(esm -> TemplateChecks.flatten(esm.get("EventSourceArn")).contains("PaymentQueue"))
                .findFirst().orElseThrow();
        // auditLog: the users table's stream, batches of 100 from LATEST, checkpointed by the handler.
        JsonNode audit = checks.ofType("AWS::Lambda::EventSourceMapping").stream()
                .map(id -> checks.resource(id).get("Properties"))
                .filter(esm -> TemplateChecks.flatten(esm.get("EventSourceArn")).contains("UsersTable"))
                .findFirst().orElseThrow();
        assertThat(audit.get("BatchSize").asInt()).isEqualTo(100);
        assertThat(audit.get("StartingPosition").asText()).isEqualTo("LATEST");
        assertThat(TemplateChecks.texts(audit.get("FunctionResponseTypes"))).containsExactly("ReportBatchItemFailures");
        assertThat(TemplateChecks.texts(mapping.get("FunctionResponseTypes")))
                .containsExactly("ReportBatchItemFailures");
        assertThat(mapping.get("BatchSize").asInt()).isEqualTo(10);

        // AWS: at least six times the function timeout (plus the batching window), and a dead-letter queue.
        JsonNode queue = checks.resource("PaymentQueue").get("Properties");
        assertThat(queue.get("QueueName").asText()).isEqualTo("payments-dev-payment-queue");
        assertThat(queue.get("VisibilityTimeout").asInt()).isAtLeast(6 * 30);
        JsonNode redrive = queue.get("RedrivePolicy");
        assertThat(redrive.get("maxReceiveCount").asInt()).isEqualTo(5);
        String deadLetter = redrive.get("deadLetterTargetArn").get("Fn::GetAtt").get(0).asText();
        assertThat(checks.resource(deadLetter).get("Properties").get("QueueName").asText())
                .isEqualTo("payments-dev-payment-queue-dlq");
        assertThat(TemplateChecks.flatten(mapping.get("EventSourceArn"))).contains("\"PaymentQueue\"");

        lint(work);
    }

    @Test
    void richPipelinePackagesAndHoldsOnlyDeclaredGrants(@TempDir Path work) throws Exception {
        JsonNode template = ServerlessFramework.packageService(RICH, null, work);
        TemplateChecks checks = new TemplateChecks(template);

        checks.hasNoSharedDefaultRole();
        checks.oneRolePerFunction();
        checks.noWildcards();
        checks.rolesHoldOnlyWhatTheirFunctionDeclared();
        // Eight trigger functions, two on an existing bucket, and the custom resource that sets its notifications.
        assertThat(checks.ofType("AWS::Lambda::Function")).hasSize(11);
        // The users table's stream: filtered to INSERT and MODIFY before Lambda invokes, checkpointed by the handler.
        JsonNode streamMapping = checks.ofType("AWS::Lambda::EventSourceMapping").stream()
                .map(id -> checks.resource(id).get("Properties"))
                .filter(esm -> TemplateChecks.flatten(esm.get("EventSourceArn")).contains("StreamArn"))
                .findFirst().orElseThrow();
        assertThat(streamMapping.get("StartingPosition").asText()).isEqualTo("TRIM_HORIZON");
        assertThat(streamMapping.get("FilterCriteria").toString())
                .isEqualTo("{\"Filters\":[{\"Pattern\":\"{\\\"eventName\\\":[\\\"INSERT\\\",\\\"MODIFY\\\"]}\"}]}");
        assertThat(checks.resource("UsersTable").get("Properties").get("StreamSpecification").get("StreamViewType")
                .asText()).isEqualTo("NEW_AND_OLD_IMAGES");
        // S3: the bucket notifies the ingest function, filtered, and S3 may invoke it for this bucket only.
        JsonNode notification = checks.resource("ReportsBucket").get("Properties").get("NotificationConfiguration")
                .get("LambdaConfigurations").get(0);
        assertThat(notification.get("Event").asText()).isEqualTo("s3:ObjectCreated:*");
        assertThat(notification.get("Filter").get("S3Key").get("Rules").toString())
                .isEqualTo("[{\"Name\":\"prefix\",\"Value\":\"incoming/\"},{\"Name\":\"suffix\",\"Value\":\".csv\"}]");
        JsonNode permission = checks.resource("IngestS3InvokePermission").get("Properties");
        assertThat(permission.get("Principal").asText()).isEqualTo("s3.amazonaws.com");
        assertThat(TemplateChecks.flatten(permission.get("SourceArn")))
                .isEqualTo("arn:${AWS::Partition}:s3:::shop-reports-${StackSuffix}");
        // The existing bucket: one custom resource holds both functions' notifications, after S3 may invoke them.
        JsonNode existing = checks.resource("UploadsBucketNotifications");
        assertThat(existing.get("Type").asText()).isEqualTo("Custom::SluiceS3Notifications");
        assertThat(TemplateChecks.texts(existing.get("DependsOn")))
                .containsExactly("IndexS3InvokePermission", "ReceiveS3InvokePermission");
        assertThat(existing.get("Properties").get("Bucket").asText()).isEqualTo("acme-uploads");
        assertThat(existing.get("Properties").get("Configurations").toString()).isEqualTo("[{\"Id\":\"shop-dev-index\","
                + "\"FunctionArn\":{\"Fn::GetAtt\":[\"IndexLambdaFunction\",\"Arn\"]},\"Events\":[\"s3:ObjectCreated:*\"],"
                + "\"Prefix\":\"feeds/\",\"Suffix\":\".json\"},{\"Id\":\"shop-dev-receive\",\"FunctionArn\":{\"Fn::GetAtt\":"
                + "[\"ReceiveLambdaFunction\",\"Arn\"]},\"Events\":[\"s3:ObjectCreated:Put\"],\"Prefix\":\"partners/\","
                + "\"Suffix\":\".csv\"}]");
        assertThat(TemplateChecks.flatten(checks.resource("ReceiveS3InvokePermission").get("Properties")
                .get("SourceArn"))).isEqualTo("arn:${AWS::Partition}:s3:::acme-uploads");
        JsonNode notifier = checks.resource("SluiceS3NotificationsLambdaFunction").get("Properties");
        assertThat(notifier.get("FunctionName").asText()).isEqualTo("shop-dev-s3-notifications");
        assertThat(notifier.get("Code").get("ZipFile").asText()).contains("exports.handler");
        // Schedules: one EventBridge rule each, with the expression, state and input as declared.
        List<JsonNode> rules = checks.ofType("AWS::Events::Rule").stream()
                .map(id -> checks.resource(id).get("Properties")).toList();
        assertThat(rules.stream().map(rule -> rule.get("ScheduleExpression").asText()).toList())
                .containsExactly("cron(0 6 * * ? *)", "rate(1 hour)");
        JsonNode sweep = rules.stream().filter(rule -> rule.get("ScheduleExpression").asText().startsWith("rate"))
                .findFirst().orElseThrow();
        assertThat(sweep.get("State").asText()).isEqualTo("DISABLED");
        assertThat(sweep.get("Targets").get(0).get("Input").asText()).isEqualTo("{\"scope\": \"recent\"}");
        // The audit function's failed events go to the parked queue, after one retry.
        JsonNode invokeConfig = checks.ofType("AWS::Lambda::EventInvokeConfig").stream()
                .map(id -> checks.resource(id).get("Properties"))
                .filter(config -> TemplateChecks.flatten(config.get("FunctionName")).contains("Audit"))
                .findFirst().orElseThrow();
        assertThat(invokeConfig.get("MaximumRetryAttempts").asInt()).isEqualTo(1);
        assertThat(TemplateChecks.flatten(invokeConfig.get("DestinationConfig").get("OnFailure").get("Destination")))
                .contains("\"ParkedQueue\"");
        for (String id : checks.ofType("AWS::Lambda::EventSourceMapping")) {
            assertThat(TemplateChecks.texts(checks.resource(id).get("Properties").get("FunctionResponseTypes")))
                    .containsExactly("ReportBatchItemFailures");
        }
        // ship: 20 s timeout, 5 s batching window → 6 × 20 + 5.
        assertThat(checks.resource("OrdersQueue").get("Properties").get("VisibilityTimeout").asInt()).isEqualTo(125);
        // Existing resources are referenced, never created.
        assertThat(checks.ofType("AWS::DynamoDB::Table")).containsExactly("UsersTable", "LedgerTable");
        assertThat(checks.ofType("AWS::S3::Bucket")).containsExactly("ServerlessDeploymentBucket", "ReportsBucket");

        lint(work);
    }

    @Test
    void checkedInExampleDescriptorMatchesWhatTheProcessorGenerates() throws Exception {
        Path generated = ROOT.resolve("example-pipelines/target/classes/serverless.yml");
        assertWithMessage("%s: build example-pipelines first", generated).that(Files.exists(generated)).isTrue();
        String checkedIn = checkedIn("example-pipelines/serverless.yml");
        assertWithMessage("example-pipelines/serverless.yml is out of date with the annotations. Regenerate it with "
                        + "`./mvnw -pl example-pipelines -am compile` and commit it")
                .that(checkedIn)
                .isEqualTo(Files.readString(generated, StandardCharsets.UTF_8));
    }

    /** The committed (staged) content when this is a git checkout, else the working file. */
    private static String checkedIn(String path) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "show", ":" + path).directory(ROOT.toFile()).start();
        String staged = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor(1, TimeUnit.MINUTES) && git.exitValue() == 0) {
            return staged;
        }
        System.err.println("!! not a git checkout: comparing the working copy of " + path);
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    static void lint(Path work) throws Exception {
        String cfnLint = ServerlessFramework.cfnLint();
        if (cfnLint == null) {
            System.err.println("!!! cfn-lint NOT FOUND on PATH: the CloudFormation lint is SKIPPED, not passed !!!");
        }
        Assumptions.assumeTrue(cfnLint != null, "cfn-lint not found on PATH: lint skipped");
        Map.Entry<Integer, String> result =
                ServerlessFramework.lint(cfnLint, work.resolve(".serverless/cloudformation-template-update-stack.json"));
        // Bit 2 is errors; warnings (4) come from the framework's own DependsOn on each role (W3005).
        assertWithMessage("cfn-lint found errors:\n%s", result.getValue()).that(result.getKey() & 3).isEqualTo(0);
        for (String line : result.getValue().split("\n")) {
            if (line.startsWith("W") || line.startsWith("I")) {
                assertWithMessage("unexpected cfn-lint finding").that(line).startsWith("W3005 ");
            }
        }
    }
}

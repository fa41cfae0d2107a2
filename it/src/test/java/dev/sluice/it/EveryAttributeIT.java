package dev.sluice.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline that sets every attribute of every annotation (processor test EveryAttributeTest writes its
 * descriptor), packaged by the real Serverless Framework in {@code configValidationMode: error}, so that every key
 * Sluice writes is checked against the framework's own schema, then linted by cfn-lint. SnapStart is on for every
 * function but one: whatever invokes them must invoke the framework's {@code snapstart} alias, never
 * {@code $LATEST}, which is never restored from a snapshot.
 */
class EveryAttributeIT {

    private static final Path GOLDEN = ServerlessFramework.ROOT.resolve(
            "processor/src/test/resources/goldens/EveryAttributeTest/everyAttributePipeline/serverless.yml");

    @Test
    void everyKeyIsOneTheFrameworkAcceptsAndSnapStartFunctionsAreInvokedThroughTheirAlias(@TempDir Path work)
            throws Exception {
        JsonNode template = ServerlessFramework.packageService(GOLDEN, null, work);
        TemplateChecks checks = new TemplateChecks(template);
        checks.hasNoSharedDefaultRole();
        checks.oneRolePerFunction();
        checks.noWildcards();
        checks.rolesHoldOnlyWhatTheirFunctionDeclared();
        checks.queuePoliciesAllowExactlyTheirSenders();

        // Stream mapping settings: the batching window arrives (the framework's key for streams is batchWindow).
        JsonNode changes = mapping(checks, "ChangesLambdaFunction");
        assertThat(changes.get("MaximumBatchingWindowInSeconds").asInt()).isEqualTo(2);
        assertThat(changes.get("ParallelizationFactor").asInt()).isEqualTo(2);
        assertThat(changes.get("BisectBatchOnFunctionError").asBoolean()).isTrue();
        JsonNode jobs = mapping(checks, "RunDashjobsLambdaFunction");
        assertThat(jobs.get("ScalingConfig").get("MaximumConcurrency").asInt()).isEqualTo(4);
        assertThat(jobs.get("MaximumBatchingWindowInSeconds").asInt()).isEqualTo(5);
        JsonNode runJobs = checks.resource("RunDashjobsLambdaFunction").get("Properties");
        assertThat(runJobs.get("EphemeralStorage").get("Size").asInt()).isEqualTo(1024);
        assertThat(runJobs.get("Runtime").asText()).isEqualTo("java25");
        assertThat(runJobs.has("SnapStart")).isFalse();

        // SnapStart: S3 (created and existing buckets) and the schedule invoke the alias; so does every mapping.
        for (String function : List.of("Ingest", "Removed", "Nightly", "Changes", "HistoryChanges", "LegacyJobs")) {
            String alias = function + "SnapStartLambdaAlias";
            assertWithMessage("%s has SnapStart", function)
                    .that(checks.resource(function + "LambdaFunction").get("Properties").get("SnapStart").toString())
                    .contains("PublishedVersions");
            assertWithMessage("the framework created %s", alias).that(checks.ofType("AWS::Lambda::Alias"))
                    .contains(alias);
        }
        JsonNode notification = checks.resource("DropBucket").get("Properties").get("NotificationConfiguration")
                .get("LambdaConfigurations").get(0);
        assertThat(notification.get("Function").toString()).isEqualTo("{\"Ref\":\"IngestSnapStartLambdaAlias\"}");
        assertThat(checks.resource("IngestS3InvokePermission").get("Properties").get("FunctionName").toString())
                .isEqualTo("{\"Ref\":\"IngestSnapStartLambdaAlias\"}");
        JsonNode existing = checks.resource("ArchiveBucketNotifications").get("Properties").get("Configurations")
                .get(0);
        assertThat(existing.get("FunctionArn").toString()).isEqualTo("{\"Ref\":\"RemovedSnapStartLambdaAlias\"}");
        assertThat(checks.resource("RemovedS3InvokePermission").get("Properties").get("FunctionName").toString())
                .isEqualTo("{\"Ref\":\"RemovedSnapStartLambdaAlias\"}");
        JsonNode rule = checks.resource("NightlyScheduleRule").get("Properties");
        assertThat(rule.get("Targets").get(0).get("Arn").toString())
                .isEqualTo("{\"Ref\":\"NightlySnapStartLambdaAlias\"}");
        assertThat(rule.get("State").asText()).isEqualTo("DISABLED");
        assertThat(rule.get("ScheduleExpression").asText()).isEqualTo("cron(0 */4 ? * MON-FRI *)");
        assertThat(checks.resource("NightlyScheduleInvokePermission").get("Properties").get("FunctionName")
                .toString()).isEqualTo("{\"Ref\":\"NightlySnapStartLambdaAlias\"}");
        // Asynchronous retries and the on-failure destination are configured on the alias too.
        for (String config : checks.ofType("AWS::Lambda::EventInvokeConfig")) {
            JsonNode properties = checks.resource(config).get("Properties");
            assertWithMessage("%s qualifier", config).that(properties.get("Qualifier").asText()).isEqualTo("snapstart");
        }
        for (String function : List.of("ChangesLambdaFunction", "HistoryChangesLambdaFunction",
                "LegacyJobsLambdaFunction")) {
            assertWithMessage("%s's mapping invokes the alias", function)
                    .that(TemplateChecks.flatten(mapping(checks, function).get("FunctionName")))
                    .contains("snapstart");
        }
        // HTTP: the framework integrates both APIs with the alias, and lets API Gateway invoke only it.
        assertThat(TemplateChecks.flatten(checks.resource("HttpApiIntegrationJob").get("Properties")
                .get("IntegrationUri"))).contains("snapstart");
        assertThat(TemplateChecks.flatten(checks.resource("ApiGatewayMethodJobsJobidVarRunsPost").get("Properties")
                .get("Integration").get("Uri"))).contains("snapstart");
        for (String permission : List.of("JobLambdaPermissionHttpApi", "StartRunLambdaPermissionApiGateway")) {
            assertThat(TemplateChecks.flatten(checks.resource(permission).get("Properties").get("FunctionName")))
                    .contains("snapstart");
        }
        // Function URLs: on the alias; a public one with both permissions AWS requires since October 2025.
        assertThat(TemplateChecks.flatten(checks.resource("FilesLambdaFunctionUrl").get("Properties")
                .get("TargetFunctionArn"))).contains("snapstart");
        assertThat(checks.resource("FilesLambdaFunctionUrl").get("Properties").get("AuthType").asText())
                .isEqualTo("AWS_IAM");
        assertThat(checks.resource("OpenLambdaPermissionFnUrl").get("Properties").get("Action").asText())
                .isEqualTo("lambda:InvokeFunctionUrl");
        JsonNode invoke = checks.resource("OpenLambdaPermissionFn").get("Properties");
        assertThat(invoke.get("Action").asText()).isEqualTo("lambda:InvokeFunction");
        assertThat(invoke.get("InvokedViaFunctionUrl").asBoolean()).isTrue();
        assertThat(TemplateChecks.flatten(invoke.get("FunctionName"))).contains("snapstart");
        assertThat(checks.resource("FilesLambdaFunction").get("Properties").get("Timeout").asInt()).isEqualTo(120);
        // The JWT authorizer is the pipeline's, with its issuer and audiences.
        JsonNode authorizer = checks.resource("HttpApiAuthorizerCognito").get("Properties");
        assertThat(authorizer.get("JwtConfiguration").get("Issuer").asText())
                .isEqualTo("https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_abc");

        DescriptorIT.lint(work);
    }

    private static JsonNode mapping(TemplateChecks checks, String function) {
        for (String id : checks.ofType("AWS::Lambda::EventSourceMapping")) {
            JsonNode properties = checks.resource(id).get("Properties");
            if (TemplateChecks.flatten(properties.get("FunctionName")).contains("\"" + function + "\"")) {
                return properties;
            }
        }
        throw new AssertionError("no event source mapping for " + function);
    }
}

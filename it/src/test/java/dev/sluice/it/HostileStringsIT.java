package dev.sluice.it;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The descriptor the processor writes for strings built to break YAML, the Serverless Framework's variables,
 * CloudFormation's Fn::Sub and IAM's policy language (processor test HostileStringsTest writes it), packaged by
 * the real framework: CloudFormation must receive every string exactly as the user wrote it.
 */
class HostileStringsIT {

    private static final Path RESOURCES = ServerlessFramework.ROOT.resolve("processor/src/test/resources");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void firstHalf(@TempDir Path work) throws Exception {
        List<String> strings = strings();
        everyStringReachesCloudFormationAsWritten(strings.subList(0, strings.size() / 2), "everyPlaceFirstHalf", work);
    }

    @Test
    void secondHalf(@TempDir Path work) throws Exception {
        List<String> strings = strings();
        everyStringReachesCloudFormationAsWritten(strings.subList(strings.size() / 2, strings.size()),
                "everyPlaceSecondHalf", work);
    }

    private static List<String> strings() throws Exception {
        return List.of(JSON.readValue(RESOURCES.resolve("hostile/strings.json").toFile(), String[].class));
    }

    private static void everyStringReachesCloudFormationAsWritten(List<String> strings, String golden, Path work)
            throws Exception {
        JsonNode template = ServerlessFramework.packageService(
                RESOURCES.resolve("goldens/HostileStringsTest/" + golden + "/serverless.yml"), null, work);
        TemplateChecks checks = new TemplateChecks(template);
        checks.oneRolePerFunction();
        checks.rolesHoldOnlyWhatTheirFunctionDeclared();
        checks.queuePoliciesAllowExactlyTheirSenders();

        // Every string as a value of the notes subscription's filter policy, in order.
        JsonNode subscription = checks.ofType("AWS::SNS::Subscription").stream().map(checks::resource)
                .filter(s -> TemplateChecks.flatten(s.get("Properties").get("Endpoint")).contains("NotesLambdaFunction"))
                .findFirst().orElseThrow().get("Properties");
        List<String> policyValues = new java.util.ArrayList<>();
        subscription.get("FilterPolicy").get("note").forEach(value -> policyValues.add(value.asText()));
        assertWithMessage("filter policy values").that(policyValues).containsExactlyElementsIn(strings).inOrder();
        // ...and of the archive queue's subscription, the EventBridge rule's pattern and the Kinesis mapping's filter.
        JsonNode archive = checks.ofType("AWS::SNS::Subscription").stream().map(checks::resource)
                .filter(r -> TemplateChecks.flatten(r.get("Properties").get("Endpoint")).contains("ArchiveQueue"))
                .findFirst().orElseThrow().get("Properties");
        assertWithMessage("queue subscription policy values").that(texts(archive.get("FilterPolicy").get("note")))
                .containsExactlyElementsIn(strings).inOrder();
        JsonNode pattern = checks.resource("NotesEventEventRule").get("Properties").get("EventPattern");
        assertWithMessage("rule sources").that(texts(pattern.get("source"))).containsExactlyElementsIn(strings)
                .inOrder();
        assertWithMessage("rule detail types").that(texts(pattern.get("detail-type")))
                .containsExactlyElementsIn(strings).inOrder();
        assertWithMessage("rule detail values").that(texts(pattern.get("detail").get("note")))
                .containsExactlyElementsIn(strings).inOrder();
        JsonNode filter = JSON.readTree(checks.resource("NotesStreamKinesisEventSourceMapping").get("Properties")
                .get("FilterCriteria").get("Filters").get(0).get("Pattern").asText());
        assertWithMessage("Kinesis filter values").that(texts(filter.get("data").get("note")))
                .containsExactlyElementsIn(strings).inOrder();
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            String shown = JSON.writeValueAsString(text);
            JsonNode function = checks.resource("S" + i + "LambdaFunction").get("Properties");
            assertWithMessage("JAVA_TOOL_OPTIONS").that(function.get("Environment").get("Variables")
                    .get("JAVA_TOOL_OPTIONS").asText()).isEqualTo("-Dnote=\"a: b # c\" -Dq='x' -Xss1m");
            assertWithMessage("function description, %s", shown).that(function.get("Description").asText())
                    .isEqualTo(text);
            JsonNode rule = checks.resource("S" + i + "ScheduleRule").get("Properties");
            assertWithMessage("rule description, %s", shown).that(rule.get("Description").asText()).isEqualTo(text);
            assertWithMessage("rule input, %s", shown)
                    .that(JSON.readTree(rule.get("Targets").get(0).get("Input").asText()).get("note").asText())
                    .isEqualTo(text);
            assertWithMessage("cron, %s", shown).that(rule.get("ScheduleExpression").asText())
                    .isEqualTo("cron(0 */4 ? * MON-FRI *)");
            JsonNode audience = checks.resource("HttpApiAuthorizerMain").get("Properties").get("JwtConfiguration")
                    .get("Audience");
            assertWithMessage("JWT audience, %s", shown).that(audience.get(i).asText()).isEqualTo(text);
            JsonNode route = checks.resource("HttpApiRouteGetH" + i).get("Properties");
            if (route.has("AuthorizationScopes")) {
                assertWithMessage("JWT scope, %s", shown).that(route.get("AuthorizationScopes").get(0).asText())
                        .isEqualTo(text);
            }
            JsonNode key = checks.resource("Tab" + i + "Table").get("Properties").get("KeySchema").get(0);
            assertWithMessage("key attribute, %s", shown).that(key.get("AttributeName").asText()).isEqualTo(text);

            if (text.contains("*") || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                continue; // not an S3 filter value: a compile error
            }
            JsonNode upload = checks.resource("U" + i + "LambdaFunction").get("Properties");
            if (!text.contains("${")) {
                assertWithMessage("environment value, %s", shown)
                        .that(upload.get("Environment").get("Variables").get("NOTE").asText()).isEqualTo(text);
            }
            JsonNode rules = notificationRules(checks, "U" + i + "LambdaFunction");
            assertWithMessage("S3 prefix filter, %s", shown).that(rules.get(0).get("Value").asText())
                    .isEqualTo("in/" + i + "/" + text);
            assertWithMessage("S3 suffix filter, %s", shown).that(rules.get(1).get("Value").asText()).isEqualTo(text);
            // IAM: the object ARN (a Fn::Sub template) and the listing condition hold the prefix as a literal.
            String iam = iamLiteral("out/" + i + "/" + text);
            List<JsonNode> statements = checks.statements(checks.roleOf("U" + i + "LambdaFunction"));
            JsonNode objects = statements.stream().filter(s -> s.get("Sid").asText().equals("ReadDropBucketObjects"))
                    .findFirst().orElseThrow();
            assertWithMessage("object ARN, %s", shown)
                    .that(TemplateChecks.flatten(objects.get("Resource").get(0)))
                    .isEqualTo("arn:${AWS::Partition}:s3:::hostile-drop-${StackSuffix}/"
                            + iam.replace("${", "${!") + "*");
            JsonNode listing = statements.stream().filter(s -> s.get("Sid").asText().equals("ReadDropBucketListing"))
                    .findFirst().orElseThrow();
            assertWithMessage("listing condition, %s", shown)
                    .that(listing.get("Condition").get("StringLike").get("s3:prefix").get(0).asText())
                    .isEqualTo(iam + "*");
        }
        DescriptorIT.lint(work);
    }

    private static JsonNode notificationRules(TemplateChecks checks, String function) {
        for (JsonNode notification : checks.resource("DropBucket").get("Properties").get("NotificationConfiguration")
                .get("LambdaConfigurations")) {
            if (TemplateChecks.flatten(notification.get("Function")).contains("\"" + function + "\"")) {
                return notification.get("Filter").get("S3Key").get("Rules");
            }
        }
        throw new AssertionError("no notification for " + function);
    }

    /** IAM's documented escapes for a literal '*', '?' and '$' in a resource or a StringLike value. */
    private static String iamLiteral(String text) {
        return text.replace("$", "${$}").replace("*", "${*}").replace("?", "${?}");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(value -> out.add(value.asText()));
        return out;
    }
}

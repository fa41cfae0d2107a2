package dev.sluice.processor;

import static com.google.common.truth.Truth.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import dev.sluice.runtime.HttpEventReader;
import dev.sluice.runtime.HttpRequest;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime's streaming reader of API Gateway events against AWS's own model of them: the same event files read
 * by aws-lambda-java-events (through aws-lambda-java-tests' loader, as the Lambda runtime would) and by
 * {@link HttpEventReader} must agree on every field the handler binds.
 */
class HttpEventReaderTest {

    @Test
    void payloadFormat2AgreesWithAwsModel() throws Exception {
        APIGatewayV2HTTPEvent aws = EventLoader.loadApiGatewayHttpEvent("events/apigw-v2-get-user.json");
        HttpRequest ours = HttpEventReader.read(bytes("events/apigw-v2-get-user.json"));

        assertThat(ours.format()).isEqualTo(HttpRequest.PayloadFormat.V2);
        assertThat(ours.method()).isEqualTo(aws.getRequestContext().getHttp().getMethod());
        assertThat(ours.rawPath()).isEqualTo(aws.getRawPath());
        assertThat(ours.pathParameters()).isEqualTo(aws.getPathParameters());
        assertThat(ours.cookies()).isEqualTo(aws.getCookies());
        assertThat(ours.requestId()).isEqualTo(aws.getRequestContext().getRequestId());
        assertThat(ours.sourceIp()).hasValue(aws.getRequestContext().getHttp().getSourceIp());
        assertThat(ours.userArn()).hasValue(aws.getRequestContext().getAuthorizer().getIam().getUserArn());
        for (Map.Entry<String, String> header : aws.getHeaders().entrySet()) {
            // 2.0 joins a repeated header's values with commas.
            assertThat(String.join(",", ours.headers().get(header.getKey().toLowerCase(Locale.ROOT))))
                    .isEqualTo(header.getValue());
        }
        for (Map.Entry<String, String> parameter : aws.getQueryStringParameters().entrySet()) {
            assertThat(String.join(",", ours.queryParameters().get(parameter.getKey())))
                    .isEqualTo(parameter.getValue());
        }
        assertThat(ours.query("tag")).hasValue("a");
        assertThat(ours.queryParameters().get("tag")).containsExactly("a", "b").inOrder();
    }

    @Test
    void payloadFormat1AgreesWithAwsModel() throws Exception {
        APIGatewayProxyRequestEvent aws = EventLoader.loadApiGatewayRestEvent("events/apigw-v1-create-user.json");
        HttpRequest ours = HttpEventReader.read(bytes("events/apigw-v1-create-user.json"));

        assertThat(ours.format()).isEqualTo(HttpRequest.PayloadFormat.V1);
        assertThat(ours.method()).isEqualTo(aws.getHttpMethod());
        assertThat(ours.rawPath()).isEqualTo(aws.getPath());
        assertThat(ours.requestId()).isEqualTo(aws.getRequestContext().getRequestId());
        assertThat(ours.sourceIp()).hasValue(aws.getRequestContext().getIdentity().getSourceIp());
        assertThat(ours.isBase64Encoded()).isEqualTo(aws.getIsBase64Encoded());
        assertThat(ours.bodyBytes()).isEqualTo(Base64.getDecoder().decode(aws.getBody()));
        for (Map.Entry<String, List<String>> header : aws.getMultiValueHeaders().entrySet()) {
            assertThat(ours.headers().get(header.getKey().toLowerCase(Locale.ROOT))).isEqualTo(header.getValue());
        }
        // 1.0 carries cookies in the Cookie header; the view splits them as 2.0 does.
        assertThat(ours.cookies()).containsExactly("session=abc", "theme=dark").inOrder();
        assertThat(ours.body()).isEqualTo("{\"name\":\"Ada\",\"email\":\"ada@example.com\"}");
    }

    private static byte[] bytes(String resource) throws Exception {
        try (InputStream in = HttpEventReaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}

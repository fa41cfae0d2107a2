package dev.sluice.examples.payments;

import dev.sluice.annotations.Function;
import dev.sluice.annotations.OnHttp;
import dev.sluice.runtime.HttpRequest;
import dev.sluice.runtime.HttpResponse;

/**
 * The seed's {@code publicApi}: every path of the HTTP API, for callers that sign their requests with IAM (API
 * Gateway checks the signature and {@code execute-api:Invoke} before the function runs). It touches no resource,
 * so its role holds only its log.
 */
public class PublicApi {

    @OnHttp(method = OnHttp.Method.ANY, path = "/{proxy+}", auth = OnHttp.Auth.IAM)
    @Function(timeoutSeconds = 10, memoryMb = 256, description = "Answers every path of the public API")
    public HttpResponse publicApi(HttpRequest request) {
        String caller = request.userArn().orElse("anonymous");
        return HttpResponse.status(200).withBody(request.method() + " " + request.rawPath() + " for " + caller + "\n",
                "text/plain; charset=utf-8");
    }
}

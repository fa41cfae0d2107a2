package dev.sluice.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JWT authorizer of the pipeline's HTTP API, declared once in {@link Pipeline#jwtAuthorizers()} and named by
 * routes with {@code @OnHttp(auth = JWT, authorizer = "...")}. API Gateway verifies each token's signature,
 * issuer, audience and expiry before the function runs; the handler sees the claims in
 * {@code HttpRequest.jwtClaims()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface JwtAuthorizer {

    /** The name routes use, e.g. {@code cognito}: letters and digits. */
    String name();

    /** The token issuer, an https URL, e.g. {@code https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc}. */
    String issuerUrl();

    /** Accepted {@code aud} (or Cognito {@code client_id}) values: at least one. */
    String[] audiences();

    /** Where the token is: {@code $request.header.Authorization} by default. */
    String identitySource() default "$request.header.Authorization";
}

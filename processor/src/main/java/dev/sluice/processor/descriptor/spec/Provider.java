package dev.sluice.processor.descriptor.spec;

import dev.sluice.processor.model.PipelineModel;
import java.util.List;

/**
 * The descriptor's provider: defaults every function inherits.
 *
 * @param stage the default stage; {@code --stage} overrides it
 * @param region the default region; {@code --region} overrides it
 * @param logRetentionDays 0 for CloudWatch's default (forever)
 * @param javaToolOptions JVM flags for every function, possibly blank
 * @param httpApiCors the HTTP API's CORS configuration, or null for none
 * @param jwtAuthorizers the HTTP API's JWT authorizers; none when the module has no HTTP API route
 */
public record Provider(String runtime, String stage, String region, int memoryMb, int timeoutSeconds,
        int logRetentionDays, String javaToolOptions, Demand.HttpApiCors httpApiCors,
        List<PipelineModel.JwtAuthorizerModel> jwtAuthorizers) {}

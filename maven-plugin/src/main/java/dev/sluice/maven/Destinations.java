package dev.sluice.maven;

/**
 * Where failed events go in a local run: the pipeline's queues (on-failure destinations), by the names the pipeline
 * declares; and the ARN a function would have, for the records Lambda writes there.
 */
final class Destinations {

    private final LocalPipeline pipeline;
    private final LocalSqs sqs;
    private final Activity activity;

    Destinations(LocalPipeline pipeline, LocalSqs sqs, Activity activity) {
        this.pipeline = pipeline;
        this.sqs = sqs;
        this.activity = activity;
    }

    String functionArn(String function) {
        return "arn:aws:lambda:" + pipeline.region() + ":" + LocalSqs.ACCOUNT + ":function:" + pipeline.service()
                + "-" + pipeline.stage() + "-" + function;
    }

    /** Sends {@code body} to the queue the pipeline names {@code queue}. */
    void send(String queue, String body) {
        if (sqs == null) {
            activity.line("destination", queue, "not delivered: the pipeline declares no queues");
            return;
        }
        sqs.client().sendMessage(request -> request.queueUrl(sqs.url(queue)).messageBody(body));
    }
}

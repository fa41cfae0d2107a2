package dev.sluice.bench;

/** The handlers compared, by the handler strings Lambda would be configured with. */
public enum Handlers {
    /** The example's generated processPayment handler. */
    SLUICE("dev.sluice.examples.payments.Payments_processPaymentHandler::handleRequest"),
    /** Its hand-written counterpart. */
    BASELINE("dev.sluice.bench.baseline.BaselinePaymentHandler::handleRequest"),
    /** Handler cost only: a generated handler whose method does no business work. */
    SLUICE_OVERHEAD("dev.sluice.bench.overhead.Ingest_ingestHandler::handleRequest"),
    /** Its hand-written counterpart. */
    BASELINE_OVERHEAD("dev.sluice.bench.baseline.BaselineIngestHandler::handleRequest"),
    /** The seed's getUser shape, generated: GET /users/{userId} on the HTTP API. */
    SLUICE_HTTP("dev.sluice.bench.http.UserApi_getUserHandler::handleRequest"),
    /** Its hand-written counterpart, APIGatewayV2HTTPEvent in, APIGatewayV2HTTPResponse out. */
    BASELINE_HTTP("dev.sluice.bench.baseline.BaselineGetUserHandler::handleRequest");

    private final String reference;

    Handlers(String reference) {
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }

    /** Whether it serves HTTP requests (else SQS batches). */
    public boolean http() {
        return this == SLUICE_HTTP || this == BASELINE_HTTP;
    }
}

package dev.sluice.examples.payments;

import dev.sluice.runtime.Resources;
import java.util.function.Consumer;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;

/**
 * Puts each reviewed settlement on the account's default EventBridge bus as a {@code LargeSettlementReviewed} event
 * from {@code payments.reviews}, its detail the settlement as {@link SettlementTopic} writes it.
 */
final class ReviewEvents implements Consumer<Settlement> {

    static final String SOURCE = "payments.reviews";
    static final String DETAIL_TYPE = "LargeSettlementReviewed";

    private final EventBridgeClient events;
    private final String bus;

    /**
     * The publisher when the function has been given the bus — always when deployed or run by {@code sluice:run} —
     * and nothing where it has not (handler tests). The client is built once per container, in the init phase.
     */
    static Consumer<Settlement> forThisProcess() {
        String bus;
        try {
            bus = Resources.fromEnvironment().eventBus("default");
        } catch (IllegalStateException noBus) {
            return settlement -> { };
        }
        return new ReviewEvents(EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                bus);
    }

    ReviewEvents(EventBridgeClient events, String bus) {
        this.events = events;
        this.bus = bus;
    }

    @Override
    public void accept(Settlement settlement) {
        PutEventsRequestEntry entry = PutEventsRequestEntry.builder().eventBusName(bus).source(SOURCE)
                .detailType(DETAIL_TYPE).detail(SettlementTopic.json(settlement)).build();
        PutEventsResponse response = events.putEvents(put -> put.entries(entry));
        if (response.failedEntryCount() > 0) {
            // PutEvents reports refused entries in its response, not as an exception: fail the invocation, so that
            // Lambda retries it.
            throw new IllegalStateException("EventBridge refused the review of " + settlement.paymentId() + ": "
                    + response.entries().get(0).errorCode() + " " + response.entries().get(0).errorMessage());
        }
    }
}

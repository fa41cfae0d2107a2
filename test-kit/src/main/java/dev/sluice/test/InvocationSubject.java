package dev.sluice.test;

import static com.google.common.truth.Fact.fact;
import static com.google.common.truth.Fact.simpleFact;

import com.google.common.truth.FailureMetadata;
import com.google.common.truth.IterableSubject;
import com.google.common.truth.StringSubject;
import com.google.common.truth.Subject;
import com.google.common.truth.ThrowableSubject;
import java.util.List;

/** What Lambda would do after an invocation: retry some messages, checkpoint a stream, count a function error. */
public final class InvocationSubject extends Subject {

    private final Invocation actual;

    private InvocationSubject(FailureMetadata metadata, Invocation actual) {
        super(metadata, actual);
        this.actual = actual;
    }

    static Subject.Factory<InvocationSubject, Invocation> invocations() {
        return InvocationSubject::new;
    }

    /** The invocation returned, and its response reports no failed item: Lambda deletes or checkpoints everything. */
    public void succeeded() {
        noError();
        List<String> failures = actual.batchItemFailures();
        if (!failures.isEmpty()) {
            failWithActual(fact("expected no failed items, but the response reports", failures));
        }
    }

    /**
     * The invocation returned, and its response reports exactly these items failed (SQS message ids, in any order):
     * Lambda returns them to the queue and deletes the rest of the batch.
     */
    public void reportedFailures(String... ids) {
        noError();
        check("batchItemFailures()").that(actual.batchItemFailures()).containsExactly((Object[]) ids);
    }

    /** The items the response reports failed, to assert on freely. */
    public IterableSubject failedItems() {
        noError();
        return check("batchItemFailures()").that(actual.batchItemFailures());
    }

    /**
     * The invocation returned and checkpoints a stream at {@code sequenceNumber}: the records before it are done,
     * Lambda retries from it, and nothing after it was processed.
     */
    public void checkpointsAt(String sequenceNumber) {
        noError();
        check("batchItemFailures()").that(actual.batchItemFailures()).containsExactly(sequenceNumber);
    }

    /** The invocation failed (a function error: Lambda retries the whole event, or the asynchronous event). */
    public ThrowableSubject failed() {
        if (actual.error().isEmpty()) {
            failWithActual(simpleFact("expected the invocation to fail, but it returned " + actual.response()));
        }
        return check("error()").that(actual.error().orElseThrow());
    }

    /** The response's text. */
    public StringSubject response() {
        noError();
        return check("response()").that(actual.response());
    }

    /** An HTTP function's status code. */
    public void hasStatusCode(int status) {
        noError();
        check("statusCode").that(actual.responseJson().path("statusCode").asInt()).isEqualTo(status);
    }

    /**
     * Why item {@code id} failed ({@code errorType: errorMessage}, as Sluice logged it): fails when nothing was
     * logged for it.
     */
    public StringSubject failureOf(String id) {
        if (actual.failureOf(id).isEmpty()) {
            failWithActual(fact("expected a logged failure of", id));
        }
        return check("failureOf(%s)", id).that(actual.failureOf(id).orElseThrow());
    }

    /** What the function logged through its context. */
    public StringSubject log() {
        return check("log()").that(actual.log());
    }

    private void noError() {
        if (actual.error().isPresent()) {
            Throwable error = actual.error().get();
            failWithActual(fact("expected the invocation to return, but it failed with", error));
        }
    }
}

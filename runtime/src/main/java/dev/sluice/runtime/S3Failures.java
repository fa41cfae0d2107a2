package dev.sluice.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of one S3 event whose processing failed. S3 invokes functions asynchronously and has no partial
 * batch response: every record is attempted, each failure is logged, and if any failed the invocation fails with
 * one exception naming the failed keys, so that Lambda retries the event.
 */
public final class S3Failures {

    private final FailureLog log;
    private final List<String> keys = new ArrayList<>();
    private Exception first;

    public S3Failures(String function, Context context) {
        this.log = new FailureLog(function, "key", context);
    }

    public void failed(S3EventReader.Record record, Exception error) {
        keys.add(record.encodedKey());
        log.failed(record.encodedKey(), error);
        if (first == null) {
            first = error;
        }
    }

    /** The keys (as S3 sent them) that failed, in order. */
    public List<String> keys() {
        return List.copyOf(keys);
    }

    /** Fails the invocation if any record failed. */
    public void throwIfAny() {
        if (!keys.isEmpty()) {
            throw new S3ProcessingException(keys, first);
        }
    }

    /** An S3 event some of whose records failed. */
    public static final class S3ProcessingException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        S3ProcessingException(List<String> keys, Exception first) {
            super(keys.size() + " object(s) failed: " + String.join(", ", keys), first);
        }
    }
}

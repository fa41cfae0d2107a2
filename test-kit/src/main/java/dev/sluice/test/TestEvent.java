package dev.sluice.test;

import java.nio.charset.StandardCharsets;

/** An event as Lambda hands it to a function: the JSON document, as bytes. Built by this package's builders. */
public interface TestEvent {

    /** The event's JSON, as Lambda's runtime passes it to the handler. */
    String json();

    default byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** An event written by hand (or read from a file AWS documents). */
    static TestEvent of(String json) {
        return () -> json;
    }
}

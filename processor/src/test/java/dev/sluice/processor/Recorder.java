package dev.sluice.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * What compiled test pipelines call, so that tests can see which messages reached user code and can act
 * between messages (for example, move a clock). Reset before each test.
 */
public final class Recorder {

    private static final List<String> CALLS = new ArrayList<>();
    private static Runnable afterEachCall = () -> { };

    private Recorder() {}

    public static void record(String id) {
        CALLS.add(id);
        afterEachCall.run();
    }

    static List<String> calls() {
        return List.copyOf(CALLS);
    }

    static void reset(Runnable afterEach) {
        CALLS.clear();
        afterEachCall = afterEach;
    }
}

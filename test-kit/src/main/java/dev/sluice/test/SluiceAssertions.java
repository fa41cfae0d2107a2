package dev.sluice.test;

import static com.google.common.truth.Truth.assertAbout;

/** Truth assertions on invocations: {@code assertThat(invocation).reportedFailures("m-2")}. */
public final class SluiceAssertions {

    private SluiceAssertions() {}

    public static InvocationSubject assertThat(Invocation invocation) {
        return assertAbout(InvocationSubject.invocations()).that(invocation);
    }
}

package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqsPrimingTest {

    @Test
    void runsTheDecoderOnASyntheticBody() throws Exception {
        List<String> bodies = new ArrayList<>();
        PayloadDecoder<String> recording = body -> {
            bodies.add(body);
            throw new PayloadException("rejects everything", null);
        };

        assertThat(SqsPriming.prime(recording)).isEqualTo(1);
        assertThat(bodies).containsExactly("{}");
    }

    @Test
    void handlersWithoutPayloadsPrimeTheEnvelopeOnly() throws Exception {
        assertThat(SqsPriming.prime(null)).isEqualTo(0);
    }
}

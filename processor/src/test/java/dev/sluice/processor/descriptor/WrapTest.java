package dev.sluice.processor.descriptor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WrapTest {

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertThat(Functions.wrap("aaa bbb ccc ddd", 7)).isEqualTo("aaa bbb\nccc ddd");
        assertThat(Functions.wrap("short", 80)).isEqualTo("short");
    }

    @Test
    void keepsAWordLongerThanTheWidthWhole() {
        assertThat(Functions.wrap("a verylongword b", 5)).isEqualTo("a\nverylongword\nb");
    }
}

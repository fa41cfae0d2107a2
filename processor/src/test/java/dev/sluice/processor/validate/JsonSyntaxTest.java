package dev.sluice.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\":1}", " {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\n\"]} ",
        "\"text\"", "0", "{\"nested\":{\"deep\":[{}]}}"})
    void acceptsJson(String json) {
        assertWithMessage(json).that(JsonSyntax.problem(json)).isEmpty();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @CsvSource(delimiter = '|', value = {
        "{a:1}           | expected '\"' at character 2",
        "{\"a\":1,}      | expected '\"' at character 8",
        "[1 2]           | expected ']' at character 4",
        "{\"a\":01}      | expected '}' at character 7",
        "{\"a\":tru}     | expected a value at character 6",
        "{\"a\":\"\\x\"} | invalid escape",
        "{} {}           | unexpected content after the document",
        "''              | a value is missing"})
    void rejectsWithThePosition(String json, String message) {
        String text = json.trim().equals("''") ? "" : json.trim();
        assertThat(JsonSyntax.problem(text).orElse("accepted")).contains(message.trim());
    }
}

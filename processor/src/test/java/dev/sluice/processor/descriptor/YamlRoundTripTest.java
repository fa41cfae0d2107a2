package dev.sluice.processor.descriptor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any string, written by {@link Yaml} as a value — alone, in a block list, in a flow list, as a comment — reads
 * back through a real YAML parser (SnakeYAML, YAML 1.1: stricter than the framework's js-yaml about what is a
 * boolean or a date) as the same string, never as a number, boolean, null, date, or a broken document.
 */
class YamlRoundTripTest {

    /** Pieces YAML, JSON, the Serverless Framework and CloudFormation give meaning to, and plain text. */
    private static final String[] PIECES = {"a", "Z", "0", "1", "-", ":", ": ", " #", "#", "'", "\"", "\\", "*",
            "&", "!", "|", ">", "%", "@", "`", "?", "[", "]", "{", "}", ",", " ", "\t", "\n", "\r", "\u0085",
            "\u2028", "\ufeff", "\u0000", "\u007f", "é", "中", "\ud83d\ude00", "\ud800", "yes", "no", "on", "off",
            "y", "N", "null", "~", "true", "1e3", "0x1F", "0o7", ".inf", "-.inf", ".nan", "2026-11-30",
            "12:30:45", "${", "}", "${sls:stage}", "---", "...", "<<", "="};

    @Test
    void everyStringReadsBackAsItself() throws Exception {
        Random random = new Random(20261130L);
        YAMLMapper yaml = new YAMLMapper();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(5);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String value = text.toString();
            String document = Yaml.write(List.of("header " + value), Yaml.map()
                    .put("value", value)
                    .put("block", List.of(value, Yaml.map().put("a", value).put("b", value)))
                    .put("flow", List.of(value, "x"))
                    .comment("value", "comment " + value));
            JsonNode read;
            try {
                read = yaml.readTree(document);
            } catch (Exception e) {
                throw new AssertionError("not YAML for " + new ObjectMapper().writeValueAsString(value) + ":\n"
                        + document, e);
            }
            String shown = new ObjectMapper().writeValueAsString(value);
            assertWithMessage("value %s in\n%s", shown, document).that(read.get("value").isTextual()).isTrue();
            assertWithMessage("value %s in\n%s", shown, document).that(read.get("value").textValue()).isEqualTo(value);
            assertWithMessage("block %s", shown).that(read.get("block").get(0).textValue()).isEqualTo(value);
            assertWithMessage("mapping %s", shown).that(read.get("block").get(1).get("b").textValue())
                    .isEqualTo(value);
            assertWithMessage("flow %s in\n%s", shown, document).that(read.get("flow").get(0).textValue())
                    .isEqualTo(value);
            assertWithMessage("keys of %s", shown).that(read.size()).isEqualTo(3);
        }
    }
}

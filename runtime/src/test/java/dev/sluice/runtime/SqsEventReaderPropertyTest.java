package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The envelope scanner against Jackson on thousands of random events: strings with every kind of character
 * and escape, fields in any order, unknown fields holding nested structures, nulls, and both compact and
 * pretty-printed layouts. Every field the scanner returns must equal what Jackson reads.
 */
class SqsEventReaderPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsExactlyWhatJacksonReads() throws Exception {
        Random random = new Random(4242);
        for (int n = 0; n < 3000; n++) {
            byte[] event = event(random);
            JsonNode expected = MAPPER.readTree(event);
            List<SqsRecord> actual = SqsEventReader.readComplete(new ByteArrayInputStream(event));
            JsonNode records = expected.path("Records");
            assertWithMessage("records in %s", new String(event)).that(actual.size()).isEqualTo(records.size());
            for (int i = 0; i < actual.size(); i++) {
                JsonNode want = records.get(i);
                SqsRecord got = actual.get(i);
                String where = new String(event);
                assertWithMessage("messageId in %s", where).that(got.messageId()).isEqualTo(text(want, "messageId"));
                assertWithMessage("body in %s", where).that(got.body()).isEqualTo(text(want, "body"));
                assertWithMessage("receiptHandle in %s", where).that(got.receiptHandle())
                        .isEqualTo(text(want, "receiptHandle"));
                assertWithMessage("eventSourceARN in %s", where).that(got.eventSourceArn())
                        .isEqualTo(text(want, "eventSourceARN"));
                JsonNode attributes = want.path("attributes");
                assertWithMessage("attributes in %s", where).that(got.attributes().size())
                        .isEqualTo(attributes.isObject() ? attributes.size() : 0);
                got.attributes().forEach((key, value) -> assertWithMessage("attribute %s in %s", key, where)
                        .that(value).isEqualTo(text(attributes, key)));
                JsonNode lean = MAPPER.valueToTree(SqsEventReader.read(new ByteArrayInputStream(event)).get(i));
                assertWithMessage("lean body in %s", where).that(lean.get("body").isNull() ? null
                        : lean.get("body").asText()).isEqualTo(text(want, "body"));
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static byte[] event(Random random) throws Exception {
        JsonMapper mapper = JsonMapper.builder()
                .configure(JsonWriteFeature.ESCAPE_NON_ASCII, random.nextBoolean())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            if (random.nextBoolean()) {
                json.useDefaultPrettyPrinter();
            }
            json.writeStartObject();
            if (random.nextInt(4) == 0) {
                unknown(json, random, "before");
            }
            json.writeArrayFieldStart("Records");
            int records = random.nextInt(6);
            for (int r = 0; r < records; r++) {
                json.writeStartObject();
                String[] fields = {"messageId", "receiptHandle", "body", "attributes", "eventSourceARN", "extra",
                        "md5OfBody", "messageAttributes"};
                for (int f = fields.length - 1; f > 0; f--) {
                    int k = random.nextInt(f + 1);
                    String swap = fields[f];
                    fields[f] = fields[k];
                    fields[k] = swap;
                }
                for (String field : fields) {
                    switch (field) {
                        case "attributes" -> {
                            json.writeObjectFieldStart("attributes");
                            for (int a = random.nextInt(4); a > 0; a--) {
                                json.writeStringField("A" + a + text(random), text(random));
                            }
                            json.writeEndObject();
                        }
                        case "messageAttributes" -> {
                            json.writeObjectFieldStart("messageAttributes");
                            if (random.nextBoolean()) {
                                json.writeObjectFieldStart("k");
                                json.writeStringField("dataType", "String");
                                json.writeStringField("stringValue", text(random));
                                json.writeArrayFieldStart("stringListValues");
                                json.writeEndArray();
                                json.writeEndObject();
                            }
                            json.writeEndObject();
                        }
                        case "extra" -> unknown(json, random, "extra");
                        default -> {
                            if (random.nextInt(10) == 0) {
                                json.writeNullField(field);
                            } else {
                                json.writeStringField(field, text(random));
                            }
                        }
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            if (random.nextInt(4) == 0) {
                unknown(json, random, "after");
            }
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void unknown(JsonGenerator json, Random random, String name) throws Exception {
        json.writeFieldName(name);
        json.writeStartObject();
        json.writeArrayFieldStart("list");
        json.writeNumber(random.nextDouble() * 1e6);
        json.writeBoolean(random.nextBoolean());
        json.writeNull();
        json.writeString(text(random));
        json.writeStartArray();
        json.writeNumber(-random.nextLong());
        json.writeEndArray();
        json.writeEndArray();
        json.writeStringField("s", text(random));
        json.writeEndObject();
    }

    /** Strings mixing ASCII, JSON's escapes, control characters, non-ASCII and surrogate pairs. */
    private static String text(Random random) {
        String[] pieces = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", "\u0001", "\u001f",
                "é", "ß", "中", "😀", "\u2028", "{\"nested\":\"json\"}", "%2B", "+"};
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }
}

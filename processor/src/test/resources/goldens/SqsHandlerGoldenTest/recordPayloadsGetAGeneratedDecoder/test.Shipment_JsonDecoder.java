package test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.runtime.json.JsonValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Shipment} from JSON as Jackson databind would, without reflection: with its default settings
 * ({@link #INSTANCE}), or with FAIL_ON_UNKNOWN_PROPERTIES disabled ({@link #TOLERANT}).
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Shipment_JsonDecoder implements JsonValues.Reader<Shipment> {
    /**
     * A property the record does not declare is an error.
     */
    public static final Shipment_JsonDecoder INSTANCE = new Shipment_JsonDecoder(false);

    /**
     * A property the record does not declare is skipped, here and in nested records.
     */
    public static final Shipment_JsonDecoder TOLERANT = new Shipment_JsonDecoder(true);

    private final boolean ignoreUnknown;

    private Shipment_JsonDecoder(boolean ignoreUnknown) {
        this.ignoreUnknown = ignoreUnknown;
    }

    /**
     * Reads the object the parser is on, up to and including its end.
     */
    @Override
    public Shipment read(JsonParser parser) throws IOException {
        JsonValues.expectObject(parser, "Shipment");
        String id = null;
        int parcels = 0;
        long weightGrams = 0L;
        double volume = 0.0;
        boolean express = false;
        Integer priority = null;
        Long trackingNumber = null;
        Double insurance = null;
        Boolean signed = null;
        BigDecimal price = null;
        Shipment.Address to = null;
        List<String> tags = null;
        List<Shipment.Address> stops = null;
        List<List<Integer>> grid = null;
        // One bit per component: databind fails on any property once it has them all.
        long seen = 0L;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id":
                    seen = JsonValues.claim(parser, seen, 1L, 16383L, "Shipment");
                    id = JsonValues.string(parser);
                    break;
                case "parcels":
                    seen = JsonValues.claim(parser, seen, 2L, 16383L, "Shipment");
                    parcels = JsonValues.intValue(parser);
                    break;
                case "weightGrams":
                    seen = JsonValues.claim(parser, seen, 4L, 16383L, "Shipment");
                    weightGrams = JsonValues.longValue(parser);
                    break;
                case "volume":
                    seen = JsonValues.claim(parser, seen, 8L, 16383L, "Shipment");
                    volume = JsonValues.doubleValue(parser);
                    break;
                case "express":
                    seen = JsonValues.claim(parser, seen, 16L, 16383L, "Shipment");
                    express = JsonValues.booleanValue(parser);
                    break;
                case "priority":
                    seen = JsonValues.claim(parser, seen, 32L, 16383L, "Shipment");
                    priority = JsonValues.intObject(parser);
                    break;
                case "trackingNumber":
                    seen = JsonValues.claim(parser, seen, 64L, 16383L, "Shipment");
                    trackingNumber = JsonValues.longObject(parser);
                    break;
                case "insurance":
                    seen = JsonValues.claim(parser, seen, 128L, 16383L, "Shipment");
                    insurance = JsonValues.doubleObject(parser);
                    break;
                case "signed":
                    seen = JsonValues.claim(parser, seen, 256L, 16383L, "Shipment");
                    signed = JsonValues.booleanObject(parser);
                    break;
                case "price":
                    seen = JsonValues.claim(parser, seen, 512L, 16383L, "Shipment");
                    price = JsonValues.bigDecimal(parser);
                    break;
                case "to":
                    seen = JsonValues.claim(parser, seen, 1024L, 16383L, "Shipment");
                    to = JsonValues.object(parser, ignoreUnknown ? Shipment_Address_JsonDecoder.TOLERANT : Shipment_Address_JsonDecoder.INSTANCE);
                    break;
                case "tags":
                    seen = JsonValues.claim(parser, seen, 2048L, 16383L, "Shipment");
                    tags = JsonValues.list(parser, JsonValues.Elements.STRING);
                    break;
                case "stops":
                    seen = JsonValues.claim(parser, seen, 4096L, 16383L, "Shipment");
                    stops = JsonValues.list(parser, JsonValues.Elements.nullable(ignoreUnknown ? Shipment_Address_JsonDecoder.TOLERANT : Shipment_Address_JsonDecoder.INSTANCE));
                    break;
                case "grid":
                    seen = JsonValues.claim(parser, seen, 8192L, 16383L, "Shipment");
                    grid = JsonValues.list(parser, JsonValues.Elements.listOf(JsonValues.Elements.INT_OBJECT));
                    break;
                default:
                    // databind's FAIL_ON_UNKNOWN_PROPERTIES: an error by default, skipped when tolerant.
                    if (!ignoreUnknown) {
                        throw JsonValues.unknownProperty(parser, "Shipment", field);
                    }
                    parser.skipChildren();
            }
        }
        return new Shipment(id, parcels, weightGrams, volume, express, priority, trackingNumber, insurance, signed, price, to, tags, stops, grid);
    }
}

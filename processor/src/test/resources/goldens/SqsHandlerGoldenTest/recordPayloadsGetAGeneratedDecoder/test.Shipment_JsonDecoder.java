package test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.runtime.json.JsonValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Shipment} from JSON as Jackson databind would with default settings, without reflection.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Shipment_JsonDecoder {
    private Shipment_JsonDecoder() {
    }

    /**
     * Reads the object the parser is on, up to and including its end.
     */
    public static Shipment read(JsonParser parser) throws IOException {
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
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "id":
                    id = JsonValues.string(parser);
                    break;
                case "parcels":
                    parcels = JsonValues.intValue(parser);
                    break;
                case "weightGrams":
                    weightGrams = JsonValues.longValue(parser);
                    break;
                case "volume":
                    volume = JsonValues.doubleValue(parser);
                    break;
                case "express":
                    express = JsonValues.booleanValue(parser);
                    break;
                case "priority":
                    priority = JsonValues.intObject(parser);
                    break;
                case "trackingNumber":
                    trackingNumber = JsonValues.longObject(parser);
                    break;
                case "insurance":
                    insurance = JsonValues.doubleObject(parser);
                    break;
                case "signed":
                    signed = JsonValues.booleanObject(parser);
                    break;
                case "price":
                    price = JsonValues.bigDecimal(parser);
                    break;
                case "to":
                    to = JsonValues.object(parser, Shipment_Address_JsonDecoder::read);
                    break;
                case "tags":
                    tags = JsonValues.list(parser, JsonValues::string);
                    break;
                case "stops":
                    stops = JsonValues.list(parser, p -> JsonValues.object(p, Shipment_Address_JsonDecoder::read));
                    break;
                case "grid":
                    grid = JsonValues.list(parser, p -> JsonValues.list(p, JsonValues::intObject));
                    break;
                default:
                    // databind's default: an unknown property is an error.
                    throw JsonValues.unknownProperty(parser, "Shipment", field);
            }
        }
        return new Shipment(id, parcels, weightGrams, volume, express, priority, trackingNumber, insurance, signed, price, to, tags, stops, grid);
    }
}

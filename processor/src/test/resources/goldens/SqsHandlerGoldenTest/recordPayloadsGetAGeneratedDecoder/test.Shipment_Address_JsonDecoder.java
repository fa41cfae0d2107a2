package test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.runtime.json.JsonValues;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Shipment.Address} from JSON as Jackson databind would with default settings, without reflection.
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Shipment_Address_JsonDecoder implements JsonValues.Reader<Shipment.Address> {
    public static final Shipment_Address_JsonDecoder INSTANCE = new Shipment_Address_JsonDecoder();

    private Shipment_Address_JsonDecoder() {
    }

    /**
     * Reads the object the parser is on, up to and including its end.
     */
    @Override
    public Shipment.Address read(JsonParser parser) throws IOException {
        JsonValues.expectObject(parser, "Shipment.Address");
        String street = null;
        String city = null;
        // One bit per component: databind fails on any property once it has them all.
        long seen = 0L;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "street":
                    seen = JsonValues.claim(parser, seen, 1L, 3L, "Shipment.Address");
                    street = JsonValues.string(parser);
                    break;
                case "city":
                    seen = JsonValues.claim(parser, seen, 2L, 3L, "Shipment.Address");
                    city = JsonValues.string(parser);
                    break;
                default:
                    // databind's default: an unknown property is an error.
                    throw JsonValues.unknownProperty(parser, "Shipment.Address", field);
            }
        }
        return new Shipment.Address(street, city);
    }
}

package test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.sluice.runtime.json.JsonValues;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads {@link Shipment.Address} from JSON as Jackson databind would, without reflection: with its default settings
 * ({@link #INSTANCE}), or with FAIL_ON_UNKNOWN_PROPERTIES disabled ({@link #TOLERANT}).
 */
@Generated("dev.sluice.processor.SluiceProcessor")
public final class Shipment_Address_JsonDecoder implements JsonValues.Reader<Shipment.Address> {
    /**
     * A property the record does not declare is an error.
     */
    public static final Shipment_Address_JsonDecoder INSTANCE = new Shipment_Address_JsonDecoder(false);

    /**
     * A property the record does not declare is skipped, here and in nested records.
     */
    public static final Shipment_Address_JsonDecoder TOLERANT = new Shipment_Address_JsonDecoder(true);

    private final boolean ignoreUnknown;

    private Shipment_Address_JsonDecoder(boolean ignoreUnknown) {
        this.ignoreUnknown = ignoreUnknown;
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
                    // databind's FAIL_ON_UNKNOWN_PROPERTIES: an error by default, skipped when tolerant.
                    if (!ignoreUnknown) {
                        throw JsonValues.unknownProperty(parser, "Shipment.Address", field);
                    }
                    parser.skipChildren();
            }
        }
        return new Shipment.Address(street, city);
    }
}

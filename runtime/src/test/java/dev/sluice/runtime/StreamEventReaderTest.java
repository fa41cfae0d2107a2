package dev.sluice.runtime;

import static com.google.common.truth.Truth.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DynamoDB stream records from AWS's sample event (Lambda developer guide), every attribute type included. */
class StreamEventReaderTest {

    public record Address(String City, String Zip) {}

    public record Item(int Id, String Message, BigDecimal Score, long Big, Boolean Active, String Nothing,
            List<String> Tags, List<Double> Counts, byte[] Blob, List<String> Blobs, List<Object> Items,
            Address Address, String Absent) {}

    private static List<StreamEventReader.Record> records() throws Exception {
        return StreamEventReader.read(new ByteArrayInputStream(Fixtures.bytes("events/dynamodb-stream.json")));
    }

    @Test
    void imagesBecomePlainJsonWithExactNumbers() throws Exception {
        StreamEventReader.Record insert = records().get(0);

        assertThat(insert.newImage()).isEqualTo("{\"Id\":101,\"Message\":\"New item!\",\"Score\":12.50,"
                + "\"Big\":9007199254740993,\"Active\":true,\"Nothing\":null,\"Tags\":[\"a\",\"b\"],\"Counts\":[1,2.5],"
                + "\"Blob\":\"AQID\",\"Blobs\":[\"AQID\",\"BAUG\"],\"Items\":[\"x\",3],"
                + "\"Address\":{\"City\":\"Paris\",\"Zip\":\"75001\"}}");
        assertThat(insert.oldImage()).isNull();
    }

    @Test
    void everyAttributeTypeDecodesIntoARecord() throws Exception {
        Change<Item> change = records().get(0).change(PayloadReader.of(Item.class));

        Item item = change.newImage();
        assertThat(item.Id()).isEqualTo(101);
        assertThat(item.Score()).isEqualTo(new BigDecimal("12.50"));
        assertThat(item.Big()).isEqualTo(9007199254740993L); // beyond double precision: kept exactly
        assertThat(item.Active()).isTrue();
        assertThat(item.Nothing()).isNull();
        assertThat(item.Tags()).containsExactly("a", "b").inOrder();
        assertThat(item.Counts()).containsExactly(1.0, 2.5).inOrder();
        assertThat(item.Blob()).isEqualTo(new byte[] {1, 2, 3});
        assertThat(item.Blobs()).containsExactly("AQID", "BAUG");
        assertThat(item.Items()).containsExactly("x", 3).inOrder();
        assertThat(item.Address()).isEqualTo(new Address("Paris", "75001"));
        assertThat(item.Absent()).isNull();
        assertThat(change.type()).isEqualTo(Change.Type.INSERT);
        assertThat(change.keys()).isEqualTo(Map.of("Id", new BigDecimal("101")));
        assertThat(change.sequenceNumber()).isEqualTo("4421584500000000017450439091");
        assertThat(change.approximateCreationTime()).isEqualTo(Instant.ofEpochSecond(1428537600));
    }

    @Test
    void modifyHasBothImagesAndRemoveOnlyTheOld() throws Exception {
        record Message(int Id, String Message) {}
        PayloadDecoder<Message> decoder = PayloadReader.of(Message.class);

        Change<Message> modify = records().get(1).change(decoder);
        Change<Message> remove = records().get(2).change(decoder);

        assertThat(modify.oldImage()).isEqualTo(new Message(101, "New item!"));
        assertThat(modify.newImage()).isEqualTo(new Message(101, "This item has changed"));
        assertThat(remove.type()).isEqualTo(Change.Type.REMOVE);
        assertThat(remove.newImage()).isNull();
        assertThat(remove.oldImage()).isEqualTo(new Message(101, "This item has changed"));
    }
}

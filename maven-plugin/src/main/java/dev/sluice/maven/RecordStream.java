package dev.sluice.maven;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One shard of a stream, as a local run keeps it: records in write order, each with a sequence number that grows
 * with it. Readers wait for records past a position. A DynamoDB table's stream ({@link TableStream}) and a Kinesis
 * stream ({@link KinesisShard}) differ only in the records they write.
 */
abstract class RecordStream {

    /** A record and when it arrived (for the maximum record age). */
    record Entry(long index, String sequenceNumber, ObjectNode record, long arrivedMillis) {}

    private final String name;
    private final String arn;
    private final List<Entry> entries = new ArrayList<>();

    RecordStream(String name, String arn) {
        this.name = name;
        this.arn = arn;
    }

    /** The logical name of the table or stream, for log lines. */
    public String name() {
        return name;
    }

    public String arn() {
        return arn;
    }

    /** What Lambda calls the description it sends an on-failure destination: {@code DDBStreamBatchInfo}, say. */
    abstract String batchInfoKey();

    /** The shard id named in that description. */
    abstract String shardId();

    /** Whether a mapping's {@code filter} pattern (as Lambda compiles it) lets {@code record} through. */
    abstract boolean passes(ObjectNode record, String filter);

    /** The next record's sequence number and arrival time, for {@code build} to write the record with. */
    synchronized Entry append(RecordBuilder build) {
        long index = entries.size();
        String sequenceNumber = sequenceNumber(index);
        long now = System.currentTimeMillis();
        Entry entry = new Entry(index, sequenceNumber, build.record(sequenceNumber, now), now);
        entries.add(entry);
        notifyAll();
        return entry;
    }

    /** A sequence number that grows with {@code index} and compares as text. */
    abstract String sequenceNumber(long index);

    /** Writes one record, given its sequence number and arrival time. */
    @FunctionalInterface
    interface RecordBuilder {
        ObjectNode record(String sequenceNumber, long arrivedMillis);
    }

    /** The position just past the last record: where a {@code LATEST} reader starts. */
    synchronized long end() {
        return entries.size();
    }

    /** Up to {@code max} records from {@code position}, waiting at most {@code waitMillis} for the first. */
    synchronized List<Entry> read(long position, int max, long waitMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (entries.size() <= position) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return List.of();
            }
            wait(left);
        }
        return List.copyOf(entries.subList((int) position, (int) Math.min(entries.size(), position + max)));
    }
}

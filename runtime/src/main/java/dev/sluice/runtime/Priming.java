package dev.sluice.runtime;

/** SnapStart priming helpers shared by generated handlers. */
public final class Priming {

    private Priming() {}

    /** Runs {@code decoder} on {@code sample}, ignoring a rejection: the decode path ran all the same. */
    public static void decode(PayloadDecoder<?> decoder, String sample) {
        try {
            decoder.read(sample);
        } catch (PayloadException expected) {
            // A type that requires fields rejects the sample; its classes are loaded and initialised anyway.
        }
    }
}

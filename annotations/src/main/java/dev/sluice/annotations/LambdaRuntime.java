package dev.sluice.annotations;

/** The Lambda Java runtimes Sluice generates code for. */
public enum LambdaRuntime {
    /** Amazon Corretto 21 on Amazon Linux 2023. The default. */
    JAVA21("java21"),
    /** Amazon Corretto 25 on Amazon Linux 2023. */
    JAVA25("java25");

    private final String identifier;

    LambdaRuntime(String identifier) {
        this.identifier = identifier;
    }

    /** The identifier AWS uses for this runtime, as written to {@code provider.runtime}. */
    public String identifier() {
        return identifier;
    }
}

package dev.sluice.processor.model;

import java.util.List;

/** A raw Allow statement from {@code @IamStatement}, the escape hatch. */
public record IamStatementModel(List<String> actions, List<String> resources) {}

package org.warroom.operators;

/** A person at a desk of the war room, with the role that says what they may do. */
public record Operator(long id, String name, OperatorRole role) {
}

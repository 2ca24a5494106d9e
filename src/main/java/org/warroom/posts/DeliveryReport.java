package org.warroom.posts;

/**
 * What a round of deliveries did: attempts made, and how many rows ended packed, sent, failed or left out as silent,
 * and how many wait for a retry.
 */
public record DeliveryReport(int attempts, int packed, int sent, int failed, int excludedSilent, int retrying) {
    public static final DeliveryReport NONE = new DeliveryReport(0, 0, 0, 0, 0, 0);

    DeliveryReport plus(DeliveryReport o) {
        return new DeliveryReport(attempts + o.attempts, packed + o.packed, sent + o.sent, failed + o.failed,
                excludedSilent + o.excludedSilent, o.retrying);
    }
}

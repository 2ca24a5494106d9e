package org.warroom.posts;

/**
 * A post's text as a channel counts it: {@code used} of {@code max} (X: weighted characters; WhatsApp and Facebook:
 * UTF-16 characters), and whether the channel would accept it as it stands.
 */
public record TextMeasure(Channel channel, int used, int max, boolean valid) {
    /** Characters over the limit, 0 if within it. */
    public int over() {
        return Math.max(0, used - max);
    }
}

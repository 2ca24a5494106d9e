package org.warroom.posts;

/** Where a post goes out; each has its own way of counting text and its own attachment limits. */
public enum Channel {
    X("X"), WHATSAPP("WhatsApp"), FACEBOOK("Facebook");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The name people use, for messages: "X", "WhatsApp", "Facebook". */
    public String label() {
        return label;
    }
}

package org.warroom.reports.importers;

/** What a chat entry holds. */
public enum MessageKind {
    /** Something a person typed. */
    TEXT,
    /** A photo, video, voice note, sticker or document left out of the export ("&lt;Media omitted&gt;", "image omitted"). */
    MEDIA_OMITTED,
    /** A file exported with the chat ("&lt;attached: …&gt;", "IMG-….jpg (file attached)"); a caption may follow on later lines. */
    ATTACHMENT,
    /** A message its sender deleted for everyone. */
    DELETED,
    /** WhatsApp's own notice: joined, added, left, subject changed, encryption, security code, disappearing messages. */
    SYSTEM
}

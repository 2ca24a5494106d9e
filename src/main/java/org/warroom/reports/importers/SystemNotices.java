package org.warroom.reports.importers;

import java.util.regex.Pattern;

/**
 * The notices WhatsApp writes into a chat in English. An actor's name never holds a colon, which is how
 * "Ramesh: I created group …" (a person typing) is told from "Ramesh created group …" (a notice).
 */
final class SystemNotices {
    private static final String ACTOR = "[^:\\n]+";
    private static final String GROUPS = "(?:this group[’']s|the group)";
    private static final String ENCRYPTION = "Messages (?:and calls )?(?:are|you send to this (?:group|chat) are now"
            + "|to this (?:group|chat) are now) (?:end-to-end encrypted|secured with end-to-end encryption)\\b.*";
    private static final String SECURITY = "(?:Your security code with " + ACTOR + "|" + ACTOR + "[’']s security code) changed\\b.*";
    private static final String INVITE = ACTOR + " joined using (?:this|the) group[’']s invite link\\.?";
    /** Wordings nobody types: a notice even after a sender's name. */
    private static final Pattern UNMISTAKABLE = Pattern.compile("(?i)(?:" + ENCRYPTION + "|" + SECURITY + "|" + INVITE + ")",
            Pattern.DOTALL);
    /** A notice when the line names no sender; after a name, only when iOS marked the text as a notice. */
    private static final Pattern CERTAIN = Pattern.compile("(?i)(?:" + ENCRYPTION + "|" + SECURITY + "|" + INVITE
            + "|" + ACTOR + " created (?:the )?group\\b.*"
            + "|" + ACTOR + " changed (?:the subject|the group name|this group[’']s name)\\b.*"
            + "|" + ACTOR + " (?:changed|deleted|removed) " + GROUPS + " (?:icon|description)\\b.*"
            + "|" + ACTOR + " turned (?:on|off) disappearing messages\\b.*"
            + "|Disappearing messages (?:were|was) turned (?:on|off)\\b.*"
            + "|" + ACTOR + " changed (?:their phone number|the settings|the group settings)\\b.*"
            + ")", Pattern.DOTALL);
    /** Short wordings a person could type: a notice only when the line names no sender or iOS marked the text. */
    private static final Pattern MARKED = Pattern.compile("(?i)(?:"
            + ACTOR + " (?:added|removed) " + ACTOR
            + "|" + ACTOR + " (?:left|joined)\\.?"
            + "|" + ACTOR + " changed to " + ACTOR
            + "|You[’']re (?:now|no longer) an admin\\.?"
            + "|Missed (?:voice|video|group voice|group video) call.*"
            + ")");
    private static final Pattern DELETED = Pattern.compile(
            "(?i)(?:This message was deleted(?: by admin .+)?|You deleted this message(?: as admin)?)\\.?");
    private static final Pattern MEDIA = Pattern.compile(
            "(?i)<Media omitted>|(?:.*\\s)?(?:image|video|audio|sticker|GIF|document|Contact card) omitted");
    private static final Pattern ATTACHMENT = Pattern.compile("(?i)<attached: [^>\\n]+>|[^\\n]+\\.\\w{1,5} \\(file attached\\)");
    static final Pattern EDITED = Pattern.compile("[\\s\u200E]*<This message was edited>$");

    private SystemNotices() {
    }

    static boolean certain(String text) {
        return CERTAIN.matcher(text).matches();
    }

    static boolean unmistakable(String text) {
        return UNMISTAKABLE.matcher(text).matches();
    }

    /** iOS starts a notice's text with a left-to-right mark, after the group's name. */
    static boolean marked(String text) {
        return CERTAIN.matcher(text).matches() || MARKED.matcher(text).matches();
    }

    static boolean deleted(String text) {
        return DELETED.matcher(text).matches();
    }

    static boolean mediaOmitted(String text) {
        return MEDIA.matcher(text).matches();
    }

    /** An attachment is named on the first line; a caption may follow. */
    static boolean attachment(String text) {
        int nl = text.indexOf('\n');
        String first = Marks.stripEdges(nl < 0 ? text : text.substring(0, nl));
        return ATTACHMENT.matcher(first).matches();
    }
}

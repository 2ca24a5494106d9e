package org.warroom.reports.importers;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the rest of a header line into sender and text and says what kind of entry it is. */
final class MessageClassifier {
    /** Digits with the spaces, hyphens and brackets numbers are written with; checked for at least 8 digits. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \u00A0\u202F\\-().]{6,}[0-9]");

    private MessageClassifier() {
    }

    static ChatMessage classify(long line, LocalDateTime at, String rest) {
        Matcher edit = SystemNotices.EDITED.matcher(rest);
        boolean edited = edit.find();
        String all = edited ? rest.substring(0, edit.start()) : rest;
        String whole = Marks.stripEdges(all);
        if (SystemNotices.deleted(whole)) {
            return new ChatMessage(line, at, null, null, whole, MessageKind.DELETED, edited);
        }
        if (SystemNotices.certain(whole)) {
            return new ChatMessage(line, at, null, null, whole, MessageKind.SYSTEM, edited);
        }
        int colon = authorEnd(all);
        if (colon < 0) {
            // Android writes notices with no "Name:" at all; whatever their wording, they are WhatsApp's, not a person's
            return new ChatMessage(line, at, null, null, whole, MessageKind.SYSTEM, edited);
        }
        String rawAuthor = all.substring(0, colon);
        String rawText = all.substring(colon + 1);
        if (rawText.startsWith(" ") || rawText.startsWith("\n")) {
            rawText = rawText.substring(1);
        }
        boolean marked = !rawText.isEmpty() && Marks.isEdgeMark(rawText.charAt(0));
        String text = Marks.stripEdges(rawText);
        String author = Marks.cleanName(rawAuthor);
        AuthorKind authorKind = kindOf(author);
        if (authorKind == AuthorKind.TILDE_NAME) {
            author = Marks.cleanName(author.substring(1));
        }
        return new ChatMessage(line, at, author, authorKind, text, kindOf(text, marked), edited);
    }

    /** Index of the colon ending "Name:" (followed by a space or the end of the first line), or -1. */
    private static int authorEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == ':' && i > 0 && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return -1;
    }

    private static MessageKind kindOf(String text, boolean marked) {
        if (SystemNotices.deleted(text)) {
            return MessageKind.DELETED;
        }
        if (SystemNotices.mediaOmitted(text)) {
            return MessageKind.MEDIA_OMITTED;
        }
        if (SystemNotices.attachment(text)) {
            return MessageKind.ATTACHMENT;
        }
        if (SystemNotices.unmistakable(text) || (marked && SystemNotices.marked(text))) {
            return MessageKind.SYSTEM;
        }
        return MessageKind.TEXT;
    }

    static AuthorKind kindOf(String author) {
        if (author.startsWith("~")) {
            return AuthorKind.TILDE_NAME;
        }
        if (PHONE.matcher(author).matches() && author.chars().filter(Character::isDigit).count() >= 8) {
            return AuthorKind.PHONE;
        }
        return AuthorKind.SAVED_NAME;
    }
}

package org.warroom.reports.importers;

import java.util.List;

/**
 * The result of reading a chat export: every entry (system notices included), the number of physical lines read,
 * notes on what was assumed (for example the date order), and every skipped line.
 */
public record ChatParse(List<ChatMessage> messages, int linesRead, List<String> notes, List<LineError> errors) {
    public ChatParse {
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
    }

    /** True when no line was skipped. */
    public boolean clean() {
        return errors.isEmpty();
    }
}

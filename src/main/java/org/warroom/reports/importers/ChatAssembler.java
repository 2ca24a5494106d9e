package org.warroom.reports.importers;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers lines into entries as they stream in: a header line starts an entry, any other line continues the last
 * one. Dates are read only at the end, once the whole file has shown whether the day or the month comes first.
 */
final class ChatAssembler implements Utf8Lines.Sink {
    /** A chat export starts with a header on line 1; 50 lines without one is some other file. */
    static final int HEADER_WITHIN = 50;

    private final String what;
    private final List<Entry> entries = new ArrayList<>();
    private Entry current;
    private long nonBlankBeforeHeader;
    private long firstOrphan;
    private long dayFirstVotes;
    private long monthFirstVotes;
    private long dayFirstExample;
    private long monthFirstExample;

    private static final class Entry {
        final long line;
        final ChatHeader header;
        final StringBuilder text;
        int continuations;

        Entry(long line, ChatHeader header) {
            this.line = line;
            this.header = header;
            this.text = new StringBuilder(header.rest());
        }
    }

    ChatAssembler(String what) {
        this.what = what;
    }

    @Override
    public boolean seenHeader() {
        return current != null;
    }

    @Override
    public void line(long number, String raw) {
        String line = Marks.stripEdges(raw);
        ChatHeader header = ChatHeader.match(line);
        if (header != null) {
            vote(number, header);
            current = new Entry(number, header);
            entries.add(current);
        } else if (current != null) {
            current.text.append('\n').append(line);
            current.continuations++;
        } else if (!line.isBlank()) {
            firstOrphan = firstOrphan == 0 ? number : firstOrphan;
            if (++nonBlankBeforeHeader >= HEADER_WITHIN) {
                throw notAChat("none of its first " + HEADER_WITHIN + " lines");
            }
        }
    }

    /** A day above 12 settles the order; votes are counted so one damaged line cannot outvote the file. */
    private void vote(long number, ChatHeader h) {
        if (h.first() > 12 && h.first() <= 31 && h.second() >= 1 && h.second() <= 12) {
            dayFirstExample = dayFirstVotes++ == 0 ? number : dayFirstExample;
        } else if (h.second() > 12 && h.second() <= 31 && h.first() >= 1 && h.first() <= 12) {
            monthFirstExample = monthFirstVotes++ == 0 ? number : monthFirstExample;
        }
    }

    ChatParse finish(long linesRead, List<String> notes) {
        if (current == null) {
            if (nonBlankBeforeHeader == 0) {
                throw new ChatImportException(0, what + " is empty. Export the chat from WhatsApp again "
                        + "(More > Export chat) and import the new file.");
            }
            throw notAChat("none of its " + nonBlankBeforeHeader + (nonBlankBeforeHeader == 1 ? " line" : " lines"));
        }
        List<LineError> errors = new ArrayList<>();
        if (firstOrphan > 0) {
            errors.add(new LineError(firstOrphan, nonBlankBeforeHeader + (nonBlankBeforeHeader == 1 ? " line" : " lines")
                    + " before the first message did not start with a date and time, and were skipped"));
        }
        DateOrder order = order(notes);
        List<ChatMessage> messages = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            String problem = e.header.problem(order);
            if (problem != null) {
                String skipped = e.continuations == 0 ? "" : " (with the " + e.continuations
                        + (e.continuations == 1 ? " line" : " lines") + " after it)";
                errors.add(new LineError(e.line, problem + "; this message" + skipped + " was skipped"));
            } else {
                String text = e.text.toString().stripTrailing();
                messages.add(MessageClassifier.classify(e.line, e.header.at(order), text));
            }
        }
        return new ChatParse(messages, Math.toIntExact(linesRead), notes, errors);
    }

    private DateOrder order(List<String> notes) {
        if (dayFirstVotes == 0 && monthFirstVotes == 0) {
            notes.add("Every date could be read either way (no day above 12), so dates were read as day/month/year, "
                    + "as phones set to India write them. If the chat is from a phone set to US English, the dates "
                    + "are wrong.");
            return DateOrder.DAY_FIRST;
        }
        DateOrder order = monthFirstVotes > dayFirstVotes ? DateOrder.MONTH_FIRST : DateOrder.DAY_FIRST;
        if (dayFirstVotes > 0 && monthFirstVotes > 0) {
            notes.add("Some dates read only as day/month/year (" + dayFirstVotes + ", first on line " + dayFirstExample
                    + ") and some only as month/day/year (" + monthFirstVotes + ", first on line " + monthFirstExample
                    + "); the file was read as " + order.label() + ", and the other lines are listed as errors.");
        } else if (order == DateOrder.MONTH_FIRST) {
            notes.add("Dates were read as month/day/year (line " + monthFirstExample + " has a day above 12 in the "
                    + "middle), as a phone set to US English writes them.");
        }
        return order;
    }

    private ChatImportException notAChat(String which) {
        return new ChatImportException(0, what + " is not a WhatsApp chat export: " + which + " starts with a date "
                + "and time like \"12/03/24, 9:15 am - \" or \"[12/03/24, 9:15:32 AM] \". In WhatsApp open the group, "
                + "choose More > Export chat, and import the .txt or .zip it makes.");
    }
}

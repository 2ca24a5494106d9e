package org.warroom.reports.importers;

import java.util.List;
import org.warroom.reports.importers.ReportText.Token;
import org.warroom.reports.importers.ReportText.Type;
import org.warroom.reports.importers.ReportVocabulary.Field;

/**
 * The start of a report: the booth, perhaps after its seat ("Booth 117", "Isauli 117", "AC 187 booth 117").
 * {@code explicit} when a keyword names the booth or seat, {@code colon} when a separator follows the booth number:
 * either shows that the writer means a report, so a mistake after it is worth reporting back.
 */
record ReportHead(Integer seatNo, String seatName, long booth, boolean explicit, boolean colon, int next) {
    /** Seat names have at most a few words ("Gorakhpur Urban"); a longer run of words is a sentence. */
    private static final int MAX_NAME_WORDS = 4;

    static ReportHead read(ReportText text) {
        List<Token> t = text.tokens;
        // WhatsApp bold ("*बूथ 117*") and a leading "आज" come before the booth
        int i = 0;
        while (i < t.size() && (t.get(i).is(Type.SEP) || ReportVocabulary.filler(t.get(i)))) {
            i++;
        }
        Integer seatNo = null;
        boolean explicit = false;
        if (i < t.size() && ReportVocabulary.field(t.get(i)) == Field.SEAT) {
            explicit = true;
            i = skipSeps(t, i + 1);
            if (!number(t, i) || t.get(i).value() < 1 || t.get(i).value() > 999) {
                return null;
            }
            seatNo = (int) t.get(i).value();
            i = skipSeps(t, i + 1);
        }
        int nameStart = i;
        while (i < t.size() && i - nameStart < MAX_NAME_WORDS && t.get(i).is(Type.WORD)
                && ReportVocabulary.field(t.get(i)) == null && !ReportVocabulary.filler(t.get(i))) {
            i++;
        }
        String seatName = i > nameStart ? text.originalBetween(t.get(nameStart).start(), t.get(i - 1).end()) : null;
        if (i < t.size() && ReportVocabulary.field(t.get(i)) == Field.BOOTH) {
            explicit = true;
            i = skipSeps(t, i + 1);
            if (i < t.size() && ReportVocabulary.numberWord(t.get(i))) {
                i = skipSeps(t, i + 1);
            }
        }
        if (!number(t, i)) {
            return null;
        }
        long booth = t.get(i).value();
        boolean colon = i + 1 < t.size() && t.get(i + 1).is(Type.SEP) && ":-".indexOf(t.get(i + 1).sep()) >= 0;
        return new ReportHead(seatNo, seatName, booth, explicit, colon, i + 1);
    }

    static int skipSeps(List<Token> t, int i) {
        while (i < t.size() && t.get(i).is(Type.SEP)) {
            i++;
        }
        return i;
    }

    private static boolean number(List<Token> t, int i) {
        return i < t.size() && t.get(i).is(Type.NUMBER);
    }
}

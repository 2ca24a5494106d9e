package org.warroom.reports.importers;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The words of the report format in English and Hindi, in the spellings volunteers actually use. */
final class ReportVocabulary {
    enum Field {
        SEAT, BOOTH, FORWARDED, ADDED, MEMBERS, SLOTS, ISSUE, MOOD, FEEDBACK;

        boolean numeric() {
            return this == FORWARDED || this == ADDED || this == MEMBERS;
        }
    }

    private static final Map<String, Field> FIELDS = new HashMap<>();
    private static final Map<String, IssueTag> ISSUES = new HashMap<>();
    private static final Map<String, Mood> MOODS = new HashMap<>();
    /** Words that carry no figure ("6 फॉरवर्ड किए", "12 लोग जोड़े", "माहौल अच्छा है"), skipped between fields. */
    private static final Set<String> FILLERS = Set.of("किए", "किये", "किया", "लोग", "गए", "गये", "है", "हैं", "कुल",
                    "और", "and", "total", "today", "आज").stream()
            .map(ReportText::matchingForm).collect(Collectors.toUnmodifiableSet());

    /** "Booth no. 117", "बूथ संख्या 117". */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "number", "num", "नं", "नंबर", "संख्या").stream()
            .map(ReportText::matchingForm).collect(Collectors.toUnmodifiableSet());

    static {
        put(FIELDS, Field.SEAT, "ac", "seat", "सीट", "विधानसभा");
        put(FIELDS, Field.BOOTH, "booth", "बूथ");
        put(FIELDS, Field.FORWARDED, "fwd", "fw", "frwd", "forward", "forwarded", "forwards", "फॉरवर्ड", "फारवर्ड", "फोरवर्ड");
        put(FIELDS, Field.ADDED, "added", "add", "adds", "जोड़े", "जोड़ा", "जोड़ी", "जोड़");
        put(FIELDS, Field.MEMBERS, "members", "member", "mem", "mems", "सदस्य", "मेंबर", "मेम्बर");
        put(FIELDS, Field.SLOTS, "slots", "slot", "स्लॉट", "स्लाट");
        put(FIELDS, Field.ISSUE, "issue", "issues", "मुद्दा", "मुद्दे");
        put(FIELDS, Field.MOOD, "mood", "माहौल", "मौहाल");
        put(FIELDS, Field.FEEDBACK, "feedback", "फीडबैक", "फ़ीडबैक", "प्रतिक्रिया");
        put(ISSUES, IssueTag.LOCAL, "local", "स्थानीय");
        put(ISSUES, IssueTag.SCHEME, "scheme", "schemes", "योजना", "योजनाएं");
        put(ISSUES, IssueTag.RUMOUR, "rumour", "rumor", "rumours", "rumors", "अफवाह", "अफ़वाह");
        put(ISSUES, IssueTag.OTHER, "other", "अन्य");
        put(MOODS, Mood.POSITIVE, "positive", "good", "अच्छा");
        put(MOODS, Mood.NEUTRAL, "neutral", "ok", "सामान्य");
        put(MOODS, Mood.NEGATIVE, "negative", "bad", "खराब", "ख़राब");
    }

    private ReportVocabulary() {
    }

    private static <T> void put(Map<String, T> map, T value, String... words) {
        for (String w : words) {
            map.put(ReportText.matchingForm(w), value);
        }
    }

    static Field field(ReportText.Token t) {
        return t.is(ReportText.Type.WORD) ? FIELDS.get(t.text()) : null;
    }

    static IssueTag issue(ReportText.Token t) {
        return t.is(ReportText.Type.WORD) ? ISSUES.get(t.text()) : null;
    }

    static Mood mood(ReportText.Token t) {
        return t.is(ReportText.Type.WORD) ? MOODS.get(t.text()) : null;
    }

    static boolean numberWord(ReportText.Token t) {
        return t.is(ReportText.Type.WORD) && NUMBER_WORDS.contains(t.text());
    }

    static boolean filler(ReportText.Token t) {
        return t.is(ReportText.Type.WORD) && FILLERS.contains(t.text());
    }
}

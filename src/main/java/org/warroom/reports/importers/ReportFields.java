package org.warroom.reports.importers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.warroom.reports.importers.ReportText.Token;
import org.warroom.reports.importers.ReportText.Type;
import org.warroom.reports.importers.ReportVocabulary.Field;

/**
 * Reads the fields after the booth, in any order. A number may stand after its keyword ("fwd 6") or before it,
 * as Hindi puts it ("6 फॉरवर्ड"). Collects every problem and every word that is not part of the format.
 */
final class ReportFields {
    static final int SLOTS_PER_DAY = 6;

    Integer forwarded;
    Integer added;
    Integer members;
    final Set<Integer> slots = new TreeSet<>();
    final Set<IssueTag> issues = EnumSet.noneOf(IssueTag.class);
    Mood mood;
    String feedback;
    /** Field keywords seen, readable or not: how hard the message tries to be a report. */
    int attempted;
    final List<String> problems = new ArrayList<>();
    final List<String> unknown = new ArrayList<>();

    private final ReportText text;
    private final List<Token> t;
    private final Set<Field> seen = EnumSet.noneOf(Field.class);
    private Token pending;
    private int i;

    ReportFields(ReportText text, int from) {
        this.text = text;
        this.t = text.tokens;
        this.i = from;
        while (i < t.size()) {
            step();
        }
        if (pending != null) {
            problems.add("the number " + pending.text() + " does not belong to any field");
        }
    }

    private void step() {
        Token tok = t.get(i);
        Field field = ReportVocabulary.field(tok);
        if (tok.is(Type.SEP) || ReportVocabulary.filler(tok)) {
            i++;
        } else if (tok.is(Type.NUMBER)) {
            if (pending != null) {
                problems.add("the number " + pending.text() + " does not belong to any field");
            }
            pending = tok;
            i++;
        } else if (field == null) {
            unknown.add(original(tok));
            i++;
        } else {
            attempted++;
            if (field != Field.FEEDBACK && field != Field.BOOTH && field != Field.SEAT && !seen.add(field)) {
                problems.add(original(tok) + " is given twice");
            }
            i++;
            read(field, tok);
        }
    }

    private void read(Field field, Token keyword) {
        switch (field) {
            case FORWARDED -> forwarded = number(keyword, "forwarded", 50);
            case ADDED -> added = number(keyword, "added", 500);
            case MEMBERS -> members = number(keyword, "members", 1024);
            case SLOTS -> slots();
            case ISSUE -> words("issue", "local, scheme, rumour or other (स्थानीय, योजना, अफवाह, अन्य)", true);
            case MOOD -> words("mood", "positive, neutral or negative (अच्छा, सामान्य, खराब)", false);
            case FEEDBACK -> {
                int at = ReportHead.skipSeps(t, i);
                String rest = at < t.size() ? text.originalFrom(t.get(at).start()) : "";
                feedback = rest.isEmpty() ? null : rest;
                i = t.size();
            }
            case BOOTH, SEAT -> {
                problems.add("a second booth or seat: send one report per booth, as its own message");
                i = t.size();
            }
        }
    }

    /** The keyword's number: one written just before it, or else the one just after it. */
    private Integer number(Token keyword, String name, int max) {
        Token n = pending;
        pending = null;
        if (n == null) {
            int at = ReportHead.skipSeps(t, i);
            if (at < t.size() && t.get(at).is(Type.NUMBER)) {
                n = t.get(at);
                i = at + 1;
            } else {
                problems.add(original(keyword) + " has no number after it (write \"" + original(keyword) + " 6\")");
                return null;
            }
        }
        if (n.value() < 0 || n.value() > max) {
            problems.add(name + " must be a number from 0 to " + max + ", not " + n.text());
            return null;
        }
        return (int) n.value();
    }

    private void slots() {
        if (pending != null) {
            problems.add("slots takes the slot numbers after it, like \"slots 1,2,3\", not a count before it");
            pending = null;
        }
        int at = ReportHead.skipSeps(t, i);
        int before = slots.size();
        int problemsBefore = problems.size();
        while (at < t.size() && t.get(at).is(Type.NUMBER) && !numberOfNextField(at)) {
            long from = t.get(at).value();
            long to = from;
            int next = at + 1;
            if (next + 1 < t.size() && t.get(next).is(Type.SEP) && t.get(next).sep() == '-' && t.get(next + 1).is(Type.NUMBER)) {
                to = t.get(next + 1).value();
                next += 2;
            }
            if (from < 1 || to > SLOTS_PER_DAY || from > to) {
                problems.add("slots are numbered 1 to " + SLOTS_PER_DAY + " (six sends a day), not "
                        + text.originalBetween(t.get(at).start(), t.get(next - 1).end()));
            } else {
                for (long s = from; s <= to; s++) {
                    slots.add((int) s);
                }
            }
            at = ReportHead.skipSeps(t, next);
        }
        if (slots.size() == before && problems.size() == problemsBefore) {
            problems.add("slots has no slot numbers after it (write \"slots 1,2,3\")");
        }
        i = at;
    }

    /** In "slots 1,2 148 members" the 148 is the members' number, written before its keyword. */
    private boolean numberOfNextField(int at) {
        int k = at + 1;
        while (k < t.size() && (t.get(k).is(Type.SEP) || ReportVocabulary.filler(t.get(k)))) {
            k++;
        }
        Field f = k < t.size() ? ReportVocabulary.field(t.get(k)) : null;
        return f != null && f.numeric();
    }

    private void words(String name, String allowed, boolean many) {
        int at = ReportHead.skipSeps(t, i);
        int found = 0;
        while (at < t.size() && t.get(at).is(Type.WORD) && (found == 0 || many)) {
            Token w = t.get(at);
            if (ReportVocabulary.filler(w)) {
                at = ReportHead.skipSeps(t, at + 1);
                continue;
            }
            IssueTag issue = ReportVocabulary.issue(w);
            Mood m = ReportVocabulary.mood(w);
            if (many ? issue == null : m == null) {
                if (found == 0) {
                    problems.add(name + " must be " + allowed + ", not \"" + original(w) + "\"");
                    at++;
                    found++;
                }
                break;
            }
            if (many) {
                issues.add(issue);
            } else {
                mood = m;
            }
            found++;
            at = ReportHead.skipSeps(t, at + 1);
        }
        if (found == 0) {
            problems.add(name + " has no value after it; use " + allowed);
        }
        i = at;
    }

    private String original(Token tok) {
        return text.originalBetween(tok.start(), tok.end());
    }
}

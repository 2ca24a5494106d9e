package org.warroom.reports.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warroom.reports.importers.ReportLine.Broken;
import org.warroom.reports.importers.ReportLine.Chatter;
import org.warroom.reports.importers.ReportLine.Report;

/** The report format of docs/report-format.md: both languages and digit systems, chatter, and broken reports. */
class ReportMessageParserTest {
    final ReportMessageParser parser = new ReportMessageParser();

    static ParsedReport counts(int booth, Integer fwd, Integer added, Integer members) {
        return new ParsedReport(null, null, booth, fwd, added, members, Set.of(), Set.of(), null, null);
    }

    ParsedReport report(String message) {
        ReportLine line = parser.parse(message);
        assertThat(line).as(message).isInstanceOf(Report.class);
        return ((Report) line).report();
    }

    String broken(String message) {
        ReportLine line = parser.parse(message);
        assertThat(line).as(message).isInstanceOf(Broken.class);
        return ((Broken) line).reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "बूथ 117: फॉरवर्ड 6, जोड़े 12, सदस्य 148",
        "Booth 117: fwd 6 added 12 members 148",
        "booth 117 - FWD 6 - ADDED 12 - MEMBERS 148",
        "BOOTH 117, Forwarded: 6, Add: 12, Mem: 148",
        "बूथ ११७: फॉरवर्ड ६, जोड़े १२, सदस्य १४८",
        "बूथ 117: फारवर्ड 6, जोड़ा 12, सदस्य 148",
        "बूथ 117: फ़ॉरवर्ड 6, जोडे 12, सदस्य 148",
        "बूथ 117: 6 फॉरवर्ड किए, 12 लोग जोड़े, कुल सदस्य 148",
        "Booth 117: members 148 added 12 fwd 6",
        "Booth 117:fwd6 added12 members148",
        "Booth 117\nfwd 6\nadded 12\nmembers 148",
        "117: fwd 6, added 12, members 148",
        "बूथ 117: फॉरवर्ड 6, 12 जोड़े, सदस्य १४८",
        "बूथ ११७ फॉरवर्ड 6 जोड़े 12 सदस्य 148",
        "booth 117 fwd 6 and added 12 and members 148",
        "*बूथ 117*: फॉरवर्ड 6, जोड़े 12, सदस्य 148 🙏",
        "आज बूथ 117: फॉरवर्ड 6। जोड़े 12। सदस्य 148।",
        "Booth no. 117: fwd 6, added 12, members 148.",
        "बूथ संख्या ११७ — फॉरवर्ड ६, जोड़े १२, सदस्य १४८",
    })
    void theSameReportInManySpellings(String message) {
        assertThat(report(message)).isEqualTo(counts(117, 6, 12, 148));
    }

    @Test
    void joinersAndNuktaInKeywordsDoNotMatter() {
        assertThat(report("बूथ 117: जो\u200Dड़े 12")).isEqualTo(counts(117, null, 12, null));
        assertThat(report("बूथ 117: जोड\u093Cे 12")).as("nukta typed as a separate mark").isEqualTo(counts(117, null, 12, null));
    }

    @Test
    void optionalFieldsSlotsIssuesMoodAndFeedback() {
        ParsedReport r = report("Booth 117: fwd 6 slots 1,2,3 issue: local|scheme mood: positive feedback: लोग योजना से खुश हैं, "
                + "पर सड़क: खराब");
        assertThat(r.slots()).containsExactly(1, 2, 3);
        assertThat(r.issues()).containsExactlyInAnyOrder(IssueTag.LOCAL, IssueTag.SCHEME);
        assertThat(r.mood()).isEqualTo(Mood.POSITIVE);
        assertThat(r.feedback()).isEqualTo("लोग योजना से खुश हैं, पर सड़क: खराब");

        ParsedReport hi = report("बूथ ११७: स्लॉट १,२,५, मुद्दा: अफवाह, माहौल: खराब है, प्रतिक्रिया: गाँव में क्\u200Dया चल रहा है\nदूसरी पंक्ति");
        assertThat(hi.slots()).containsExactly(1, 2, 5);
        assertThat(hi.issues()).containsExactly(IssueTag.RUMOUR);
        assertThat(hi.mood()).isEqualTo(Mood.NEGATIVE);
        assertThat(hi.feedback()).as("typed text kept exactly, joiner and newline included")
                .isEqualTo("गाँव में क्\u200Dया चल रहा है\nदूसरी पंक्ति");

        assertThat(report("बूथ 117: फीडबैक: सब ठीक").feedback()).isEqualTo("सब ठीक");
        assertThat(report("Booth 117: slots 1-3, 6 mood neutral").slots()).containsExactly(1, 2, 3, 6);
        assertThat(report("Booth 117: slots 1 2 148 members").members()).isEqualTo(148);
        assertThat(report("बूथ 117: मुद्दा: स्थानीय|योजना|अन्य माहौल: सामान्य").issues())
                .isEqualTo(EnumSet.of(IssueTag.LOCAL, IssueTag.SCHEME, IssueTag.OTHER));
        assertThat(report("Booth 117: Issue RUMOR mood GOOD").mood()).isEqualTo(Mood.POSITIVE);
        assertThat(report("Booth 117: feedback:").feedback()).isNull();
    }

    @Test
    void seatPrefixes() {
        ParsedReport named = report("Isauli 117: fwd 6");
        assertThat(named.seatName()).isEqualTo("Isauli");
        assertThat(named.seatNo()).isNull();
        assertThat(named.boothPart()).isEqualTo(117);
        assertThat(report("इसौली बूथ ११७: फॉरवर्ड ६").seatName()).isEqualTo("इसौली");
        assertThat(report("Gorakhpur Urban 12 fwd 4").seatName()).isEqualTo("Gorakhpur Urban");
        ParsedReport numbered = report("AC 187 booth 117: fwd 6 added 12");
        assertThat(numbered.seatNo()).isEqualTo(187);
        assertThat(numbered.seatName()).isNull();
        assertThat(numbered.boothPart()).isEqualTo(117);
        assertThat(report("विधानसभा १८७ बूथ ११७ - सदस्य 150").seatNo()).isEqualTo(187);
        assertThat(report("AC 187 Isauli booth 117: fwd 6")).extracting(ParsedReport::seatNo, ParsedReport::seatName)
                .containsExactly(187, "Isauli");
    }

    @Test
    void theLongExamplesOfTheFormatDoc() {
        ParsedReport hi = report("*इसौली बूथ 117*\nफॉरवर्ड 6\nस्लॉट 1,2,3,5\nमुद्दा: योजना|अफवाह\nमाहौल: अच्छा है\n"
                + "प्रतिक्रिया: लोग उज्ज्वला योजना से खुश हैं, पर सड़क की शिकायत है");
        assertThat(hi).isEqualTo(new ParsedReport(null, "इसौली", 117, 6, null, null, Set.of(1, 2, 3, 5),
                Set.of(IssueTag.SCHEME, IssueTag.RUMOUR), Mood.POSITIVE, "लोग उज्ज्वला योजना से खुश हैं, पर सड़क की शिकायत है"));
        ParsedReport en = report("AC 187 booth 117: fwd 6, slots 1-3, issue: local, mood: neutral, feedback: water tank not repaired");
        assertThat(en).isEqualTo(new ParsedReport(187, null, 117, 6, null, null, Set.of(1, 2, 3), Set.of(IssueTag.LOCAL),
                Mood.NEUTRAL, "water tank not repaired"));
        assertThat(broken("Booth 117: fwd 6 fwd 7")).isEqualTo("fwd is given twice");
    }

    @Test
    void limitsAreInclusive() {
        assertThat(report("Booth 1: fwd 0 added 0 members 0")).isEqualTo(counts(1, 0, 0, 0));
        assertThat(report("Booth 9999: fwd 50 added 500 members 1024")).isEqualTo(counts(9999, 50, 500, 1024));
        assertThat(report("Booth 117: slots 1,2,3,4,5,6").slots()).hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "117 लोग रैली में आए",
        "आज रैली में 117 लोग आए",
        "बूथ 117 पर आज बैठक है",
        "booth 117 pe kal meeting hai",
        "Booth 117",
        "कल सुबह 10 बजे बैठक है",
        "आज 6 मैसेज फॉरवर्ड किए",
        "मैंने 12 लोग जोड़े",
        "please forward this to 50 people",
        "जय हिंद",
        "",
        "   ",
        "12/03/24",
        "बूथ पर सब ठीक है",
        "Isauli mein 5 booth pe kaam baaki hai",
    })
    void chatterWithOrWithoutNumbers(String message) {
        assertThat(parser.parse(message)).as(message).isInstanceOf(Chatter.class);
        assertThat(parser.report(message)).isEmpty();
    }

    @Test
    void brokenReportsSayWhatIsWrong() {
        assertThat(broken("Booth 117: fwd -3")).contains("forwarded must be a number from 0 to 50, not -3");
        assertThat(broken("Booth 117: fwd 51")).contains("0 to 50");
        assertThat(broken("बूथ 117: जोड़े 501")).contains("added").contains("0 to 500");
        assertThat(broken("Booth 117: members 1025")).contains("members").contains("1024");
        assertThat(broken("Booth 117: members 99999999999999")).contains("members");
        assertThat(broken("Booth 117: slots 1,2,9")).contains("slots are numbered 1 to 6").contains("9");
        assertThat(broken("Booth 117: slots 0")).contains("1 to 6");
        assertThat(broken("Booth 117: slots")).contains("slots has no slot numbers");
        assertThat(broken("Booth 117: fwd")).contains("fwd has no number");
        assertThat(broken("बूथ 117: जोड़े")).contains("जोड़े has no number");
        assertThat(broken("Booth 117: fwd 6 fwd 7")).contains("given twice");
        assertThat(broken("Booth 117: fwd 6 12")).contains("12 does not belong");
        assertThat(broken("Booth 117: mood: great")).contains("mood must be positive, neutral or negative").contains("great");
        assertThat(broken("Booth 117: issue: roads")).contains("issue must be local, scheme, rumour or other");
        assertThat(broken("Booth 117: mood")).contains("mood has no value");
        assertThat(broken("Booth 117: fwd 6 bahut accha")).contains("\"bahut accha\" is not part of the report format");
        assertThat(broken("Booth 117: fwd 6\nBooth 118: fwd 5")).contains("one report per booth");
        assertThat(broken("Booth 0: fwd 6")).contains("booth number must be from 1 to 9999");
        assertThat(broken("fwd 6 added 12 members 148")).contains("no booth number");
        assertThat(broken("Isauli 117: fwd -3")).as("a colon after the number shows intent").contains("not -3");
    }

    @Test
    void brokenReportsKeepTheBoothToReplyTo() {
        ReportLine line = parser.parse("बूथ 117: फॉरवर्ड 60");
        assertThat(line).isEqualTo(new Broken(new ReportParseProblem(117, "forwarded must be a number from 0 to 50, not 60")));
        assertThat(parser.parse("fwd 6 added 12")).extracting(l -> ((Broken) l).problem().boothPart()).isNull();
    }

    @Test
    void anyTextIsReadWithoutAnException() {
        Random rnd = new Random(117);
        String alphabet = "बूथ117 :,-|फॉरवर्डजोड़ेसदस्य१२३fwdaddedmembersslotsissuemoodfeedback\u200D\u200C\u093C\n-0123456789७";
        String[] words = {"booth", "बूथ", "fwd", "added", "members", "slots", "issue", "mood", "feedback:", "-", ":", ",", "|",
            "117", "-3", "१४८", "99999999999", "local", "अच्छा", "AC", "187", "Isauli", "1-3", "\n", "फीडबैक", "लोग", "6"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(12);
            for (int k = 0; k < n; k++) {
                if (rnd.nextBoolean()) {
                    b.append(words[rnd.nextInt(words.length)]).append(rnd.nextBoolean() ? " " : "");
                } else {
                    b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                }
            }
            ReportLine line = parser.parse(b.toString());
            assertThat(line).as(b.toString()).isNotNull();
            if (line instanceof Report r) {
                ParsedReport p = r.report();
                assertThat(p.boothPart()).isBetween(1, 9999);
                assertThat(p.slots()).allSatisfy(s -> assertThat(s).isBetween(1, 6));
                if (p.forwarded() != null) {
                    assertThat(p.forwarded()).isBetween(0, 50);
                }
                if (p.members() != null) {
                    assertThat(p.members()).isBetween(0, 1024);
                }
            } else if (line instanceof Broken br) {
                assertThat(br.reason()).isNotBlank();
            }
        }
    }
}

package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhaseCsvTest {
    @TempDir
    Path dir;

    private PhaseCsvResult parse(String text) throws IOException {
        Path f = dir.resolve("phases.csv");
        Files.writeString(f, text);
        return PhaseCsv.parse(f);
    }

    private static List<String> messages(PhaseCsvResult r) {
        return r.problems().stream().map(PhaseCsvResult.Problem::message).toList();
    }

    @Test
    void readsAGoodCalendar() throws IOException {
        PhaseCsvResult r = parse("\uFEFFac_no,poll_date,poll_close,ac_name\r\n187,2027-02-20,18:00,Gorakhpur Urban\r\n"
                + "\r\n1,2027-02-10,17:00,\"Behat, SC\"\r\n2,2027-02-10,6:30\r\n");
        assertThat(messages(r)).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.phases()).containsExactly(new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0)),
                new PollPhase(1, LocalDate.of(2027, 2, 10), LocalTime.of(17, 0)),
                new PollPhase(2, LocalDate.of(2027, 2, 10), LocalTime.of(6, 30)));
        assertThat(r.silencePeriods().size()).isEqualTo(3);
    }

    @Test
    void columnsMayComeInAnyOrder() throws IOException {
        PhaseCsvResult r = parse("Poll_Close, AC_NO ,poll_date\n18:00,403,2027-03-07\n");
        assertThat(r.phases()).containsExactly(new PollPhase(403, LocalDate.of(2027, 3, 7), LocalTime.of(18, 0)));
    }

    @Test
    void everyBadLineIsReportedAndNothingIsKept() throws IOException {
        PhaseCsvResult r = parse(String.join("\n",
                "ac_no,poll_date,poll_close",
                "187,2027-02-20,18:00",
                "404,2027-02-20,18:00",
                "0,2027-02-20,18:00",
                "187,2027-02-21,18:00",
                "12,2027-02-30,18:00",
                "13,20/02/2027,6 PM",
                "14,2027-02-20",
                "15,,18:00",
                "abc,2027-02-20,18:00",
                "16,2027-02-20,25:00",
                "17;2027-02-20;18:00",
                "18,2027-02-20,18:00"));
        assertThat(r.ok()).isFalse();
        assertThat(r.phases()).isEmpty();
        assertThat(messages(r)).containsExactly(
                "line 3: seat 404 does not exist (seats run 1–403)",
                "line 4: seat 0 does not exist (seats run 1–403)",
                "line 5: seat 187 is already on line 2",
                "line 6: poll_date '2027-02-30' is not a date written like 2027-02-20 (year-month-day)",
                "line 7: poll_date '20/02/2027' is not a date written like 2027-02-20 (year-month-day); "
                        + "poll_close '6 PM' is not a time written like 18:00 (24-hour clock, IST)",
                "line 8: missing poll_close",
                "line 9: poll_date is empty",
                "line 10: ac_no 'abc' is not a seat number",
                "line 11: poll_close '25:00' is not a time written like 18:00 (24-hour clock, IST)",
                "line 12: the columns are separated by semicolons (;), not by commas. Save the file as CSV with commas.");
        assertThatThrownBy(r::silencePeriods).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void headerProblems() throws IOException {
        assertThat(messages(parse("seat,poll_date\n187,2027-02-20\n"))).containsExactly(
                "line 1: the header lacks ac_no, poll_close; the first line must name the columns ac_no,poll_date,poll_close.");
        assertThat(messages(parse("187,2027-02-20,18:00\n"))).singleElement().asString().startsWith("line 1: the header lacks");
        assertThat(messages(parse("ac_no;poll_date;poll_close\n187;2027-02-20;18:00\n"))).containsExactly(
                "line 1: the columns are separated by semicolons (;), not by commas. Save the file as CSV with commas.");
        assertThat(messages(parse("ac_no\tpoll_date\tpoll_close\n"))).singleElement().asString().contains("tabs");
        assertThat(messages(parse("ac_no,poll_date,poll_close\n\n"))).containsExactly("The file has a header but no seats.");
    }

    @Test
    void emptyMissingAndNonTextFiles() throws IOException {
        assertThat(messages(parse(""))).singleElement().asString().startsWith("The file is empty.");
        assertThat(messages(parse(" \n\n"))).singleElement().asString().startsWith("The file is empty.");
        assertThat(messages(PhaseCsv.parse(dir.resolve("none.csv")))).containsExactly("The file none.csv does not exist.");
        Path ansi = dir.resolve("ansi.csv");
        Files.write(ansi, "ac_no,poll_date,poll_close\n187,2027-02-20,18:00 \u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(messages(PhaseCsv.parse(ansi))).singleElement().asString().contains("is not UTF-8 text");
        assertThat(messages(PhaseCsv.parse(dir))).singleElement().asString().endsWith("is a folder, not a CSV file.");
        assertThat(messages(parse("ac_no,poll_date,poll_close\n\"187,2027-02-20,18:00\n"))).singleElement().asString()
                .startsWith("line 2: a double quote");
    }

    @Test
    void aSmallerStateCanBeRead() throws IOException {
        Path f = dir.resolve("bypoll.csv");
        Files.writeString(f, "ac_no,poll_date,poll_close\n243,2027-11-01,17:00\n244,2027-11-01,17:00\n");
        assertThat(messages(PhaseCsv.parse(f, 243))).containsExactly("line 3: seat 244 does not exist (seats run 1–243)");
    }

    /** Whatever the bytes, the reader answers with phases or problems, never an exception. */
    @Test
    void anyInputGivesPhasesOrProblems() throws IOException {
        Random random = new Random(403L);
        String[] pieces = {"ac_no", "poll_date", "poll_close", ",", ",", "\n", "\r\n", "\"", ";", "\t", "187", "2027-02-20",
                "18:00", "x", " ", "-1", "99999999999", "2027-13-01", "24:00", "\uFEFF"};
        for (int round = 0; round < 1_500; round++) {
            StringBuilder b = new StringBuilder(random.nextBoolean() ? "ac_no,poll_date,poll_close\n" : "");
            for (int i = random.nextInt(40); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            PhaseCsvResult r = parse(b.toString());
            assertThat(r.ok() ? !r.phases().isEmpty() : r.phases().isEmpty()).as(b.toString()).isTrue();
        }
    }
}

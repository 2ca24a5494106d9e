package org.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The calendar, operators and posts commands, run in-process as the shell would run them. */
class PostsCommandsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(command);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.setExecutionExceptionHandler(new CliErrors());
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.resolve("data").toString();
        int exit = cmd.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void calendarSilentPrintsTheSeatNumbersAsJson() throws Exception {
        Path phases = Files.writeString(dir.resolve("phases.csv"),
                "ac_no,poll_date,poll_close\n187,2027-02-20,18:00\n188,2027-02-20,18:00\n189,2027-02-27,18:00\n");
        Run imported = run(new CalendarCommand(), "import-phases", phases.toString(), "--mcc", "2027-01-08", "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode i = new ObjectMapper().readTree(imported.out());
        assertThat(i.get("saved").asBoolean()).isTrue();
        assertThat(i.get("phases").get(0).get("silent_from").asText()).isEqualTo("2027-02-18T18:00:00+05:30");
        assertThat(i.get("mcc_start").asText()).isEqualTo("2027-01-08");

        Run silent = run(new CalendarCommand(), "silent", "--at", "2027-02-18T18:01+05:30", "--json");
        assertThat(silent.exit()).as(silent.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(silent.out());
        assertThat(j.get("at").asText()).isEqualTo("2027-02-18T18:01:00+05:30");
        assertThat(j.get("silent_seats").toString()).isEqualTo("[187,188]");
        // a minute before the window, in UTC: nothing
        Run before = run(new CalendarCommand(), "silent", "--at", "2027-02-18T12:29Z", "--json");
        assertThat(new ObjectMapper().readTree(before.out()).get("silent_seats").toString()).isEqualTo("[]");
        Run text = run(new CalendarCommand(), "silent", "--at", "2027-02-25T18:00");
        assertThat(text.out()).contains("In their silence period at 25/02/2027 18:00 IST (1): 189");

        Run bad = run(new CalendarCommand(), "silent", "--at", "tomorrow");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--at: \"tomorrow\" is not a moment");
    }

    @Test
    void aBadPhaseFileImportsNothingAndSaysWhichLines() throws Exception {
        Path phases = Files.writeString(dir.resolve("bad.csv"), "ac_no,poll_date,poll_close\n187,2027-02-20,18:00\nx,2027-02-20,18:00\n");
        Run r = run(new CalendarCommand(), "import-phases", phases.toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).contains("line 3: ac_no 'x' is not a seat number").contains("Nothing was imported");
        Run silent = run(new CalendarCommand(), "silent", "--at", "2027-02-19T12:00", "--json");
        assertThat(new ObjectMapper().readTree(silent.out()).get("silent_seats").toString()).isEqualTo("[]");
    }

    @Test
    void operatorsAndPostsCommands() throws Exception {
        assertThat(run(new OperatorsCommand(), "add", "Asha Verma", "writer").out()).contains("Added operator #1: Asha Verma (WRITER)");
        Run dup = run(new OperatorsCommand(), "add", "asha verma", "admin");
        assertThat(dup.exit()).isEqualTo(1);
        assertThat(dup.err()).contains("already an operator named asha verma");
        JsonNode list = new ObjectMapper().readTree(run(new OperatorsCommand(), "list", "--json").out());
        assertThat(list.get(0).get("role").asText()).isEqualTo("WRITER");

        JsonNode due = new ObjectMapper().readTree(run(new PostsCommand(), "due", "--at", "2027-02-18T09:30+05:30", "--json").out());
        assertThat(due.get("due").size()).isZero();
        assertThat(due.get("missed").size()).isZero();
        assertThat(run(new PostsCommand(), "list", "--status", "approved").out()).contains("No approved posts.");
        Run badStatus = run(new PostsCommand(), "list", "--status", "published");
        assertThat(badStatus.err()).contains("--status is one of draft, submitted");

        Path schedule = Files.writeString(dir.resolve("s.csv"), "date,slot,title,body_hi,body_en,category,targets,channels,author\n"
                + "2027-02-12,2,x,नमस्ते,,ODOP,AC-187,whatsapp,Asha Verma\n");
        Run imp = run(new PostsCommand(), "import-schedule", schedule.toString(), "--json");
        assertThat(imp.exit()).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(imp.out());
        assertThat(report.get("errors").get(0).get("line").asInt()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("reason").asText()).contains("no unit has the code AC-187");
    }
}

package org.warroom.cli;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.testing.TestDb;
import picocli.CommandLine;

/** `posts release|release-late|log|webhook|ack` on a Sultanpur database, run in-process as the shell would. */
@BothEngines
class ReleaseCommandsTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new PostsCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.setExecutionExceptionHandler(new CliErrors());
        List<String> options = TestDb.cliOptions(dir.resolve("data"));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), options.stream()).toArray(String[]::new);
        return new Run(cmd.execute(all), out.toString(), err.toString());
    }

    private static Post scheduled(AppContext ctx, Operator writer, Operator approver, String title, LocalDate date, int slot) {
        long seat = ctx.org().byCode("AC-187").orElseThrow().unit().id();
        Post p = ctx.posts().create(writer.id(), PostDraft.of(title, "नमस्ते " + title, null, "GOVT_WORK", List.of(seat),
                Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), approver.id());
        return ctx.posts().schedule(p.id(), p.version(), approver.id(), date, slot, false).post();
    }

    @Test
    void releaseAtTheSlotListTheMissedOneReleaseItLateAndReadTheLog() throws Exception {
        long onTime;
        long missed;
        try (AppContext ctx = TestDb.sultanpur(dir.resolve("data"))) {
            Operator asha = ctx.operators().add("Asha Verma", OperatorRole.WRITER);
            Operator meena = ctx.operators().add("Meena Yadav", OperatorRole.COORDINATOR);
            missed = scheduled(ctx, asha, meena, "Morning", LocalDate.of(2027, 2, 11), 1).id();
            onTime = scheduled(ctx, asha, meena, "Noon", LocalDate.of(2027, 2, 11), 3).id();
        }

        Run r = run("release", "--at", "2027-02-11T12:30:05+05:30", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);   // the missed post needs a person
        JsonNode j = r.json();
        assertThat(j.get("released").get(0).get("id").asLong()).isEqualTo(onTime);
        JsonNode row = j.get("released").get(0).get("deliveries").get(0);
        assertThat(row.get("district").asText()).isEqualTo("D-SULTANPUR");
        assertThat(row.get("status").asText()).isEqualTo("PACKED");
        assertThat(row.get("pack").asText()).isEqualTo("packs/2027-02-11/3-12.30/D-SULTANPUR/post-" + onTime);
        assertThat(dir.resolve("data").resolve(row.get("pack").asText()).resolve("hi.txt")).content().isEqualTo("नमस्ते Noon\n");
        assertThat(j.get("missed").get(0).get("id").asLong()).isEqualTo(missed);
        assertThat(j.get("deliveries").get("packed").asInt()).isEqualTo(1);
        assertThat(dir.resolve("data/packs/2027-02-11/1-07.00")).doesNotExist();

        Run text = run("release", "--at", "2027-02-11T12:31+05:30");
        assertThat(text.out()).contains("0 released, 0 held, 0 refused, 1 missed.").contains("MISSED   #" + missed)
                .contains("never sent late on their own");

        Run late = run("release-late", String.valueOf(missed), "--as", "Meena Yadav", "--at", "2027-02-11T12:40+05:30");
        assertThat(late.exit()).as(late.err()).isZero();
        assertThat(late.out()).contains("late (decided by a person)").contains("1 district: PACK 1 packed");
        assertThat(run("release-late", String.valueOf(missed), "--as", "Nobody").err()).contains("There is no operator named Nobody");

        // a missed post can also be cancelled from the command line, with its reason kept; a released one cannot
        long another;
        try (AppContext ctx = TestDb.open(dir.resolve("data"))) {
            another = scheduled(ctx, ctx.operators().byName("Asha Verma").orElseThrow(),
                    ctx.operators().byName("Meena Yadav").orElseThrow(), "Evening", LocalDate.of(2027, 2, 12), 6).id();
        }
        Run cancel = run("cancel", String.valueOf(another), "--as", "Meena Yadav", "--reason", "overtaken by events");
        assertThat(cancel.exit()).as(cancel.err()).isZero();
        assertThat(cancel.out()).contains("is cancelled (by Meena Yadav: overtaken by events)");
        assertThat(run("cancel", String.valueOf(onTime), "--as", "Meena Yadav", "--reason", "too late").exit()).isNotZero();

        Run log = run("log", String.valueOf(onTime), "--json");
        assertThat(log.exit()).isZero();
        JsonNode l = log.json();
        assertThat(l.get("post").get("status").asText()).isEqualTo("RELEASED");
        assertThat(l.get("rows").get(0).get("channel").asText()).isEqualTo("PACK");
        assertThat(l.get("rows").get(0).get("attempts").asInt()).isEqualTo(1);
        assertThat(l.get("rows").get(0).get("idempotency_key").asText()).startsWith("wr-" + onTime + "-");
        assertThat(l.get("acknowledgements").asInt()).isZero();
        assertThat(run("log", String.valueOf(onTime)).out()).contains("D-SULTANPUR    PACK     PACKED")
                .contains("Acknowledgements of slot 3 on 11/02/2027 from its districts: 0.");
    }

    @Test
    void theWebhookIsSetWithoutShowingItsSecretAndAnAcknowledgementIsRecorded() throws Exception {
        long volunteer;
        try (AppContext ctx = TestDb.sultanpur(dir.resolve("data"))) {
            volunteer = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT v.id FROM volunteer v JOIN unit u ON u.id = v.unit_id "
                    + "WHERE u.kind = 'BOOTH' AND v.active = TRUE AND v.role = 'BOOTH_IT' ORDER BY v.id FETCH FIRST 1 ROWS ONLY")
                    .mapTo(Long.class).one());
        }
        Run none = run("webhook");
        assertThat(none.out()).contains("No webhook");
        Run weak = run("webhook", "--url", "https://desk.example.org/hook", "--secret", "short");
        assertThat(weak.exit()).isEqualTo(1);
        assertThat(weak.err()).contains("at least 16 characters").doesNotContain("short\"");
        Run set = run("webhook", "--url", "https://desk.example.org/hook", "--secret", "a-long-shared-secret-value", "--timeout-ms",
                "3000", "--json");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).doesNotContain("a-long-shared-secret-value");
        assertThat(set.json().get("timeout_ms").asInt()).isEqualTo(3000);
        assertThat(run("webhook").out()).isEqualTo("Webhook: https://desk.example.org/hook (secret set, 3000 ms timeout, 5 attempts)\n");
        assertThat(run("webhook", "--off").out()).contains("No webhook");

        Run ack = run("ack", String.valueOf(volunteer), "--date", "2024-05-25", "--slot", "2", "--json");
        assertThat(ack.exit()).as(ack.err()).isZero();
        assertThat(ack.json().get("slots").toString()).isEqualTo("[2]");
        assertThat(run("ack", String.valueOf(volunteer), "--date", "2024-05-25", "--slot", "9").err()).contains("Slots are numbered 1 to 6");
    }

    @Test
    void moveAPostToAnotherSlotAndHearWhyNotIntoTheSilence() {
        long id;
        try (AppContext ctx = TestDb.sultanpur(dir.resolve("data"))) {
            Operator asha = ctx.operators().add("Asha Verma", OperatorRole.WRITER);
            Operator meena = ctx.operators().add("Meena Yadav", OperatorRole.COORDINATOR);
            id = scheduled(ctx, asha, meena, "To move", LocalDate.of(2027, 2, 11), 3).id();
            // seat 187 polls on 13/02 closing at 12:00: silent from 12:00 on the 11th
            ctx.calendar().replacePhases(List.of(new org.warroom.posts.PollPhase(187, LocalDate.of(2027, 2, 13),
                    java.time.LocalTime.of(12, 0))), LocalDate.of(2027, 1, 8));
        }
        String post = String.valueOf(id);

        Run moved = run("move", post, "--to", "11/02/2027", "--slot", "09:30", "--as", "Meena Yadav");
        assertThat(moved.exit()).as(moved.err()).isZero();
        assertThat(moved.out()).contains("Post #" + id + " moved from slot 3 on 11/02/2027 (12:30 IST) to slot 2 on "
                + "11/02/2027 (09:30 IST).");

        Run silent = run("move", post, "--to", "2027-02-11", "--slot", "4", "--as", "Meena Yadav");
        assertThat(silent.exit()).isEqualTo(1);
        assertThat(silent.err()).contains("Nothing can go to AC-187").contains("seat 187: from 11/02/2027 12:00");
        assertThat(run("move", post, "--to", "2027-02-11", "--slot", "8", "--as", "Meena Yadav").err())
                .contains("--slot \"8\" is not a slot");
        assertThat(run("move", post, "--to", "2027-02-11", "--slot", "1", "--as", "Asha Verma").err())
                .contains("only a coordinator or an admin can move posts");
    }
}

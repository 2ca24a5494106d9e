package org.warroom.audit;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.people.PeopleService;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.testing.Cli;
import org.warroom.testing.TestDb;

/** `audit list` and `audit verify` as the shell runs them; filter values with SQL in them only ever search. */
@BothEngines
class AuditCommandTest {
    static final String[] INJECTIONS = {"' OR '1'='1", "x' OR 1=1 --", "'; DROP TABLE audit_log; --", "\" OR \"\"=\"", "1) OR (1=1",
            "%' --", "admin'/*", "' UNION SELECT hash FROM audit_head --"};

    @TempDir
    static Path base;
    static long total;
    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws Exception {
        try (AppContext ctx = TestDb.sultanpur(base.resolve("data"))) {
            long b187 = ctx.org().byCode("B-187-1").orElseThrow().unit().id();
            long b188 = ctx.org().byCode("B-188-1").orElseThrow().unit().id();
            people(ctx, new Actor("Asha Verma", "sultanpur-desk")).add(draft(b187, "Ramesh", "98111 00001"));
            people(ctx, new Actor("50% Sharma_x", "desk-2")).add(draft(b188, "Suresh", "98111 00002"));
            var v = people(ctx, new Actor("O'Brien", "desk-3")).add(draft(b188, "सुनीता", "98111 00003"));
            people(ctx, new Actor("Asha Verma", "sultanpur-desk")).update(v.id(), v.version(), draft(b188, "सुनीता देवी", "98111 00003"));
            total = AuditWorkload.count(ctx, "SELECT COUNT(*) FROM audit_log");
        }
    }

    private static PeopleService people(AppContext ctx, Actor actor) {
        return new PeopleService(ctx.db().jdbi(), new AuditLog(ctx.clock()), actor, ctx.clock());
    }

    private static VolunteerDraft draft(long unit, String name, String phone) {
        return new VolunteerDraft(unit, name, phone, Role.BOOTH_IT, 1, LocalDate.now().minusDays(1), true);
    }

    private Cli.Run run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        all.addAll(TestDb.cliOptions(data));
        return Cli.run(all.toArray(String[]::new));
    }

    private JsonNode list(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "list";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--json";
        Cli.Run r = run(base.resolve("data"), all);
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static List<String> actors(JsonNode rows) {
        List<String> a = new ArrayList<>();
        rows.forEach(n -> a.add(n.get("actor").asText()));
        return a;
    }

    @Test
    void listIsNewestFirstWithEveryField() throws Exception {
        JsonNode rows = list("--limit", "3");
        assertThat(rows).hasSize(3);
        JsonNode top = rows.get(0);
        assertThat(top.get("actor").asText()).isEqualTo("Asha Verma");
        assertThat(top.get("desk").asText()).isEqualTo("sultanpur-desk");
        assertThat(top.get("action").asText()).isEqualTo("EDIT");
        assertThat(top.get("entity").asText()).isEqualTo("volunteer");
        assertThat(top.get("before").asText()).contains("name=सुनीता;");
        assertThat(top.get("after").asText()).contains("name=सुनीता देवी").contains("phone=+91 ••••• •0003");
        assertThat(top.get("at").asText()).endsWith("+05:30");
        assertThat(top.get("hash").asText()).hasSize(64);
        assertThat(top.get("seq").asLong()).isEqualTo(total);
        assertThat(rows.get(1).get("id").asLong()).isLessThan(top.get("id").asLong());
        Cli.Run text = run(base.resolve("data"), "list", "--limit", "2");
        assertThat(text.out()).contains("Asha Verma @sultanpur-desk").contains("EDIT").contains("volunteer #").contains("→");
    }

    @Test
    void filtersByPersonUnitKindAndTime() throws Exception {
        assertThat(actors(list("--actor", "asha"))).containsOnly("Asha Verma").hasSize(2);
        assertThat(actors(list("--unit", "AC-187"))).containsExactly("Asha Verma");
        assertThat(actors(list("--unit", "Sultanpur"))).hasSize(4);
        assertThat(actors(list("--kind", "edit"))).containsExactly("Asha Verma");
        assertThat(list("--kind", "volunteer")).hasSize(4);
        assertThat(actors(list("--kind", "ADD", "--unit", "AC-188"))).containsExactly("O'Brien", "50% Sharma_x");
        String tomorrow = LocalDate.now(org.warroom.platform.i18n.IndianFormat.IST).plusDays(1).toString();
        assertThat(list("--since", tomorrow)).isEmpty();
        assertThat(list("--until", tomorrow, "--limit", "1000")).hasSize((int) total);
        assertThat(list("--since", "2000-01-01T00:00+05:30", "--actor", "o'brien")).hasSize(1);
        Cli.Run bad = run(base.resolve("data"), "list", "--since", "yesterday");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--since").contains("is not a moment");
    }

    @Test
    void sqlInFilterValuesOnlySearches() throws Exception {
        // metacharacters are text: % and _ find only the person whose name has them, ' finds O'Brien
        assertThat(actors(list("--actor", "%"))).containsExactly("50% Sharma_x");
        assertThat(actors(list("--actor", "_"))).containsExactly("50% Sharma_x");
        assertThat(actors(list("--actor", "'"))).containsExactly("O'Brien");
        for (String attack : INJECTIONS) {
            assertThat(list("--actor", attack)).as(attack).isEmpty();
            assertThat(list("--kind", attack)).as(attack).isEmpty();
            Cli.Run unit = run(base.resolve("data"), "list", "--unit", attack);
            assertThat(unit.exit()).as(attack).isEqualTo(1);
            assertThat(unit.err()).contains("No unit has the code or name");
        }
        assertThat(list("--limit", "1000")).hasSize((int) total);
        Cli.Run verify = run(base.resolve("data"), "verify");
        assertThat(verify.exit()).as(verify.out()).isZero();
    }

    @Test
    void csvExportOfTheFilteredRows() throws Exception {
        Path csv = dir.resolve("audit.csv");
        Cli.Run r = run(base.resolve("data"), "list", "--unit", "AC-188", "--csv", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote 3 audit rows");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,seq,at,actor,desk,action,entity,entity_id,before,after,hash");
        List<CSVRecord> recs;
        try (Reader in = new java.io.StringReader(text.substring(1))) {
            recs = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(recs).hasSize(3);
        assertThat(recs.getFirst().get("actor")).isEqualTo("Asha Verma");
        assertThat(recs.getFirst().get("after")).contains("सुनीता देवी");
        assertThat(recs.getLast().get("actor")).isEqualTo("50% Sharma_x");
    }

    @Test
    void verifyPassesThenNamesTheRowChangedByHand() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        TestDb.copy(base.resolve("data"), data);
        Cli.Run ok = run(data, "verify", "--json");
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(ok.out());
        assertThat(j.get("ok").asBoolean()).isTrue();
        assertThat(j.get("rows_checked").asLong()).isEqualTo(total);
        String head = j.get("head_hash").asText();
        Cli.Run text = run(data, "verify", "--anchor", total + ":" + head.substring(0, 12));
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Audit chain intact: " + total + " rows checked").contains("Head: seq " + total + ", hash " + head);

        AuditWorkload.sql(data, TestDb.dropAuditGuard(),
                "UPDATE audit_log SET after_value = REPLACE(after_value, 'Suresh', 'Mahesh') WHERE after_value LIKE 'name=Suresh;%'");
        Cli.Run broken = run(data, "verify");
        assertThat(broken.exit()).isEqualTo(4);
        assertThat(broken.out()).contains("Audit chain BROKEN (edited) at seq " + (total - 2)).contains("does not match its hash")
                .contains("the append-only trigger on audit_log is missing");
        JsonNode bj = new ObjectMapper().readTree(run(data, "verify", "--json").out());
        assertThat(bj.get("ok").asBoolean()).isFalse();
        assertThat(bj.get("problem").asText()).isEqualTo("edited");
        assertThat(bj.get("seq").asLong()).isEqualTo(total - 2);
    }
}

package org.warroom.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.AccessDeniedException;
import org.warroom.operators.OperatorRole;
import org.warroom.org.ChangeBatch;
import org.warroom.people.Role;
import org.warroom.people.VolunteerDraft;
import org.warroom.platform.audit.Actor;
import org.warroom.testing.TestDb;

/** One war-room server, two desks over TCP, logged in as differently scoped operators. */
class SharedServerTest {
    private static final char[] DB_PW = "war room db secret".toCharArray();

    @TempDir
    Path dir;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void twoScopedDesksOnOneServerSeeEachOthersChangesAndNeitherLeavesItsScope() throws Exception {
        try (AppContext setup = TestDb.sultanpur(dir)) {
            setup.operators().createFirstAdministrator("Asha Admin", "admin password 1".toCharArray());
            setup.access().set(setup.operators().login("Asha Admin", "admin password 1".toCharArray()));
            setup.operators().addAccount("Isauli Desk", OperatorRole.DESK_OPERATOR, "AC-187", "isauli desk pass".toCharArray());
            setup.operators().addAccount("Coordinator", OperatorRole.COORDINATOR, null, "coordinator pass".toCharArray());
        }
        DataFolder folder = DataFolder.open(dir);
        try (DbServer server = DbServer.start(folder, null, freePort(), DB_PW)) {
            assertThat(server.url()).startsWith("jdbc:h2:tcp://127.0.0.1:");
            assertThat(folder.dbPassword()).isEqualTo(new String(DB_PW));
            assertThatThrownBy(() -> Database.open(server.url(), "warroom", "not it"))
                    .isInstanceOf(DatabaseException.class);
            // -ifExists: a client cannot make a new database by naming one
            assertThatThrownBy(() -> Database.open(server.url().replace("/warroom", "/elsewhere"), "warroom", new String(DB_PW)))
                    .isInstanceOf(DatabaseException.class);

            try (AppContext isauli = desk(server, "Isauli Desk", "isauli desk pass");
                 AppContext coordinator = desk(server, "Coordinator", "coordinator pass")) {
                long seq = coordinator.org().lastChangeSeq();
                long booth = boothOf(isauli, "= 'AC-187'");
                long elsewhere = boothOf(isauli, "<> 'AC-187'");
                isauli.people().add(new VolunteerDraft(booth, "Desk Volunteer", "+91 91234 56771", Role.BOOTH_IT, 1,
                        LocalDate.now().minusDays(2), true));
                long t0 = System.nanoTime();
                ChangeBatch seen = coordinator.org().changesSince(seq, 1000);
                while (!seen.unitIds().contains(booth) && System.nanoTime() - t0 < 2_000_000_000L) {
                    Thread.sleep(50);
                    seen = coordinator.org().changesSince(seq, 1000);
                }
                assertThat(seen.unitIds()).as("the coordinator's desk sees the Isauli desk's change").contains(booth);
                assertThatThrownBy(() -> isauli.people().add(new VolunteerDraft(elsewhere, "Out Of Scope", "+91 91234 56772",
                        Role.BOOTH_IT, 1, LocalDate.now().minusDays(2), true)))
                        .isInstanceOf(AccessDeniedException.class);
                coordinator.people().add(new VolunteerDraft(elsewhere, "Coordinator Added", "+91 91234 56773",
                        Role.BOOTH_IT, 1, LocalDate.now().minusDays(2), true));
                long byDesk = isauli.db().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM audit_log WHERE actor = 'Isauli Desk' AND entity = 'volunteer'").mapTo(Long.class).one());
                assertThat(byDesk).isEqualTo(1);
            }
        }
        // the server machine's own console still opens the folder directly, with the kept password
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            long added = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE name = 'Coordinator Added'")
                    .mapTo(Long.class).one());
            assertThat(added).isEqualTo(1);
        }
    }

    @Test
    void aDeskSaysDisconnectedWhenTheServerGoesAndCarriesOnWhenItIsBack() throws Exception {
        try (AppContext setup = TestDb.sultanpur(dir)) {
            setup.org().lastChangeSeq();
        }
        DataFolder folder = DataFolder.open(dir);
        int port = freePort();
        DbServer server = DbServer.start(folder, null, port, DB_PW);
        try (AppContext desk = new AppContext(Database.open(server.url(), "warroom", new String(DB_PW)), Clock.systemDefaultZone(),
                new Actor("desk", "Sultanpur table"), Path.of("target", "media-unused"))) {
            long before = desk.org().lastChangeSeq();
            server.close();
            assertThatThrownBy(() -> desk.org().lastChangeSeq()).isInstanceOf(RuntimeException.class);
            server = DbServer.start(folder, null, port, null);
            long after = -1;
            for (int i = 0; i < 20 && after < 0; i++) {
                try {
                    after = desk.org().lastChangeSeq();
                } catch (RuntimeException e) {
                    Thread.sleep(250);
                }
            }
            assertThat(after).as("the desk reconnects by itself").isEqualTo(before);
            desk.people().add(new VolunteerDraft(boothOf(desk, "= 'AC-187'"), "After Restart", "+91 91234 56774",
                    Role.BOOTH_IT, 1, LocalDate.now().minusDays(2), true));
        } finally {
            server.close();
        }
        try (Database db = Database.openEmbedded(folder)) {
            long n = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM volunteer WHERE name = 'After Restart'")
                    .mapTo(Long.class).one());
            assertThat(n).isEqualTo(1);
        }
    }

    private static AppContext desk(DbServer server, String who, String password) {
        AppContext ctx = new AppContext(Database.open(server.url(), "warroom", new String(DB_PW)), Clock.systemDefaultZone(),
                new Actor("os-user", who + " table"), Path.of("target", "media-unused"));
        ctx.access().set(ctx.operators().login(who, password.toCharArray()));
        return ctx;
    }

    private static long boothOf(AppContext ctx, String seatCondition) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT b.id FROM unit b JOIN unit s ON b.path LIKE s.path || '%' "
                + "WHERE s.kind = 'ASSEMBLY' AND s.code " + seatCondition + " AND b.kind = 'BOOTH' ORDER BY b.id LIMIT 1")
                .mapTo(Long.class).one());
    }
}

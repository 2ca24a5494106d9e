package org.warroom.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.DatabaseException;
import org.warroom.testing.ChildProcess;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'test', 1, TRUE)"));
        }
        assertThatThrownBy(() -> Database.openEmbedded(DataFolder.open(dir)))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("newer War Room Console")
                .hasMessageContaining("999");
        // nothing was migrated or removed: the newer history and the data are still there
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("warroom"), "warroom", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '999'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            try (var w = c.createStatement().executeQuery("SELECT COUNT(*) FROM wing")) {
                w.next();
                assertThat(w.getInt(1)).isEqualTo(9);
            }
        }
    }

    @Test
    void anUnusableDataFolderIsExplained() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> DataFolder.open(file)).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("is a file, not a folder");
        assertThatThrownBy(() -> DataFolder.open(file.resolve("below"))).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("cannot be created or written");
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsExplained() throws Exception {
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            db.checkpoint();
        }
        Process holder = ChildProcess.start("hold", dir.toString());
        try {
            ChildProcess.expectLine(holder, "ready", 30);
            assertThatThrownBy(() -> Database.openEmbedded(DataFolder.open(dir)))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("in use by another program");
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // once the other program is gone the database opens, undamaged
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            int wings = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM wing").mapTo(Integer.class).one());
            assertThat(wings).isEqualTo(9);
        }
    }

    @Test
    void whenTheProcessServingTheDatabaseExitsTheOtherCarriesOn() throws Exception {
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            db.checkpoint();
        }
        Process server = ChildProcess.start("serve", dir.toString());
        try {
            ChildProcess.expectLine(server, "ready", 60);
            try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
                db.jdbi().useHandle(h -> h.execute("INSERT INTO app_setting (name, val) VALUES ('a', '1')"));
                server.getOutputStream().write('\n');
                server.getOutputStream().flush();
                ChildProcess.expectLine(server, "closed", 30);
                server.waitFor();
                // the first process is gone: this one reconnects and takes over serving the file
                db.jdbi().useHandle(h -> h.execute("INSERT INTO app_setting (name, val) VALUES ('b', '2')"));
                int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM app_setting WHERE name IN ('a', 'b')")
                        .mapTo(Integer.class).one());
                assertThat(rows).isEqualTo(2);
            }
        } finally {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void twoProcessesShareOneDataFolder() throws Exception {
        try (Database db = Database.openEmbedded(DataFolder.open(dir))) {
            db.jdbi().useHandle(h -> {
                h.execute("INSERT INTO unit (id, kind, code, name_en, path, depth) VALUES (1, 'STATE', 'UP', 'Uttar Pradesh', '/1/', 0)");
                h.execute("INSERT INTO unit (id, parent_id, kind, code, number, name_en, path, depth) VALUES (2, 1, 'BOOTH', 'B-1-1', 1, 'Booth', '/1/2/', 1)");
                h.execute("INSERT INTO coverage (unit_id) VALUES (1)");
                h.execute("INSERT INTO coverage (unit_id) VALUES (2)");
            });
            // the child adds a volunteer while this process holds the database open
            Process child = ChildProcess.start("add", dir.toString(), "2", "9876543210");
            ChildProcess.expectLine(child, "added", 60);
            assertThat(child.waitFor()).isZero();
            int volunteers = db.jdbi().withHandle(h -> h.createQuery("SELECT volunteers FROM coverage WHERE unit_id = 1")
                    .mapTo(Integer.class).one());
            assertThat(volunteers).isEqualTo(1);
        }
    }
}

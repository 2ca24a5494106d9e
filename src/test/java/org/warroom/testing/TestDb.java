package org.warroom.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.warroom.app.AppContext;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;

/** A real H2 file database in a temporary folder, migrated by Flyway, optionally filled with a demo preset. */
public final class TestDb {
    private TestDb() {
    }

    public static AppContext open(Path dir) {
        Database db = Database.openEmbedded(DataFolder.open(dir));
        return new AppContext(db, Clock.systemDefaultZone(), new Actor("tester", "test-desk"), dir.resolve("media"));
    }

    /** The Sultanpur preset (1 district, 5 seats, 2,172 booths) with seed 7. */
    public static AppContext sultanpur(Path dir) {
        AppContext ctx = open(dir);
        ctx.demo().build(DemoPreset.SULTANPUR, 7, false, (a, b) -> { });
        return ctx;
    }

    /** The ids of the active booth IT volunteers (those expected to report), in id order. */
    public static java.util.List<Long> boothVolunteers(AppContext ctx) {
        return ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT id FROM volunteer WHERE active = TRUE AND role = 'BOOTH_IT' "
                + "ORDER BY id").mapTo(Long.class).list());
    }
}

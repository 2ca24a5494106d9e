package org.warroom.geography;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.warroom.org.CoverageRollup;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Database;

/** Imports the real Uttar Pradesh geography as the organisation tree: all of it in one transaction, or nothing. */
public final class GeographyService {
    private final Database db;
    private final AuditLog audit;
    private final Actor actor;

    public GeographyService(Database db, AuditLog audit, Actor actor) {
        this.db = db;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * Builds the tree from the shipped files (or {@code folder}); refuses an existing organisation unless
     * {@code replace}, which also removes its volunteers, groups and lists.
     */
    public OrgBuilder.Result importGeography(Path folder, OrgPlan plan, boolean replace, BiConsumer<Long, Long> progress) {
        GeographyCatalog catalog = GeographyCatalog.load(folder);
        OrgBuilder.Result result = db.jdbi().inTransaction(h -> {
            prepare(h, replace);
            OrgBuilder builder = new OrgBuilder(catalog, plan);
            OrgBuilder.Result r = builder.build(h, progress);
            CoverageRollup.rebuild(h);
            CoverageRollup.notice(h, 0);
            audit.record(h, actor, "IMPORT", "geography", null, null, r.units() + " units, " + r.booths() + " booths");
            return r;
        });
        db.checkpoint();
        return result;
    }

    /** Inside the caller's transaction: refuse or clear an existing organisation. */
    public static void prepare(Handle h, boolean replace) {
        long units = h.createQuery("SELECT COUNT(*) FROM unit").mapTo(Long.class).one();
        if (units > 0 && !replace) {
            throw new GeographyException("This database already holds an organisation of " + units
                    + " units. Use --replace to rebuild it (its volunteers, groups and lists are removed too).");
        }
        if (units > 0) {
            for (String table : new String[] {"coverage", "unit_search", "booth_detail", "seat_detail", "whatsapp_group",
                    "broadcast_list", "volunteer"}) {
                h.execute("DELETE FROM " + table);
            }
            // children before parents: the deepest units first
            h.execute("DELETE FROM unit WHERE kind = 'BOOTH'");
            h.execute("DELETE FROM unit WHERE kind = 'SECTOR'");
            h.execute("DELETE FROM unit WHERE kind = 'MANDAL'");
            h.execute("UPDATE unit SET lok_sabha_id = NULL");
            h.execute("DELETE FROM unit WHERE kind IN ('ASSEMBLY')");
            h.execute("DELETE FROM unit WHERE kind IN ('DISTRICT', 'LOK_SABHA')");
            h.execute("DELETE FROM unit WHERE kind = 'REGION'");
            h.execute("DELETE FROM unit");
        }
    }
}

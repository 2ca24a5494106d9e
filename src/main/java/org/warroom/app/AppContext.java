package org.warroom.app;

import java.time.Clock;
import org.warroom.demo.DemoService;
import org.warroom.geography.GeographyService;
import org.warroom.org.OrgService;
import org.warroom.people.PeopleService;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.Settings;

/** The one place that wires the services together, by constructor; the window and the CLI both use it. */
public final class AppContext implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final Actor actor;
    private final OrgService org;
    private final PeopleService people;
    private final GeographyService geography;
    private final DemoService demo;
    private final Settings settings;

    public AppContext(Database db, Clock clock, Actor actor) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
        AuditLog audit = new AuditLog(clock);
        this.org = new OrgService(db.jdbi());
        this.people = new PeopleService(db.jdbi(), audit, actor, clock);
        this.geography = new GeographyService(db, audit, actor);
        this.demo = new DemoService(db, audit, actor);
        this.settings = new Settings(db.jdbi());
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public Actor actor() {
        return actor;
    }

    public OrgService org() {
        return org;
    }

    public PeopleService people() {
        return people;
    }

    public GeographyService geography() {
        return geography;
    }

    public DemoService demo() {
        return demo;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        db.close();
    }
}

package org.warroom.app;

import java.nio.file.Path;
import java.time.Clock;
import org.warroom.audit.AuditService;
import org.warroom.brief.BriefService;
import org.warroom.demo.DemoService;
import org.warroom.geography.GeographyService;
import org.warroom.operators.Access;
import org.warroom.operators.OperatorService;
import org.warroom.operators.Principal;
import org.warroom.org.OrgService;
import org.warroom.people.PeopleService;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.Settings;
import org.warroom.posts.SlotTimes;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.PostService;
import org.warroom.posts.ReleaseService;
import org.warroom.reports.ReportImportService;
import org.warroom.reports.ReportService;

/** The one place that wires the services together, by constructor; the window and the CLI both use it. */
public final class AppContext implements AutoCloseable {
    private final SlotTimes slotTimes;
    private final Database db;
    private final Clock clock;
    private final Actor actor;
    private final Access access;
    private final OrgService org;
    private final PeopleService people;
    private final GeographyService geography;
    private final DemoService demo;
    private final Settings settings;
    private final OperatorService operators;
    private final ElectionCalendarService calendar;
    private final PostService posts;
    private final ReportService reports;
    private final ReportImportService reportImports;
    private final org.warroom.people.PersonalData personalData;
    private final ReleaseService releases;
    private final AuditService audit;
    private final BriefService brief;
    private final org.warroom.dashboard.DashboardService dashboard;
    private final org.warroom.map.MapService map;

    /** With attachments in the default data folder's media/; use the other constructor for any other folder. */
    public AppContext(Database db, Clock clock, Actor actor) {
        this(db, clock, actor, DataFolder.defaultPath().resolve("media"));
    }

    /** @param mediaDir where post attachments are kept (the data folder's media/) */
    public AppContext(Database db, Clock clock, Actor actor, Path mediaDir) {
        this.db = db;
        this.clock = clock;
        this.actor = actor;
        AuditLog audit = new AuditLog(clock);
        this.access = new Access(Principal.open(actor.name()), actor.desk());
        this.org = new OrgService(db.jdbi());
        this.people = new PeopleService(db.jdbi(), audit, access, clock);
        this.geography = new GeographyService(db, audit, actor);
        this.demo = new DemoService(db, audit, actor);
        this.settings = new Settings(db.jdbi());
        this.operators = new OperatorService(db.jdbi(), audit, access);
        this.calendar = new ElectionCalendarService(db.jdbi(), audit, actor);
        // the six slot times are kept in settings, the same for every desk; read at most every ten seconds
        this.slotTimes = new SlotTimes(db.jdbi(), audit, access, clock);
        this.posts = new PostService(db.jdbi(), audit, actor, clock, org, operators, calendar, mediaDir, slotTimes::current);
        this.reports = new ReportService(db.jdbi(), audit, access, clock);
        this.reportImports = new ReportImportService(db.jdbi(), audit, access, clock);
        this.personalData = new org.warroom.people.PersonalData(db.jdbi(), audit, access, clock);
        // packs go beside media/ in the data folder; acknowledgements are counted from the reports' roll-up
        this.releases = new ReleaseService(posts, org, clock, mediaDir.resolveSibling("packs"),
                (unitId, day, slotNo) -> reports.slotTotals(unitId, day).slot(slotNo), ReleaseService.Sleeper.REAL);
        this.audit = new AuditService(db.jdbi(), org, access);
        PostCalendar postCalendar = new PostCalendar(db.jdbi(), posts, calendar, org);
        this.brief = new BriefService(org, reports, settings, day -> postCalendar.releasedBySlot(day, day).get(day), clock);
        this.dashboard = new org.warroom.dashboard.DashboardService(db.jdbi(), org, reports, brief, posts, postCalendar, calendar,
                settings, audit, access, clock);
        this.map = new org.warroom.map.MapService(org, reports, calendar, clock);
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

    /** Who is acting: changes at login; every service that writes asks it. */
    public Access access() {
        return access;
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

    public OperatorService operators() {
        return operators;
    }

    public ElectionCalendarService calendar() {
        return calendar;
    }

    public PostService posts() {
        return posts;
    }

    public ReportService reports() {
        return reports;
    }

    /** A person's data: export everything about a phone number, withdraw consent. */
    public org.warroom.people.PersonalData personalData() {
        return personalData;
    }

    public ReportImportService reportImports() {
        return reportImports;
    }

    /** Release at the slots, message packs, the webhook and the release log. */
    public ReleaseService releases() {
        return releases;
    }

    /** The audit trail: verify, list, export (writing it is every service's, through AuditLog). */
    public AuditService audit() {
        return audit;
    }

    /** Briefings: what a leadership PDF shows, for any unit. */
    public BriefService brief() {
        return brief;
    }

    /** The leadership dashboard and the wall: tiles with trends and colours for any unit. */
    public org.warroom.dashboard.DashboardService dashboard() {
        return dashboard;
    }

    /** The map: shipped boundaries and each unit's coverage, reporting rate or silence. */
    public org.warroom.map.MapService map() {
        return map;
    }

    @Override
    public void close() {
        db.close();
    }

    /** The six daily slot times, editable by coordinators. */
    public SlotTimes slotTimes() {
        return slotTimes;
    }
}

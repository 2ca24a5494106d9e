package org.warroom.posts;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorService;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.db.PostDao;
import org.warroom.posts.dispatch.PackChannel;
import org.warroom.posts.dispatch.WebhookChannel;

/**
 * Posts from draft to release. Every write checks first, then changes the post, writes a history row and an audit
 * row in one transaction; a change based on a stale version is refused ({@link PostConflictException}). The
 * approver is never the author nor the last editor; a post is never scheduled or released into a seat's silence
 * period, and never released late on its own.
 */
public final class PostService {
    /** How late a slot may still be released as on time; later than this it is missed and waits for a person. */
    public static final Duration SLOT_GRACE = Duration.ofMinutes(15);

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Actor actor;
    private final Clock clock;
    private final OrgService org;
    private final OperatorService operators;
    private final ElectionCalendarService calendar;
    private final MediaStore media;
    private final Supplier<DailySlots> slots;
    private final DraftChecker checker;
    private final PostRoles roles;
    private final ReleasePlanner planner;
    private final WebhookSettings webhook;

    /**
     * @param mediaDir where attachments are copied (the data folder's {@code media/})
     * @param slots the desk's six daily slot times, read at each use so an edit of the times applies at once
     */
    public PostService(Jdbi jdbi, AuditLog audit, Actor actor, Clock clock, OrgService org, OperatorService operators,
                       ElectionCalendarService calendar, Path mediaDir, Supplier<DailySlots> slots) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
        this.org = org;
        this.operators = operators;
        this.calendar = calendar;
        this.media = new MediaStore(mediaDir);
        this.slots = slots;
        this.checker = new DraftChecker(org, new TargetSeats(org), ChannelLimits.published(), slots, calendar, clock);
        this.roles = new PostRoles(operators);
        this.planner = new ReleasePlanner(org);
        this.webhook = new WebhookSettings(jdbi, audit, actor);
    }

    // ---- reading

    public List<Category> categories() {
        return Categories.all(jdbi);
    }

    public Optional<Post> post(long id) {
        return jdbi.withExtension(PostDao.class, dao -> dao.byId(id));
    }

    /**
     * A cheap mark of the posts' state: it changes whenever a post is added, edited, moved, released or cancelled at
     * any desk (or by the release timer), so a window reloads its list only then.
     */
    public String changeStamp() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*), MAX(updated_at), SUM(version) FROM post")
                .map((rs, ctx) -> rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getLong(3)).one());
    }

    /** Posts in slot order; all of them when {@code status} is null. */
    public List<Post> list(PostStatus status) {
        return jdbi.withExtension(PostDao.class, dao -> status == null ? dao.all() : dao.withStatus(status.name()));
    }

    public PostDetail detail(long id) {
        return jdbi.withHandle(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post p = PostGuards.load(dao, id);
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            dao.channels(id).forEach(c -> channels.add(Channel.valueOf(c)));
            return new PostDetail(p, dao.targets(id), channels, dao.attachments(id), new TreeSet<>(dao.excluded(id)));
        });
    }

    public List<PostHistoryEntry> history(long id) {
        return jdbi.withExtension(PostDao.class, dao -> dao.history(id));
    }

    /** Where an attachment's copy is on disk. */
    public Path mediaFile(StoredAttachment a) {
        return media.resolve(a.storedPath());
    }

    /** Every assembly seat the post's targets reach (before any exclusion), ascending. */
    public Set<Integer> seats(long postId) {
        Set<Integer> all = new TreeSet<>();
        checker.targets(jdbi.withExtension(PostDao.class, dao -> dao.targets(postId))).values().forEach(all::addAll);
        return all;
    }

    /**
     * Which seats these targets reach that are silent at {@code at}: for the composer's live warning and for a
     * schedule file's preview. Empty when none is.
     */
    public SilenceVerdict silence(List<Long> targetUnitIds, Instant at) {
        Set<Integer> all = new TreeSet<>();
        checker.targets(targetUnitIds).values().forEach(all::addAll);
        return calendar.check(all, at);
    }

    /** The desk's six daily slot times now. */
    public DailySlots slots() {
        return slots.get();
    }

    /** The moment a slot begins (IST), whether or not it has passed. */
    public Instant slotTime(LocalDate date, int slotNo) {
        return ZonedDateTime.of(date, slots.get().slot(slotNo).time(), IndianFormat.IST).toInstant();
    }

    /**
     * Scheduled posts due by {@code now} and not released: on time, or missed (later than {@link #SLOT_GRACE}) for
     * a person to decide on. Nothing is released by asking.
     */
    public DuePosts due(Instant now) {
        List<Post> onTime = new ArrayList<>();
        List<Post> missed = new ArrayList<>();
        for (Post p : jdbi.withExtension(PostDao.class, dao -> dao.scheduledBy(now))) {
            (now.isAfter(p.scheduledAt().plus(SLOT_GRACE)) ? missed : onTime).add(p);
        }
        return new DuePosts(now, onTime, missed);
    }

    public DuePosts due() {
        return due(clock.instant());
    }

    /** Other live posts in this slot for any of these target units (a warning for the desk). */
    public List<SlotClash> clashes(LocalDate date, int slotNo, Collection<Long> unitIds, long exceptPostId) {
        if (date == null || unitIds.isEmpty()) {
            return List.of();
        }
        List<PostDao.ClashRow> rows = jdbi.withExtension(PostDao.class, dao -> dao.clashes(date, slotNo, exceptPostId, unitIds));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        org.units(rows.stream().map(PostDao.ClashRow::unitId).collect(Collectors.toSet()))
                .forEach(r -> codes.put(r.unit().id(), r.unit().code()));
        return rows.stream().map(r -> new SlotClash(r.postId(), r.title(), r.slotDate(), r.slotNo(), r.unitId(),
                codes.getOrDefault(r.unitId(), "unit " + r.unitId()))).toList();
    }

    // ---- writing

    /** Checks a draft as {@link #create} would, saving nothing (an importer's first pass). */
    public void check(long operatorId, PostDraft draft) {
        Operator op = roles.writer(operatorId);
        DraftChecker.Checked c = checker.check(draft);
        jdbi.useHandle(h -> {
            roles.withinScope(h, op, ids(c), "write");
            Categories.require(h, c.text().category());
        });
    }

    private static List<Long> ids(DraftChecker.Checked c) {
        return c.targets().keySet().stream().map(Unit::id).toList();
    }

    /** Saves a new draft; attachments are copied into the media folder first. */
    public Post create(long operatorId, PostDraft draft) {
        Operator op = roles.writer(operatorId);
        DraftChecker.Checked c = checker.check(draft);
        List<StoredAttachment> stored = media.storeAll(c.attachments(), draft.attachments(), List.of());
        return jdbi.inTransaction(h -> {
            roles.withinScope(h, op, ids(c), "write");
            return insert(h, op, c, stored);
        });
    }

    /** Creates and submits many drafts in one transaction: all of them, or none. */
    public List<Post> createSubmitted(List<AuthoredDraft> drafts) {
        List<Operator> ops = new ArrayList<>();
        List<DraftChecker.Checked> checked = new ArrayList<>();
        List<List<StoredAttachment>> stored = new ArrayList<>();
        for (AuthoredDraft d : drafts) {
            ops.add(roles.writer(d.operatorId()));
            DraftChecker.Checked c = checker.check(d.draft());
            checked.add(c);
            stored.add(media.storeAll(c.attachments(), d.draft().attachments(), List.of()));
        }
        return jdbi.inTransaction(h -> {
            List<Post> out = new ArrayList<>();
            for (int i = 0; i < checked.size(); i++) {
                roles.withinScope(h, ops.get(i), ids(checked.get(i)), "write");
                Post p = insert(h, ops.get(i), checked.get(i), stored.get(i));
                out.add(transition(h, p, PostStatus.SUBMITTED, ops.get(i), "submitted from a schedule file", "SUBMIT"));
            }
            return out;
        });
    }

    /**
     * Saves an edit. A rejected post becomes a draft again; an approved or scheduled one goes back to review
     * (SUBMITTED), its slot time and any exclusion undone, because what was approved is not what would be sent.
     */
    public Post edit(long id, int expectedVersion, long operatorId, PostDraft draft) {
        Operator op = roles.writer(operatorId);
        Post before = post(id).orElseThrow(() -> PostGuards.gone(id));
        PostGuards.fresh(before, expectedVersion);
        if (before.status().isFinal()) {
            throw new PostValidationException("status", "Post #" + id + " is " + before.status().label()
                    + " and can no longer be edited; copy it into a new post instead.");
        }
        DraftChecker.Checked c = checker.check(draft);
        List<StoredAttachment> stored = media.storeAll(c.attachments(), draft.attachments(), detail(id).attachments());
        return jdbi.inTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            // neither someone else's post for another unit, nor one's own moved out of the unit
            roles.withinScope(h, op, dao.targets(id), "edit");
            roles.withinScope(h, op, ids(c), "edit");
            PostDao.Text text = c.text().withCategory(Categories.require(h, c.text().category()));
            PostStatus to = before.status().afterEdit();
            if (dao.updateText(id, expectedVersion, text, to.name(), op.id(), clock.instant()) != 1) {
                throw PostGuards.conflict(dao, id);
            }
            writeChildren(dao, id, c, stored);
            dao.deleteExcluded(id);
            Post after = PostGuards.load(dao, id);
            String note = switch (before.status()) {
                case APPROVED, SCHEDULED -> "edited after approval: back to review";
                case REJECTED -> "edited after rejection: a draft again";
                default -> "edited";
            };
            record(h, dao, after, op, before.status(), to, note, "EDIT", PostGuards.describe(before));
            return after;
        });
    }

    public Post submit(long id, int expectedVersion, long operatorId) {
        Operator op = roles.writer(operatorId);
        return move(id, expectedVersion, op, PostStatus.SUBMITTED, "submitted for approval", "SUBMIT", (h, p) ->
                roles.withinScope(h, op, h.attach(PostDao.class).targets(p.id()), "submit"));
    }

    /** Approves a submitted post; the approver must be a coordinator or admin, and neither its author nor last editor. */
    public Post approve(long id, int expectedVersion, long operatorId) {
        Operator op = roles.approver(operatorId, "approve");
        return move(id, expectedVersion, op, PostStatus.APPROVED, "approved", "APPROVE", (h, p) -> roles.notOwn(op, p, "approve"));
    }

    public Post reject(long id, int expectedVersion, long operatorId, String reason) {
        Operator op = roles.approver(operatorId, "reject");
        String why = PostGuards.note(reason, true, "reject");
        return move(id, expectedVersion, op, PostStatus.REJECTED, why, "REJECT", (h, p) -> roles.notOwn(op, p, "reject"));
    }

    /** Cancels a post that has not been released; its author or a coordinator may. */
    public Post cancel(long id, int expectedVersion, long operatorId, String reason) {
        Operator op = operators.require(operatorId);
        String why = PostGuards.note(reason, false, "cancel");
        return move(id, expectedVersion, op, PostStatus.CANCELLED, why == null ? "cancelled" : why, "CANCEL",
                (h, p) -> roles.mayCancel(op, p));
    }

    /**
     * Puts an approved (or already scheduled) post into a slot. Refused for a slot that is not ahead, or when a
     * target would reach only silent seats then (the refusal names the seats and the window in IST). When a wider
     * target has some silent seats, nothing is scheduled until {@code confirmExclusion} is given; those seats are
     * then recorded as excluded. Other posts in the slot for the same target unit come back as warnings.
     */
    public ScheduleOutcome schedule(long id, int expectedVersion, long operatorId, LocalDate date, int slotNo,
                                    boolean confirmExclusion) {
        Operator op = roles.approver(operatorId, "schedule");
        return new Scheduler(this).schedule(id, expectedVersion, op, date, slotNo, confirmExclusion);
    }

    /**
     * Moves a post to another slot (drag and drop in the day view, or "Move to slot…"): coordinators and admins, within
     * their scope; never into the past, nor into a silence period of a whole target (the refusal names the seats and
     * the window); at the version the person saw. The approval stands, since only the time changes (decision 0015): a
     * scheduled post stays scheduled, and when a wider target has silent seats at the new slot nothing moves until
     * {@code confirmExclusion}; a post still in the workflow only has its planned slot changed.
     */
    public MoveOutcome move(long id, int expectedVersion, long operatorId, LocalDate date, int slotNo, boolean confirmExclusion) {
        return new Mover(this).move(id, expectedVersion, operatorId, date, slotNo, confirmExclusion);
    }

    /**
     * A person releases a scheduled post whose slot has come. Silence is checked again at this moment. A post more
     * than {@link #SLOT_GRACE} late is released only with {@code releaseLate}; seats of a wider target that have
     * fallen silent since scheduling are left out only with {@code confirmExclusion}.
     */
    public ReleaseOutcome release(long id, int expectedVersion, long operatorId, boolean confirmExclusion, boolean releaseLate) {
        Operator op = roles.approver(operatorId, "release");
        return new Releaser(this).release(id, expectedVersion, op, confirmExclusion, releaseLate);
    }

    /** The console releases a post at its slot: only on time, and never deciding on newly silent seats itself. */
    public ReleaseOutcome releaseOnTime(long id, int expectedVersion) {
        return new Releaser(this).release(id, expectedVersion, null, false, false);
    }

    /**
     * The console releases a slot's due posts together, in one transaction: each only on time, at the version read,
     * and only when none of its seats has fallen silent since scheduling (those are held for a person); a post
     * changed meanwhile by another desk is left to that desk.
     */
    Releaser.Batch releaseOnTime(List<Post> due) {
        return new Releaser(this).releaseOnTime(due);
    }

    /** Adds a category of the desk's own; coordinators and admins may. */
    public Category addCategory(long operatorId, String code, String nameEn, String nameHi) {
        return Categories.add(jdbi, audit, actor, roles.approver(operatorId, "add categories to"), code, nameEn, nameHi);
    }

    /**
     * Records what a paid post cost in each assembly seat it reaches (replacing what was recorded before), for the
     * election expenditure account; coordinators and admins may.
     */
    public void recordCosts(long postId, long operatorId, Map<Integer, Long> paiseBySeat) {
        Operator op = roles.approver(operatorId, "record the cost of");
        new PaidCosts(this).record(postId, op, paiseBySeat, seats(postId));
    }

    /** Every paid post's cost per seat, the totals per seat and the grand total. */
    public PaidCostReport costReport() {
        return new PaidCosts(this).report();
    }

    // ---- shared with Releaser, Categories and PaidCosts

    Jdbi jdbi() {
        return jdbi;
    }

    Clock clock() {
        return clock;
    }

    PostRoles roles() {
        return roles;
    }

    ElectionCalendarService calendar() {
        return calendar;
    }

    DraftChecker checker() {
        return checker;
    }

    ReleasePlanner planner() {
        return planner;
    }

    OrgService org() {
        return org;
    }

    MediaStore media() {
        return media;
    }

    OperatorService operators() {
        return operators;
    }

    /** Where a release goes: always the district packs, and the webhook once it is configured. */
    List<String> releaseChannels() {
        return webhook.current().isPresent() ? List.of(PackChannel.NAME, WebhookChannel.NAME) : List.of(PackChannel.NAME);
    }

    /** The webhook's settings (kept in the database's app settings). */
    public WebhookSettings webhook() {
        return webhook;
    }

    /** Writes the history row and the audit row of a change, in the caller's transaction. */
    void record(Handle h, PostDao dao, Post after, Operator op, PostStatus from, PostStatus to, String note,
                String action, String before) {
        dao.insertHistory(after.id(), clock.instant(), op == null ? null : op.id(), from == null ? null : from.name(),
                to.name(), note);
        audit(h, op, action, after.id(), before, PostGuards.describe(after) + (note == null ? "" : "; note=" + note));
    }

    /** Audit rows in the desk's name (the console acting), in one batch in the caller's transaction. */
    void auditAll(Handle h, String action, List<AuditLog.Row> rows) {
        audit.recordAll(h, actor, action, rows);
    }

    /** An audit row for a post, in the name of the operator at the desk (or the desk itself when the console acts). */
    void audit(Handle h, Operator op, String action, long postId, String before, String after) {
        audit.record(h, op == null ? actor : new Actor(op.name(), actor.desk()), action, "post", postId, before, after);
    }

    // ---- private

    private Post move(long id, int expectedVersion, Operator op, PostStatus to, String note, String action,
                      java.util.function.BiConsumer<Handle, Post> rule) {
        return jdbi.inTransaction(h -> {
            PostDao dao = h.attach(PostDao.class);
            Post p = PostGuards.load(dao, id);
            PostGuards.fresh(p, expectedVersion);
            PostGuards.allowed(p, to, to.label());
            rule.accept(h, p);
            return transition(h, p, to, op, note, action);
        });
    }

    private Post transition(Handle h, Post p, PostStatus to, Operator op, String note, String action) {
        PostDao dao = h.attach(PostDao.class);
        if (dao.setStatus(p.id(), p.version(), to.name(), clock.instant()) != 1) {
            throw PostGuards.conflict(dao, p.id());
        }
        Post after = PostGuards.load(dao, p.id());
        record(h, dao, after, op, p.status(), to, note, action, PostGuards.describe(p));
        return after;
    }

    private Post insert(Handle h, Operator op, DraftChecker.Checked c, List<StoredAttachment> stored) {
        PostDao.Text text = c.text().withCategory(Categories.require(h, c.text().category()));
        PostDao dao = h.attach(PostDao.class);
        long id = dao.insert(text, op.id(), PostStatus.DRAFT.name(), clock.instant());
        writeChildren(dao, id, c, stored);
        Post p = PostGuards.load(dao, id);
        record(h, dao, p, op, null, PostStatus.DRAFT, "created", "CREATE", null);
        return p;
    }

    private static void writeChildren(PostDao dao, long id, DraftChecker.Checked c, List<StoredAttachment> stored) {
        dao.deleteTargets(id);
        dao.deleteChannels(id);
        dao.deleteAttachments(id);
        dao.insertTargets(id, c.targets().keySet().stream().map(Unit::id).toList());
        dao.insertChannels(id, c.channels().stream().map(Channel::name).sorted().toList());
        stored.forEach(a -> dao.insertAttachment(id, a));
    }


}

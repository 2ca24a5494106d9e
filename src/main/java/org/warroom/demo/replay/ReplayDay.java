package org.warroom.demo.replay;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.DailySlots;
import org.warroom.reports.ReportDraft;
import org.warroom.reports.importers.IssueTag;
import org.warroom.reports.importers.Mood;

/**
 * What happens on a replayed campaign day: about seven in ten booth volunteers report, mostly in the evening (a bell
 * around 19:30 IST, none before 07:30 or after 23:00), each forwarding most of the slots released before they
 * report. Made up from a seed, the same day every time; synthetic like the demo data it runs on.
 */
public record ReplayDay(LocalDate day, List<Event> events) {
    /** The replay starts its day here. */
    public static final LocalTime MORNING = LocalTime.of(6, 0);
    /** And ends it here. */
    public static final LocalTime NIGHT = LocalTime.of(23, 30);
    /** The share of booth volunteers who report on a replayed day. */
    public static final double REPORTING = 0.72;

    public ReplayDay {
        events = List.copyOf(events);
    }

    /** One report, due at {@code at}. */
    public record Event(Instant at, ReportDraft report) {
    }

    public Instant start() {
        return ZonedDateTime.of(day, MORNING, IndianFormat.IST).toInstant();
    }

    public Instant end() {
        return ZonedDateTime.of(day, NIGHT, IndianFormat.IST).toInstant();
    }

    /** Plans the day for the active booth IT volunteers of the database, with these slot times. */
    public static ReplayDay plan(Jdbi jdbi, LocalDate day, DailySlots slots, long seed) {
        return plan(jdbi, day, slots, seed, REPORTING);
    }

    /** The same with another share of volunteers reporting (tests use a small one). */
    public static ReplayDay plan(Jdbi jdbi, LocalDate day, DailySlots slots, long seed, double reporting) {
        List<long[]> volunteers = jdbi.withHandle(h -> h.createQuery("SELECT v.id, v.unit_id FROM volunteer v "
                        + "JOIN unit b ON b.id = v.unit_id WHERE b.kind = 'BOOTH' AND v.active = TRUE AND v.role = 'BOOTH_IT' "
                        + "AND v.withdrawn_at IS NULL ORDER BY v.id")
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list());
        Random random = new Random(seed ^ day.toEpochDay());
        List<Event> events = new ArrayList<>();
        Mood[] moods = Mood.values();
        for (long[] v : volunteers) {
            if (random.nextDouble() >= reporting) {
                continue;
            }
            double hour = Math.clamp(19.5 + random.nextGaussian() * 2.0, 7.5, 23.0);
            LocalTime time = LocalTime.ofSecondOfDay((long) (hour * 3600));
            Set<Integer> forwarded = new TreeSet<>();
            for (int s = 1; s <= DailySlots.COUNT; s++) {
                if (slots.slot(s).time().isBefore(time) && random.nextDouble() < 0.85) {
                    forwarded.add(s);
                }
            }
            Set<IssueTag> issues = random.nextDouble() < 0.12 ? EnumSet.of(IssueTag.values()[random.nextInt(IssueTag.values().length)])
                    : Set.of();
            Mood mood = random.nextDouble() < 0.6 ? moods[random.nextInt(moods.length)] : null;
            ReportDraft draft = new ReportDraft(v[0], null, day, forwarded, forwarded.size(), random.nextInt(7), null, issues,
                    mood, null);
            events.add(new Event(ZonedDateTime.of(day, time, IndianFormat.IST).toInstant(), draft));
        }
        events.sort(Comparator.comparing(Event::at));
        return new ReplayDay(day, events);
    }
}

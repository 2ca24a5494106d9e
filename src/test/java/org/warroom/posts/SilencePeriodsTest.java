package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warroom.platform.i18n.IndianFormat;

class SilencePeriodsTest {
    // seat 187 polls on 20 Feb 2027, closing 18:00 IST = 12:30 UTC
    private static final PollPhase SEAT_187 = new PollPhase(187, LocalDate.of(2027, 2, 20), LocalTime.of(18, 0));
    private static final PollPhase SEAT_1 = new PollPhase(1, LocalDate.of(2027, 2, 10), LocalTime.of(18, 0));
    private static final PollPhase SEAT_2 = new PollPhase(2, LocalDate.of(2027, 2, 10), LocalTime.of(17, 0));
    private static final SilencePeriods PERIODS = new SilencePeriods(List.of(SEAT_187, SEAT_1, SEAT_2));
    private static final Instant CLOSE_187 = Instant.parse("2027-02-20T12:30:00Z");
    private static final Instant START_187 = Instant.parse("2027-02-18T12:30:00Z");

    @Test
    void closingTimeIsIstConvertedToUtc() {
        assertThat(SEAT_187.close().toInstant()).isEqualTo(CLOSE_187);
        assertThat(SEAT_187.silence()).isEqualTo(new Interval(START_187, CLOSE_187));
        assertThat(START_187.atZone(IndianFormat.IST).toLocalDateTime()).hasToString("2027-02-18T18:00");
    }

    @Test
    void silentFromExactly48HoursBeforeTheCloseUntilJustBeforeIt() {
        assertThat(PERIODS.isSilent(187, START_187)).isTrue();
        assertThat(PERIODS.isSilent(187, START_187.minusNanos(1))).isFalse();
        assertThat(PERIODS.isSilent(187, START_187.minusSeconds(1))).isFalse();
        assertThat(PERIODS.isSilent(187, CLOSE_187.minusNanos(1))).isTrue();
        assertThat(PERIODS.isSilent(187, CLOSE_187)).isFalse();
        assertThat(PERIODS.isSilent(187, CLOSE_187.plusSeconds(1))).isFalse();
    }

    @Test
    void phasesFallSilentAtDifferentTimes() {
        Instant phaseOne = ZonedDateTime.of(2027, 2, 9, 10, 0, 0, 0, IndianFormat.IST).toInstant();
        assertThat(PERIODS.silentSeats(phaseOne)).containsExactly(1, 2);
        assertThat(PERIODS.isSilent(187, phaseOne)).isFalse();
        // seat 2 closes an hour before seat 1: between 17:00 and 18:00 on poll day only seat 1 is silent
        Instant between = ZonedDateTime.of(2027, 2, 10, 17, 30, 0, 0, IndianFormat.IST).toInstant();
        assertThat(PERIODS.silentSeats(between)).containsExactly(1);
        assertThat(PERIODS.silentSeats(CLOSE_187.minusSeconds(60))).containsExactly(187);
        assertThat(PERIODS.silentSeats(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
        assertThat(PERIODS.phases()).hasSize(3);
    }

    @Test
    void aSeatWithoutAPollPhaseIsNeverSilent() {
        assertThat(PERIODS.isSilent(99, START_187)).isFalse();
        assertThat(PERIODS.window(99)).isEmpty();
        assertThat(PERIODS.window(187)).contains(SEAT_187.silence());
    }

    @Test
    void checkNamesEachSilentTargetWithItsWindow() {
        SilenceVerdict v = PERIODS.check(Set.of(187, 1, 99), START_187.plusSeconds(3600));
        assertThat(v.clear()).isFalse();
        assertThat(v.silent()).containsExactly(187);
        assertThat(v.windows()).isEqualTo(Map.of(187, SEAT_187.silence()));
        assertThat(v.message()).isEqualTo("Silence period (RP Act s.126) in seat 187: from 18/02/2027 18:00 until "
                + "20/02/2027 18:00 IST.");
        assertThat(PERIODS.check(Set.of(187), CLOSE_187).clear()).isTrue();
        assertThat(PERIODS.check(Set.of(1, 2), Instant.parse("2027-02-09T00:00:00Z")).message())
                .isEqualTo("Silence period (RP Act s.126) in seat 2: from 08/02/2027 17:00 until 10/02/2027 17:00 IST; "
                        + "seat 1: from 08/02/2027 18:00 until 10/02/2027 18:00 IST.");
    }

    @Test
    void istHasNoDaylightSavingSoEveryWindowIsTwoCalendarDaysOfWallClock() {
        Random random = new Random(126L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5 * 366));
            LocalTime close = LocalTime.of(random.nextInt(24), random.nextInt(60));
            PollPhase p = new PollPhase(1 + random.nextInt(403), day, close);
            assertThat(p.close().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
            assertThat(p.silence().length()).isEqualTo(Duration.ofHours(48));
            assertThat(p.silence().start().atZone(IndianFormat.IST).toLocalDateTime()).isEqualTo(day.minusDays(2).atTime(close));
        }
    }

    @Test
    void duplicateSeatsAreRefused() {
        assertThatThrownBy(() -> new SilencePeriods(List.of(SEAT_187, SEAT_187)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("seat 187 has two poll phases");
    }

    /** A seven-phase state of 403 seats: the sorted-array answers equal a plain scan of every seat's window. */
    @Test
    void agreesWithABruteForceScanAcross403Seats() {
        Random random = new Random(2027L);
        List<PollPhase> phases = new ArrayList<>();
        LocalDate first = LocalDate.of(2027, 2, 10);
        for (int seat = 1; seat <= 403; seat++) {
            LocalDate day = first.plusDays(3L * random.nextInt(7));
            LocalTime close = random.nextInt(10) == 0 ? LocalTime.of(16, 0) : LocalTime.of(18, 0);
            phases.add(new PollPhase(seat, day, close));
        }
        SilencePeriods periods = new SilencePeriods(phases);
        Set<Integer> all = new TreeSet<>(IntStream.rangeClosed(1, 403).boxed().toList());
        Instant from = first.minusDays(4).atStartOfDay(IndianFormat.IST).toInstant();
        for (int i = 0; i < 3_000; i++) {
            Instant at = from.plusSeconds(random.nextInt(26 * 24 * 3600));
            List<Integer> expected = phases.stream().filter(p -> p.silence().contains(at)).map(PollPhase::acNo).toList();
            assertThat(periods.silentSeats(at)).isEqualTo(expected);
            assertThat(periods.check(all, at).silent()).containsExactlyElementsOf(expected);
            Set<Integer> some = new HashSet<>();
            for (int k = 0; k < 20; k++) {
                some.add(1 + random.nextInt(403));
            }
            assertThat(periods.check(some, at).silent()).containsExactlyElementsOf(
                    expected.stream().filter(some::contains).toList());
        }
    }
}

package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warroom.platform.i18n.IndianFormat;

class DailySlotsTest {
    private static final DailySlots SLOTS = DailySlots.defaults();

    private static Instant ist(int day, int hour, int minute, int second) {
        return ZonedDateTime.of(2027, 2, day, hour, minute, second, 0, IndianFormat.IST).toInstant();
    }

    @Test
    void defaultsAreTheWarRoomsSixSlots() {
        assertThat(SLOTS.times()).extracting(LocalTime::toString)
                .containsExactly("07:00", "09:30", "12:30", "15:30", "18:30", "21:00");
    }

    @Test
    void slotAtIsTheLastSlotThatHasStarted() {
        assertThat(SLOTS.slotAt(LocalTime.of(7, 0)).number()).isEqualTo(1);
        assertThat(SLOTS.slotAt(LocalTime.of(9, 29, 59)).number()).isEqualTo(1);
        assertThat(SLOTS.slotAt(LocalTime.of(9, 30))).isEqualTo(new DailySlots.Slot(2, LocalTime.of(9, 30)));
        assertThat(SLOTS.slotAt(LocalTime.of(23, 59)).number()).isEqualTo(6);
        assertThat(SLOTS.slotAt(LocalTime.of(2, 0)).number()).isEqualTo(6);
    }

    @Test
    void nextIsStrictlyLaterAndWrapsToTomorrow() {
        assertThat(SLOTS.next(ist(20, 9, 29, 59))).isEqualTo(ist(20, 9, 30, 0));
        assertThat(SLOTS.next(ist(20, 9, 30, 0))).isEqualTo(ist(20, 12, 30, 0));
        assertThat(SLOTS.next(ist(20, 21, 0, 0))).isEqualTo(ist(21, 7, 0, 0));
        assertThat(SLOTS.next(ist(20, 2, 0, 0))).isEqualTo(ist(20, 7, 0, 0));
        // 23:00 UTC on the 19th is 04:30 IST on the 20th
        assertThat(SLOTS.next(Instant.parse("2027-02-19T23:00:00Z"))).isEqualTo(Instant.parse("2027-02-20T01:30:00Z"));
    }

    @Test
    void editingKeepsSixDistinctTimesInOrder() {
        DailySlots moved = SLOTS.withTime(3, LocalTime.of(13, 0));
        assertThat(moved.slot(3).time()).isEqualTo(LocalTime.of(13, 0));
        assertThat(SLOTS.slot(3).time()).isEqualTo(LocalTime.of(12, 30));
        assertThatThrownBy(() -> SLOTS.withTime(3, LocalTime.of(9, 0)))
                .isInstanceOfSatisfying(PostValidationException.class, e -> assertThat(e.field()).isEqualTo("slots"))
                .hasMessage("Slot 3 (09:00) must be later than slot 2 (09:30).");
        assertThatThrownBy(() -> SLOTS.withTime(2, LocalTime.of(7, 0)))
                .hasMessage("Slot 2 (07:00) must be later than slot 1 (07:00).");
        assertThatThrownBy(() -> SLOTS.withTime(7, LocalTime.NOON)).hasMessage("There is no slot 7; slots are numbered 1 to 6.");
        assertThatThrownBy(() -> new DailySlots(SLOTS.times().subList(0, 5))).hasMessage("There must be 6 daily slots, not 5.");
        List<LocalTime> withNull = new ArrayList<>(Arrays.asList(null, LocalTime.of(8, 0), LocalTime.of(9, 0),
                LocalTime.of(10, 0), LocalTime.of(11, 0), LocalTime.of(12, 0)));
        assertThatThrownBy(() -> new DailySlots(withNull)).hasMessage("Slot 1 has no time.");
    }
}

package org.warroom.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.warroom.org.UnitKind;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.Heatmap;
import org.warroom.reports.UnitRate;

/** The reports screen's logic without a window: the coalescing gate, the rate lines, the form's checks. */
class ReportsUiLogicTest {
    @Test
    void theGateRunsOnceAndKeepsOnePendingRequestHoweverManyArrive() {
        List<Runnable> finish = new ArrayList<>();
        List<Runnable> delayed = new ArrayList<>();
        long[] now = {1_000};
        int[] runs = {0};
        RefreshGate gate = new RefreshGate(333, (ms, r) -> delayed.add(r), () -> now[0], done -> {
            runs[0]++;
            finish.add(done);
        });
        gate.request();
        assertThat(runs[0]).isEqualTo(1);
        for (int i = 0; i < 500; i++) {
            gate.request();
        }
        assertThat(runs[0]).isEqualTo(1);
        now[0] += 50;
        finish.removeFirst().run();
        // the pending request waits for the gap rather than running at once
        assertThat(runs[0]).isEqualTo(1);
        assertThat(delayed).hasSize(1);
        gate.request();
        assertThat(delayed).hasSize(1);
        now[0] += 300;
        delayed.removeFirst().run();
        assertThat(runs[0]).isEqualTo(2);
        finish.removeFirst().run();
        assertThat(gate.busy()).isFalse();
        now[0] += 1_000;
        gate.request();
        assertThat(runs[0]).isEqualTo(3);
    }

    @Test
    void theTenLargestChildrenGetLinesAndTheRestAreSummedIntoOthers() {
        List<UnitRate> kids = new ArrayList<>();
        List<List<Double>> rates = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            // child i expects 10 + i reporters and reports at i/20 on day 0, at 0.5 on day 1
            kids.add(new UnitRate(i + 1, UnitKind.MANDAL, "M" + i, "Mandal " + i, null, 0, 10 + i, 0, 1));
            rates.add(List.of(i / 20.0, 0.5));
        }
        kids.add(new UnitRate(99, UnitKind.MANDAL, "EMPTY", "Nobody", null, 0, 0, 0, 1));
        rates.add(List.of(Double.NaN, Double.NaN));
        Heatmap map = new Heatmap(kids, List.of(LocalDate.of(2024, 5, 24), LocalDate.of(2024, 5, 25)), rates);
        List<RateLine> lines = ChartData.lines(map, 10);
        assertThat(lines).hasSize(11);
        assertThat(lines.subList(0, 10)).allMatch(l -> l.kind() == RateLine.Kind.CHILD);
        assertThat(lines.getFirst().unitId()).isEqualTo(13L);
        RateLine others = lines.getLast();
        assertThat(others.kind()).isEqualTo(RateLine.Kind.OTHERS);
        assertThat(others.units()).isEqualTo(4);
        // the three smallest with people expected: 10, 11, 12 reporters at 0, 0.05, 0.10; the empty one does not count
        double expected = (10 * 0.0 + 11 * 0.05 + 12 * 0.10) / 33;
        assertThat(others.rates().get(0)).isCloseTo(expected, within(1e-9));
        assertThat(others.rates().get(1)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theHeatmapFollowsTheRankingOrder() {
        List<UnitRate> kids = IntStream.range(0, 3)
                .mapToObj(i -> new UnitRate(i + 1, UnitKind.MANDAL, "M" + i, "M" + i, null, 0, 5, 0, 1)).toList();
        Heatmap map = new Heatmap(kids, List.of(LocalDate.of(2024, 5, 25)), List.of(List.of(0.1), List.of(0.2), List.of(0.3)));
        Heatmap ordered = ChartData.inOrder(map, List.of(kids.get(2), kids.get(0), kids.get(1)));
        assertThat(ordered.children().stream().map(UnitRate::unitId)).containsExactly(3L, 1L, 2L);
        assertThat(ordered.rates().stream().map(List::getFirst)).containsExactly(0.3, 0.1, 0.2);
    }

    @Test
    void theFormChecksNumbersAsTheyAreTyped() {
        QuickEntryViewModel vm = new QuickEntryViewModel(null, new FxTasks(Runnable::run, Runnable::run), Messages.of("en"), (s, q) -> { });
        vm.forwardedProperty().set("12a");
        assertThat(vm.forwardedErrorProperty().get()).isEqualTo("Numbers only");
        vm.forwardedProperty().set("51");
        assertThat(vm.forwardedErrorProperty().get()).isEqualTo("From 0 to 50");
        vm.forwardedProperty().set(" ५० ");
        assertThat(vm.forwardedErrorProperty().get()).isEmpty();
        assertThat(QuickEntryViewModel.number(" ५० ")).isEqualTo(50);
        vm.addedProperty().set("501");
        assertThat(vm.addedErrorProperty().get()).isEqualTo("From 0 to 500");
        vm.membersProperty().set("1024");
        assertThat(vm.membersErrorProperty().get()).isEmpty();
        vm.membersProperty().set("-3");
        assertThat(vm.membersErrorProperty().get()).isEqualTo("Numbers only");
        // nothing reaches the service without a volunteer
        assertThat(vm.save()).isFalse();
        assertThat(vm.refusalProperty().get()).contains("Choose the volunteer first");
        vm.setMessages(Messages.of("hi"));
        assertThat(vm.membersErrorProperty().get()).isEqualTo("केवल अंक");
    }
}

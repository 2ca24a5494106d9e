package org.warroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.map.MapGeometry;
import org.warroom.map.MapLayer;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapService;
import org.warroom.map.MapShape;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.testing.SultanpurDb;

/** The map's view model without a window: what it loads, what a change of layer or measure re-reads, what a hover says. */
class MapViewModelTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static final FxTasks SAME_THREAD = new FxTasks(Runnable::run, Runnable::run);

    private static MapShape shape(MapViewModel vm, String code) {
        return vm.geometryProperty().get().shapes().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aChangeOfMeasureReReadsTheValuesOnlyAndALayerBoth() {
        MapViewModel vm = new MapViewModel(DB.ctx().map(), DB.ctx().org(), SAME_THREAD);
        vm.load();
        MapGeometry seats = vm.geometryProperty().get();
        assertThat(seats.layer()).isEqualTo(MapLayer.ASSEMBLY);
        assertThat(vm.valuesProperty().get().measure()).isEqualTo(MapMeasure.COVERAGE);
        vm.measureProperty().set(MapMeasure.REPORTING);
        assertThat(vm.geometryProperty().get()).isSameAs(seats);
        assertThat(vm.valuesProperty().get().measure()).isEqualTo(MapMeasure.REPORTING);
        vm.layerProperty().set(MapLayer.LOK_SABHA);
        assertThat(vm.geometryProperty().get().layer()).isEqualTo(MapLayer.LOK_SABHA);
        assertThat(vm.valuesProperty().get().layer()).isEqualTo(MapLayer.LOK_SABHA);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aHoverNamesTheSeatInTheUiLanguageAndItsValueOrWhyThereIsNone() {
        MapViewModel vm = new MapViewModel(DB.ctx().map(), DB.ctx().org(), SAME_THREAD);
        vm.load();
        UnitRow isauli = DB.ctx().org().byCode("AC-187").orElseThrow();
        Messages hi = Messages.of("hi");
        Messages en = Messages.of("en");
        assertThat(vm.describe(shape(vm, "AC-187"), hi)).startsWith("187 · " + isauli.unit().name(true) + "\n")
                .contains(IndianFormat.percent(isauli.coverage().anyRate()))
                .contains(IndianFormat.number(isauli.coverage().booths()));
        assertThat(vm.describe(shape(vm, "AC-1"), en)).isEqualTo("1 · Behat\n" + en.get("map.notInWarRoom"));
        vm.measureProperty().set(MapMeasure.SILENCE);
        assertThat(vm.describe(shape(vm, "AC-187"), en)).endsWith("\n" + en.get("map.silence.none"));
    }

    @Test
    void aClickOpensTheUnitAndAMissingFileIsAMessage() {
        MapViewModel vm = new MapViewModel(DB.ctx().map(), DB.ctx().org(), SAME_THREAD);
        vm.load();
        List<UnitRow> opened = new ArrayList<>();
        vm.open("AC-188", opened::add);
        vm.open("AC-1", opened::add); // not in this war room: nothing to open
        assertThat(opened).extracting(r -> r.unit().code()).containsExactly("AC-188");

        MapService broken = new MapService(DB.ctx().org(), DB.ctx().reports(), DB.ctx().calendar(), Clock.systemUTC(), f -> null);
        MapViewModel bad = new MapViewModel(broken, DB.ctx().org(), SAME_THREAD);
        bad.load();
        assertThat(bad.geometryProperty().get()).isNull();
        assertThat(bad.errorProperty().get()).contains(MapLayer.ASSEMBLY.file()).contains("missing");
        assertThat(bad.busyProperty().get()).isFalse();
    }
}

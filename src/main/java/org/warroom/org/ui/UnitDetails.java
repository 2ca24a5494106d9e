package org.warroom.org.ui;

import java.util.List;
import java.util.Optional;
import org.warroom.org.BoothDetail;
import org.warroom.org.SeatDetail;
import org.warroom.org.UnitRow;

/** What the details pane shows of one unit's place in the organisation, loaded together off the FX thread. */
public record UnitDetails(UnitRow row, List<UnitRow> ancestry, List<UnitRow> children, Optional<BoothDetail> booth,
                          Optional<SeatDetail> seat) {
}

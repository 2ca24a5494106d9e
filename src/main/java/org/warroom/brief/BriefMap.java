package org.warroom.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.map.MapLayer;
import org.warroom.map.MapMeasure;
import org.warroom.map.MapPicture;
import org.warroom.map.MapService;
import org.warroom.org.OrgService;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;

/**
 * The briefing's map: today's reporting, seat by seat, framed on the unit's seats (the whole state for the state),
 * as a PNG for the PDF. Empty when the boundaries cannot be read: the brief is written without its map.
 */
public final class BriefMap {
    private static final Logger LOG = LoggerFactory.getLogger(BriefMap.class);
    private static final int WIDTH_PX = 1400;

    private BriefMap() {
    }

    public static Optional<byte[]> png(MapService map, OrgService org, UnitRow unit) {
        try {
            Set<String> focus = unit.unit().kind() == UnitKind.STATE ? Set.of()
                    : org.seatNumbersUnder(unit.unit()).stream().map(n -> "AC-" + n).collect(Collectors.toSet());
            var picture = MapPicture.draw(map.geometry(MapLayer.ASSEMBLY), map.values(MapLayer.ASSEMBLY, MapMeasure.REPORTING),
                    focus, WIDTH_PX);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", out);
            return Optional.of(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            LOG.warn("the brief's map could not be drawn: {}", e.getMessage());
            return Optional.empty();
        }
    }
}

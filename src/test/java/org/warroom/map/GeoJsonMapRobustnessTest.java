package org.warroom.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of a real boundary file (bytes deleted, inserted, flipped; the text cut short; keys and values
 * swapped for others): any input gives shapes with finite coordinates inside the layer, or a MapDataException that
 * names the file — never another exception.
 */
class GeoJsonMapRobustnessTest {
    static final String FILE = "test.geojson";
    static final String[] SPICE = {"{", "}", "[", "]", ",", ":", "\"", "null", "-1", "1e999", "\"x\"", "[]", "{}", "0", "NaN"};

    /** The first five Lok Sabha seats of the shipped file, as text. */
    static String sample() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode all = json.readTree(GeoJsonMap.class.getResourceAsStream(MapLayer.LOK_SABHA.file()));
        ObjectNode out = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = out.putArray("features");
        for (int i = 0; i < 5; i++) {
            features.add(all.get("features").get(i));
        }
        return json.writeValueAsString(out);
    }

    static String mutate(Random rnd, String text) {
        StringBuilder b = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(5)) {
                case 0 -> b.delete(at, Math.min(b.length(), at + 1 + rnd.nextInt(40)));
                case 1 -> b.insert(at, SPICE[rnd.nextInt(SPICE.length)]);
                case 2 -> b.setCharAt(at, (char) (32 + rnd.nextInt(95)));
                case 3 -> b.setLength(Math.max(1, at));
                default -> {
                    for (String[] swap : new String[][] {{"\"pc_no\"", "\"pc_nr\""}, {"Polygon", "LineString"}, {"\"coordinates\"", "\"coords\""},
                            {"\"features\"", "\"feature\""}, {"\"properties\"", "\"props\""}, {"[8", "[\"8"}, {"\"pc_name\": \"", "\"pc_name\": 1, \"x\": \""}}) {
                        int i = b.indexOf(swap[0], at);
                        if (i >= 0 && rnd.nextBoolean()) {
                            b.replace(i, i + swap[0].length(), swap[1]);
                            break;
                        }
                    }
                }
            }
            if (b.isEmpty()) {
                b.append('{');
            }
        }
        return b.toString();
    }

    @Test
    void mutatedBoundaryFilesGiveShapesOrAClearMessage() throws Exception {
        String good = sample();
        MapGeometry whole = GeoJsonMap.read(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8)), FILE, MapLayer.LOK_SABHA, Map.of());
        assertThat(whole.shapes()).hasSize(5);
        Random rnd = new Random(20261123);
        int read = 0;
        int refused = 0;
        for (int round = 0; round < 1500; round++) {
            String input = mutate(rnd, good);
            try {
                MapGeometry g = GeoJsonMap.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), FILE, MapLayer.LOK_SABHA, Map.of());
                assertThat(g.shapes()).as("round %d", round).isNotEmpty();
                assertThat(g.height()).as("round %d", round).isFinite().isPositive();
                for (MapShape s : g.shapes()) {
                    for (double[] r : s.rings()) {
                        for (int i = 0; i < r.length; i += 2) {
                            assertThat(r[i]).as("round %d", round).isBetween(-0.001, g.width() + 0.001);
                            assertThat(r[i + 1]).as("round %d", round).isBetween(-0.001, g.height() + 0.001);
                        }
                    }
                }
                read++;
            } catch (MapDataException e) {
                assertThat(e.getMessage()).as("round %d", round).contains(FILE);
                refused++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
        // both outcomes happen: the mutations are neither all harmless nor all fatal
        assertThat(read).isPositive();
        assertThat(refused).isPositive();
    }
}

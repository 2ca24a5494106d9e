package org.warroom.map;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.warroom.org.UnitKind;

/** The three boundary layers shipped with the console, and how a feature of each names its unit's code. */
public enum MapLayer {
    ASSEMBLY("up_assembly_constituencies.geojson", UnitKind.ASSEMBLY),
    LOK_SABHA("up_parliamentary_constituencies.geojson", UnitKind.LOK_SABHA),
    DISTRICT("up_districts.geojson", UnitKind.DISTRICT);

    private final String file;
    private final UnitKind kind;

    MapLayer(String file, UnitKind kind) {
        this.file = file;
        this.kind = kind;
    }

    /** The GeoJSON file's name among the resources of this package. */
    public String file() {
        return file;
    }

    public UnitKind kind() {
        return kind;
    }

    /** The unit code a feature stands for, as the geography import forms it (AC-187, PC-38, D-SULTANPUR). */
    String code(JsonNode props) {
        return switch (this) {
            case ASSEMBLY -> "AC-" + number(props, "ac_no");
            case LOK_SABHA -> "PC-" + number(props, "pc_no");
            case DISTRICT -> "D-" + text(props, "district").toUpperCase(Locale.ROOT).replace(' ', '-');
        };
    }

    /** The seat number, or 0 for a district. */
    int number(JsonNode props) {
        return this == DISTRICT ? 0 : number(props, this == ASSEMBLY ? "ac_no" : "pc_no");
    }

    String name(JsonNode props) {
        return switch (this) {
            case ASSEMBLY -> text(props, "ac_name");
            case LOK_SABHA -> titleCase(text(props, "pc_name"));
            case DISTRICT -> text(props, "district");
        };
    }

    private static int number(JsonNode props, String field) {
        JsonNode n = props.get(field);
        if (n == null || !n.canConvertToInt() || n.asInt() < 1) {
            throw new MapDataException("a feature has no usable \"" + field + "\" property: " + props);
        }
        return n.asInt();
    }

    private static String text(JsonNode props, String field) {
        JsonNode n = props.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new MapDataException("a feature has no \"" + field + "\" property: " + props);
        }
        return n.asText().trim();
    }

    private static String titleCase(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}

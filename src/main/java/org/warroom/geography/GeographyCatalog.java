package org.warroom.geography;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The public geography of Uttar Pradesh shipped with the console (see NOTICE): districts, Lok Sabha and assembly
 * seats with Hindi names, the 2014 polling stations, and the editable division → party region mapping.
 * Reads from the classpath, or from a folder holding files of the same names.
 */
public final class GeographyCatalog {
    public static final String RESOURCE_DIR = "/org/warroom/geography/data/";

    /** A district with its Hindi name. */
    public record District(String name, String division, String nameHi, String confidence) { }

    /** A Lok Sabha seat. */
    public record LokSabha(int no, String name, String type, String nameHi, String altHi, String confidence) { }

    /** An assembly seat; complete is false where the 2014 booth list is truncated. */
    public record Assembly(int no, String name, String type, int pcNo, String district, String division,
                           long electors, int booths2014, boolean complete, String nameHi, String altHi, String confidence) { }

    /** One 2014 polling station. */
    public record Station(int acNo, int partNo, String name, int male, int female, int other, int total) { }

    /** A party region and its Hindi name. */
    public record Region(String name, String nameHi) { }

    private final Path folder;
    private final Map<String, District> districts = new LinkedHashMap<>();
    private final Map<Integer, LokSabha> lokSabha = new LinkedHashMap<>();
    private final Map<Integer, Assembly> assembly = new LinkedHashMap<>();
    private final Map<String, Region> regionOfDivision = new HashMap<>();

    private GeographyCatalog(Path folder) {
        this.folder = folder;
    }

    /** The copy shipped inside the application. */
    public static GeographyCatalog shipped() {
        return load(null);
    }

    /** Files from a folder (same names as the shipped ones); null means the shipped copy. */
    public static GeographyCatalog load(Path folder) {
        GeographyCatalog c = new GeographyCatalog(folder);
        c.read();
        return c;
    }

    private void read() {
        Map<String, String[]> distHi = new HashMap<>();
        each("up_districts_hi.csv", List.of("district", "name_hi", "confidence"),
                r -> distHi.put(r.get("district"), new String[] {r.get("name_hi"), r.get("confidence")}));
        each("up_districts.csv", List.of("district", "division"), r -> {
            String[] hi = distHi.getOrDefault(r.get("district"), new String[] {null, null});
            districts.put(r.get("district"), new District(r.get("district"), r.get("division"), blank(hi[0]), hi[1]));
        });
        Map<Integer, String[]> pcHi = new HashMap<>();
        each("up_parliamentary_constituencies_hi.csv", List.of("pc_no", "name_hi", "alternatives_hi", "confidence"),
                r -> pcHi.put(num(r, "pc_no"), new String[] {r.get("name_hi"), r.get("alternatives_hi"), r.get("confidence")}));
        each("up_parliamentary_constituencies.csv", List.of("pc_no", "pc_name", "pc_type"), r -> {
            int no = num(r, "pc_no");
            String[] hi = pcHi.getOrDefault(no, new String[] {null, null, null});
            lokSabha.put(no, new LokSabha(no, title(r.get("pc_name")), r.get("pc_type"), blank(hi[0]), blank(hi[1]), hi[2]));
        });
        Map<Integer, String[]> acHi = new HashMap<>();
        each("up_assembly_constituencies_hi.csv", List.of("ac_no", "name_hi", "alternatives_hi", "confidence"),
                r -> acHi.put(num(r, "ac_no"), new String[] {r.get("name_hi"), r.get("alternatives_hi"), r.get("confidence")}));
        each("up_assembly_constituencies.csv", List.of("ac_no", "ac_name_title", "ac_type", "pc_no", "district", "division",
                "electors_2014_roll", "polling_stations_ls2014_form20", "form20_complete"), r -> {
            int no = num(r, "ac_no");
            String[] hi = acHi.getOrDefault(no, new String[] {null, null, null});
            assembly.put(no, new Assembly(no, r.get("ac_name_title"), r.get("ac_type"), num(r, "pc_no"), r.get("district"),
                    r.get("division"), Long.parseLong(r.get("electors_2014_roll")), num(r, "polling_stations_ls2014_form20"),
                    "Y".equals(r.get("form20_complete")), blank(hi[0]), blank(hi[1]), hi[2]));
        });
        each("regions.csv", List.of("division", "region", "region_hi"),
                r -> regionOfDivision.put(r.get("division"), new Region(r.get("region"), r.get("region_hi"))));
        for (Assembly a : assembly.values()) {
            if (!regionOfDivision.containsKey(a.division())) {
                throw new GeographyException("regions.csv: division " + a.division() + " (of seat " + a.no()
                        + ") has no region. Add a line for it.");
            }
            if (!lokSabha.containsKey(a.pcNo())) {
                throw new GeographyException("up_assembly_constituencies.csv: seat " + a.no() + " names Lok Sabha seat "
                        + a.pcNo() + ", which is not in up_parliamentary_constituencies.csv.");
            }
        }
    }

    public Map<String, District> districts() {
        return districts;
    }

    public Map<Integer, LokSabha> lokSabha() {
        return lokSabha;
    }

    public Map<Integer, Assembly> assembly() {
        return assembly;
    }

    public Region regionOf(String division) {
        return regionOfDivision.get(division);
    }

    /** Org-district overrides for a preset (assembly seat → party district), e.g. Gorakhpur Mahanagar. */
    public Map<Integer, String[]> orgDistricts(String file) {
        Map<Integer, String[]> out = new HashMap<>();
        each(file, List.of("ac_no", "org_district", "org_district_hi"),
                r -> out.put(num(r, "ac_no"), new String[] {r.get("org_district"), r.get("org_district_hi")}));
        return out;
    }

    /** Streams the 2014 polling stations (138,771 rows) grouped by seat, without holding them all. */
    public void stations(Consumer<Station> sink) {
        each("up_polling_stations_ls2014_form20.csv.gz", List.of("ac_no", "part_no", "part_name", "electors_male",
                "electors_female", "electors_other", "electors_total"), r -> sink.accept(new Station(num(r, "ac_no"),
                num(r, "part_no"), r.get("part_name"), opt(r, "electors_male"), opt(r, "electors_female"),
                opt(r, "electors_other"), opt(r, "electors_total"))));
    }

    /** Stations of the chosen seats, by seat, in part order. */
    public Map<Integer, List<Station>> stationsOf(java.util.Set<Integer> acNos) {
        Map<Integer, List<Station>> out = new HashMap<>();
        stations(s -> {
            if (acNos == null || acNos.contains(s.acNo())) {
                out.computeIfAbsent(s.acNo(), k -> new ArrayList<>()).add(s);
            }
        });
        out.values().forEach(l -> l.sort(java.util.Comparator.comparingInt(Station::partNo)));
        return out;
    }

    private void each(String file, List<String> required, Consumer<CSVRecord> sink) {
        try (InputStream raw = open(file);
             InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                     .get().parse(reader)) {
            List<String> missing = required.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new GeographyException(file + ": missing column" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing) + ". Nothing was imported.");
            }
            for (CSVRecord r : parser) {
                try {
                    sink.accept(r);
                } catch (RuntimeException e) {
                    if (e instanceof GeographyException g) {
                        throw g;
                    }
                    throw new GeographyException(file + ", line " + (r.getRecordNumber() + 1) + ": " + e.getMessage()
                            + ". Nothing was imported.", e);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new GeographyException(file + ": cannot be read (" + e.getMessage() + "). Nothing was imported.", e);
        }
    }

    private InputStream open(String file) throws IOException {
        if (folder != null) {
            Path p = folder.resolve(file);
            if (Files.exists(p)) {
                return Files.newInputStream(p);
            }
        }
        InputStream in = GeographyCatalog.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IOException("file not found");
        }
        return in;
    }

    private static int num(CSVRecord r, String col) {
        String v = r.get(col);
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column " + col + " should be a number, not \"" + v + "\"");
        }
    }

    private static int opt(CSVRecord r, String col) {
        String v = r.get(col);
        return v == null || v.isBlank() ? 0 : num(r, col);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** "GORAKHPUR URBAN" → "Gorakhpur Urban"; "NO." stays readable. */
    public static String title(String upper) {
        StringBuilder b = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return b.toString();
    }
}

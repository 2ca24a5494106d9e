package org.warroom.platform.db;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Small named settings kept in the database (the desk's scope, the demo mark, the webhook). */
public final class Settings {
    private final Jdbi jdbi;

    public Settings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = :n").bind("n", name)
                .mapTo(String.class).findOne());
    }

    /** Every setting whose name starts with {@code prefix} (e.g. "webhook."), in one query. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT name, val FROM app_setting WHERE name LIKE :p")
                .bind("p", prefix.replace("%", "") + "%")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    public void put(String name, String value) {
        jdbi.useTransaction(h -> put(h, name, value));
    }

    /** Sets a value in the caller's transaction (null removes it), so it can commit with its audit row. */
    public static void put(Handle h, String name, String value) {
        h.createUpdate("DELETE FROM app_setting WHERE name = :n").bind("n", name).execute();
        if (value != null) {
            h.createUpdate("INSERT INTO app_setting (name, val) VALUES (:n, :v)").bind("n", name).bind("v", value).execute();
        }
    }
}

package org.warroom.platform.db;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Small named settings kept in the database (the desk's scope, the demo mark). */
public final class Settings {
    private final Jdbi jdbi;

    public Settings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT val FROM app_setting WHERE name = :n").bind("n", name)
                .mapTo(String.class).findOne());
    }

    public void put(String name, String value) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM app_setting WHERE name = :n").bind("n", name).execute();
            h.createUpdate("INSERT INTO app_setting (name, val) VALUES (:n, :v)").bind("n", name).bind("v", value).execute();
        });
    }
}

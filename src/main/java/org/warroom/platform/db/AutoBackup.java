package org.warroom.platform.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the database up every {@code backup.intervalMinutes} (setting; default 60, 0 turns it off), keeping the
 * newest {@code backup.keep} (default 10), on a background thread of the process that owns the data folder (the
 * window on an embedded database, or {@code warroom serve}). A failed backup is logged and tried at the next turn.
 */
public final class AutoBackup implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);
    private final ScheduledExecutorService timer;

    private AutoBackup(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts the schedule from the settings in the database; returns null when backups are turned off. */
    public static AutoBackup start(Database db, Backups backups, Settings settings) {
        int minutes = number(settings, "backup.intervalMinutes", 60);
        int keep = number(settings, "backup.keep", Backups.DEFAULT_KEEP);
        if (minutes <= 0) {
            LOG.info("automatic backups are off (backup.intervalMinutes = {})", minutes);
            return null;
        }
        ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread th = new Thread(r, "auto-backup");
            th.setDaemon(true);
            th.setPriority(Thread.MIN_PRIORITY);
            return th;
        });
        t.scheduleWithFixedDelay(() -> {
            try {
                backups.backup(db, null, keep);
            } catch (RuntimeException e) {
                LOG.warn("automatic backup failed: {}", e.getMessage());
            }
        }, minutes, minutes, TimeUnit.MINUTES);
        LOG.info("automatic backups every {} minutes, keeping {}", minutes, keep);
        return new AutoBackup(t);
    }

    private static int number(Settings s, String name, int fallback) {
        try {
            return s.get(name).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (RuntimeException e) {
            LOG.warn("setting {} is not a number; using {}", name, fallback);
            return fallback;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

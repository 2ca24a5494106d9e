package org.warroom.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.org.ui.OrgViewModel;
import org.warroom.demo.DemoPreset;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.db.DataFolder;
import org.warroom.platform.db.Database;
import org.warroom.platform.db.DbKey;
import org.warroom.platform.db.DbKeyException;
import org.warroom.platform.db.LocalSettings;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.demo.replay.ReplayClock;
import org.warroom.demo.replay.ReplayDay;
import org.warroom.demo.replay.ReplayEngine;
import org.warroom.demo.replay.ui.ReplayBar;
import org.warroom.posts.ReleaseScheduler;
import org.warroom.platform.fx.WrapLabel;

/** The JavaFX application: opens the database off the FX thread, builds a demo on first start, shows the main window. */
public final class WarRoomApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WarRoomApp.class);
    /** The first-start demo: the Gorakhpur region, the shape the articles describe (27,736 booths). */
    static final DemoPreset FIRST_RUN_PRESET = DemoPreset.GORAKHPUR;
    private static LaunchOptions options;

    private AppContext ctx;
    private LocalSettings local;
    private MainWindow window;
    private ReleaseScheduler releaseTimer;
    private ReplayClock replayClock;
    private ReplayEngine replay;

    /** Application.launch needs a class, not an instance: the options travel through this one static field. */
    public static void launchWith(LaunchOptions g) {
        mark("launch");
        options = g;
        // open the database while the JavaFX toolkit starts: the two take about as long as each other
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> open(g));
        Application.launch(WarRoomApp.class);
    }

    private static java.util.concurrent.CompletableFuture<Opened> opening;

    /**
     * Start-up milestones in the log, in ms since {@code main} began (the JVM's own start, ~0.1 s before it, is not
     * counted): where to look when start-up gets slower. Neither the management bean's uptime (setting up the beans
     * sat on the launch path) nor the process's start time from the system (its boot time is kept in whole seconds,
     * so that was up to a second off).
     */
    static void mark(String what) {
        LOG.info("start-up {} ms: {}", (System.nanoTime() - Main.STARTED) / 1_000_000, what);
    }

    /** For tests that start the application through TestFX's FxToolkit rather than {@link #launchWith}. */
    static void useOptions(LaunchOptions g) {
        options = g;
        opening = null;
    }

    private static Opened open(LaunchOptions g) {
        return open(g, g.dbKey());
    }

    /**
     * Opens the database; an encrypted one with {@code key} (typed into the key screen), else with WARROOM_DB_KEY, else
     * {@link KeyAsked} sends the person to the key screen first.
     */
    private static Opened open(LaunchOptions g, DbKey key) {
        if (g.dbUrl() != null) {
            Database shared = Database.open(g.dbUrl(), g.dbUser(), g.dbPassword() == null ? "" : g.dbPassword());
            return new Opened(shared, null, null, g.lang(), g.desk(), null);
        }
        DataFolder folder = DataFolder.open(g.dataDir());
        LocalSettings settings = new LocalSettings(folder.path());
        String lang = g.lang() != null ? g.lang() : savedOr(settings, "lang", "hi");
        String desk = g.desk() != null ? g.desk() : savedOr(settings, "desk", null);
        boolean fresh = !folder.hasDatabase();
        if (folder.encrypted()) {
            String env = key == null ? System.getenv(DbKey.ENV) : null;
            DbKey k = key != null ? key : env != null && !env.isEmpty() ? DbKey.derive(env.toCharArray()) : null;
            if (k == null) {
                throw new KeyAsked(lang, folder, false);
            }
            folder = folder.withKey(k);
        }
        mark("opening the database");
        Database db;
        try {
            db = Database.openEmbedded(folder);
        } catch (DbKeyException e) {
            if (e.reason() == DbKeyException.Reason.WRONG) {
                throw new KeyAsked(lang, folder, true);
            }
            throw e;
        }
        mark("database open");
        // a demo build killed half-way leaves side tables behind: finish or drop them before anything reads
        org.warroom.demo.DemoService.recoverInterrupted(db);
        if (!fresh) {
            warmUp(db);
            mark("warm-up queries done");
        }
        return new Opened(db, fresh ? folder : null, settings, lang, desk, folder);
    }

    /** The database is encrypted and no key (or a wrong one) was given: the key screen comes first. */
    private static final class KeyAsked extends RuntimeException {
        private final String lang;
        private final transient DataFolder folder;
        private final boolean wrong;

        KeyAsked(String lang, DataFolder folder, boolean wrong) {
            super(wrong ? "the database key is wrong" : "the database is encrypted", null, false, false);
            this.lang = lang;
            this.folder = folder;
            this.wrong = wrong;
        }
    }

    /**
     * The first queries through Jdbi cost several hundred milliseconds of class loading and proxy building; doing
     * them here, while the toolkit starts, keeps that off the path to the first tree.
     */
    private static void warmUp(Database db) {
        try {
            org.warroom.org.OrgService units = new org.warroom.org.OrgService(db.jdbi());
            units.roots().stream().findFirst().ifPresent(r -> units.children(r.unit(), org.warroom.org.TreeMode.ORGANISATION));
            units.lastChangeSeq();
        } catch (RuntimeException e) {
            LOG.debug("warm-up query failed: {}", e.toString());
        }
    }

    @Override
    public void start(Stage stage) {
        mark("toolkit started");
        Fonts.load();
        mark("fonts loaded");
        LaunchOptions g = options == null ? new LaunchOptions(DataFolder.defaultPath(), null, null, null) : options;
        FxTasks tasks = FxTasks.standard();
        // the language is not known until the desk's settings are read (off this thread): greet in both
        StackPane holder = new StackPane(new Label("डेटाबेस खुल रहा है… · Opening the database…"));
        holder.setPadding(new Insets(20));
        Scene scene = new Scene(holder, 1360, 860);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setTitle(Messages.of("hi").get("app.window.title"));
        stage.setScene(scene);
        stage.show();
        mark("first stage shown");
        tasks.run(() -> {
            Opened o;
            try {
                o = opening != null ? opening.join() : open(g);
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception x ? x : e;
            }
            return wire(g, o);
        }).onSuccess(opened -> showOpened(holder, tasks, g, opened)).onError(e -> {
            if (e instanceof KeyAsked k) {
                askKey(holder, tasks, g, k);
            } else {
                fail(holder, Messages.of(g.lang() == null ? "hi" : g.lang()), e);
            }
        }).start();
    }

    /** The key screen of an encrypted data folder; each key typed is tried off the FX thread until one opens it. */
    private void askKey(StackPane holder, FxTasks tasks, LaunchOptions g, KeyAsked asked) {
        Messages m = Messages.of(asked.lang);
        KeyView view = new KeyView(m, asked.folder.path().toString(), (typed, done) -> tasks.run(() -> {
                    DbKey key;
                    try {
                        key = DbKey.derive(typed);
                    } finally {
                        java.util.Arrays.fill(typed, '\0');
                    }
                    return wire(g, open(g, key));
                })
                .onSuccess(opened -> showOpened(holder, tasks, g, opened))
                .onError(e -> {
                    if (e instanceof KeyAsked k && k.wrong) {
                        done.accept(m.get("dbkey.wrong"));
                    } else {
                        fail(holder, m, e);
                    }
                }).start());
        holder.setPadding(new Insets(20));
        holder.getChildren().setAll(view.node());
        if (asked.wrong) {
            view.say(m.get("dbkey.wrong")); // the key in WARROOM_DB_KEY did not open it
        }
        view.focus();
    }

    /**
     * Wires the services once the database is open (off the FX thread: it loads a good many classes, while the first
     * stage shows); the time-lapse demo runs every service on the replayed clock, so "today" and the slots follow it.
     */
    private Ready wire(LaunchOptions g, Opened o) {
        Clock clock = Clock.systemDefaultZone();
        if (g.replaySpeed() != null) {
            replayClock = new ReplayClock(java.time.ZonedDateTime.of(java.time.LocalDate.now(IndianFormat.IST),
                    ReplayDay.MORNING, IndianFormat.IST).toInstant(), g.replaySpeed(), IndianFormat.IST);
            clock = replayClock;
        }
        AppContext wired = new AppContext(o.db, clock, Actor.ofSystemUser(o.desk), g.dataDir().resolve("media"));
        mark("services wired");
        // whether anyone logs in here (then the login screen comes first, and the desk follows who logs in)
        boolean accounts = o.freshFolder() == null && wired.operators().hasAccounts();
        // else the first tree is read now, on this thread, so the window shows it in its first frame
        OrgViewModel.FirstTree first = null;
        if (o.freshFolder() == null && !accounts) {
            first = OrgViewModel.readFirstTree(wired.org(), o.desk());
            mark("first tree read");
        }
        return new Ready(o, wired, accounts, first);
    }

    private void showOpened(StackPane holder, FxTasks tasks, LaunchOptions g, Ready opened) {
        Opened o = opened.opened();
        ctx = opened.ctx();
        local = o.settings;
        Messages m = Messages.of(o.lang);
        mark("database and services ready on the FX thread");
        if (g.dbUrl() == null && replayClock == null) {
            // the machine that holds the data folder backs it up (with its key: an encrypted database's backups stay
            // encrypted); desks on a shared server leave that to the server
            tasks.run(() -> org.warroom.platform.db.AutoBackup.start(o.db, new org.warroom.platform.db.Backups(o.folder,
                            Clock.systemDefaultZone()), ctx.settings()))
                    .onSuccess(a -> autoBackup = a)
                    .onError(e -> LOG.warn("automatic backups not started: {}", e.toString())).start();
        }
        if (o.freshFolder != null) {
            firstRun(holder, m, tasks, o.freshFolder, o.desk);
        } else if (opened.accounts()) {
            showLogin(holder, m, tasks, o.desk);
        } else {
            showMain(holder, m, tasks, o.desk, opened.first());
        }
    }

    private void firstRun(StackPane holder, Messages m, FxTasks tasks, DataFolder folder, String desk) {
        FirstRunView view = new FirstRunView(m, folder.path().toString());
        holder.getChildren().setAll(view.node());
        tasks.run(() -> ctx.demo().build(FIRST_RUN_PRESET, 1, false, (done, total) -> Platform.runLater(() ->
                view.progress(total == 0 ? 0 : (double) done / total,
                        m.get("firstRun.progress", IndianFormat.number(done), IndianFormat.number(total))))))
                .onSuccess(r -> {
                    showMain(holder, m, tasks, desk, null);
                    // the first run offers to create the administrator; skipping keeps this computer open (a demo laptop)
                    Platform.runLater(window::offerLoginSetup);
                })
                .onError(e -> fail(holder, m, e)).start();
    }

    /** The login screen; on success the window opens as that person, a desk operator's tree at their unit. */
    private void showLogin(StackPane holder, Messages m, FxTasks tasks, String desk) {
        String last = savedOr(local, "operator", null);
        LoginView login = new LoginView(m, ctx.operators(), tasks, last, null, p -> {
            ctx.access().set(p);
            if (local != null) {
                tasks.run(() -> {
                    local.put("operator", p.name());
                    return true;
                }).start();
            }
            showMain(holder, m, tasks, desk != null ? desk : p.scopeName(), null);
        });
        holder.setPadding(new Insets(20));
        holder.getChildren().setAll(login.node());
    }

    private void showMain(StackPane holder, Messages m, FxTasks tasks, String desk, OrgViewModel.FirstTree first) {
        // the console releases due posts at their slots while it is open; missed ones wait for a person
        // a replay checks twice a second: at 1200× five seconds would be 100 replayed minutes, past a slot's grace
        releaseTimer = new ReleaseScheduler(ctx.releases(), replayClock == null ? java.time.Duration.ofSeconds(5)
                : java.time.Duration.ofMillis(500));
        releaseTimer.start();
        window = new MainWindow(ctx, tasks, m, desk, local, first);
        if (replayClock == null && options != null && options.dbUrl() == null) {
            Path dataDir = options.dataDir();
            window.setOnReplay(() -> {
                try {
                    ReplayLauncher.spawn(dataDir, m.locale().getLanguage(), 60);
                    window.say(m.get("replay.starting"));
                } catch (java.io.IOException e) {
                    window.say(m.get("replay.notStarted", e.getMessage()));
                }
            });
        }
        if (replayClock != null && replay == null) {
            replay = new ReplayEngine(replayClock, ctx.db().jdbi(), ctx.reports(), ctx.posts(), ctx.operators(), ctx.org(), 1);
            window.addBottomBar(new ReplayBar(replay, m).node());
            replay.start();
        }
        window.setOnLogout(() -> {
            window = null;
            showLogin(holder, m, tasks, desk);
        });
        holder.setPadding(Insets.EMPTY);
        holder.getChildren().setAll(window.node());
    }

    private static String savedOr(LocalSettings local, String key, String fallback) {
        try {
            return local == null ? fallback : local.get(key).orElse(fallback);
        } catch (RuntimeException e) {
            LOG.warn("desk settings unreadable: {}", e.getMessage());
            return fallback;
        }
    }

    private static void fail(StackPane holder, Messages m, Throwable e) {
        LOG.warn("could not open the console: {}", e.toString());
        WrapLabel l = new WrapLabel(m.get("app.cannotOpen", e.getMessage()));
        l.getStyleClass().add("form-error");
        holder.getChildren().setAll(l);
    }

    private org.warroom.platform.db.AutoBackup autoBackup;

    @Override
    public void stop() {
        if (replay != null) {
            replay.close();
        }
        if (autoBackup != null) {
            autoBackup.close();
        }
        if (releaseTimer != null) {
            releaseTimer.close();
        }
        if (window != null) {
            window.stop();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    /** {@code folder}: the data folder with its key (null on a shared database). */
    private record Opened(Database db, DataFolder freshFolder, LocalSettings settings, String lang, String desk, DataFolder folder) { }

    /** The database open and the services wired, off the FX thread. */
    private record Ready(Opened opened, AppContext ctx, boolean accounts, OrgViewModel.FirstTree first) { }
}

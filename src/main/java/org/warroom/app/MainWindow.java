package org.warroom.app;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.warroom.audit.AuditService;
import org.warroom.audit.ui.AuditView;
import org.warroom.audit.ui.AuditViewModel;
import org.warroom.org.TreeMode;
import org.warroom.org.UnitRow;
import org.warroom.org.ui.OrgTreeView;
import org.warroom.org.ui.OrgViewModel;
import org.warroom.org.ui.UnitDetailsView;
import org.warroom.people.ui.VolunteersPane;
import org.warroom.people.ui.VolunteersViewModel;
import org.warroom.posts.PostCalendar;
import org.warroom.posts.ui.PostsView;
import org.warroom.posts.ui.PostsViewModel;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.fx.Pulses;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.db.LocalSettings;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.ui.NoReportMarks;
import org.warroom.reports.ui.ReportsView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The console's main window: search and tree on the left, the selected unit on the right, live status below. */
public final class MainWindow {
    private final AppContext ctx;
    private final OrgViewModel vm;
    private final VolunteersViewModel people;
    private final OrgTreeView tree;
    private final UnitDetailsView details;
    private final VolunteersPane volunteers;
    private final BorderPane root = new BorderPane();
    private Timeline postsFollow;
    private final javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox();
    private final TextField search = new TextField();
    private final ListView<UnitRow> results = new ListView<>();
    private final ToggleButton orgMode = new ToggleButton();
    private final ToggleButton lsMode = new ToggleButton();
    private final ToggleButton language = new ToggleButton();
    private final Label demoBadge = new Label();
    private boolean replayable;
    private final Label status = new Label();
    private final Label title = new Label();
    private final Timeline live;
    private final FxTasks tasks;
    private final LocalSettings local;
    private final MenuButton deskMenu = new MenuButton();
    private final MenuButton sessionMenu = new MenuButton();
    /** The window and, when the desk is locked, the lock over it (the work underneath stays as it was). */
    private final javafx.scene.layout.StackPane shell = new javafx.scene.layout.StackPane(root);
    private javafx.scene.Node lockLayer;
    private long lastActivity = System.nanoTime();
    private java.time.Duration idleLock = java.time.Duration.ofMinutes(15);
    private Runnable onLogout = () -> { };
    private final javafx.scene.control.ComboBox<org.warroom.operators.Operator> operatorBox = new javafx.scene.control.ComboBox<>();
    private final javafx.beans.property.ObjectProperty<org.warroom.operators.Operator> operator =
            new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
    private final javafx.scene.control.Tab orgTab = new javafx.scene.control.Tab();
    private final java.util.Map<javafx.scene.control.Tab, String> tabKeys = new java.util.LinkedHashMap<>();
    private final java.util.List<java.util.function.Consumer<Messages>> languageListeners = new java.util.ArrayList<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<UnitRow> selectedUnit = new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final java.util.List<java.util.function.Consumer<Set<Long>>> liveListeners = new java.util.ArrayList<>();
    private final NoReportMarks noReportMarks;
    private ReportsView reports;
    private PostsView postsView;
    private AuditView auditView;
    private org.warroom.map.ui.MapView mapView;
    private Messages m;
    private UnitRow top;

    public MainWindow(AppContext ctx, FxTasks tasks, Messages messages, String desk) {
        this(ctx, tasks, messages, desk, null);
    }

    /** {@code local} keeps this desk's scope and language between starts; null keeps nothing. */
    public MainWindow(AppContext ctx, FxTasks tasks, Messages messages, String desk, LocalSettings local) {
        this(ctx, tasks, messages, desk, local, null);
    }

    /** As above, with the first tree read ahead while the window was wired (null: read it now). */
    public MainWindow(AppContext ctx, FxTasks tasks, Messages messages, String desk, LocalSettings local,
                      OrgViewModel.FirstTree first) {
        this.ctx = ctx;
        this.tasks = tasks;
        this.local = local;
        this.m = messages;
        this.vm = new OrgViewModel(ctx.org(), tasks, desk);
        this.tree = new OrgTreeView(vm, messages);
        WarRoomApp.mark("tree view built");
        this.people = new VolunteersViewModel(ctx.people(),
                new org.warroom.people.importers.VolunteerCsvImporter(ctx.org(), ctx.people()), tasks, this::pollNow);
        this.volunteers = new VolunteersPane(people, messages);
        this.details = new UnitDetailsView(messages, this::open);
        details.setPeopleNode(volunteers.node());
        WarRoomApp.mark("details and volunteers built");
        vm.hindiProperty().set(messages.hindi());
        build();
        WarRoomApp.mark("top bar and layout built");
        // the Posts and Reports tabs are built when first opened: they load chart and composer classes that the
        // first tree does not need, and start-up is measured to the first tree
        javafx.scene.control.Tab postsTab = addTab("tab.posts", new javafx.scene.layout.StackPane(), null);
        postsTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && postsView == null) {
                PostsViewModel postsVm = new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(),
                        new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org()), tasks, ctx.clock());
                postsVm.operatorProperty().bind(operator);
                postsVm.setOnOperatorAdded(this::loadOperators);
                postsVm.week().deskProperty().bind(vm.deskProperty());
                postsVm.week().setSlotTimes(ctx.slotTimes());
                postsView = new PostsView(postsVm, m);
                postsTab.setContent(postsView.node());
                languageListeners.add(postsView::setMessages);
                followPosts(postsVm, postsTab);
            }
        });
        vm.detailsProperty().addListener((o, a, d) -> {
            details.show(d);
            people.setUnit(d == null ? null : d.row());
            selectedUnit.set(d == null ? null : d.row());
        });
        // booths in the tree with no report today get a dot; checked as they load and when they change
        noReportMarks = new NoReportMarks(ctx.reports(), tasks, tree::loadedBoothIds, tree::markNoReport);
        tree.setOnBoothsLoaded(noReportMarks::check);
        addLiveListener(ids -> {
            if (ids == null) {
                noReportMarks.checkAll();
            } else {
                Set<Long> booths = tree.loadedBoothIds();
                booths.retainAll(ids);
                noReportMarks.check(booths);
            }
        });
        javafx.scene.control.Tab reportsTab = addTab("tab.reports", new javafx.scene.layout.StackPane(), null);
        reportsTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && reports == null) {
                reports = new ReportsView(ctx.reports(), ctx.reportImports(), ctx.org(), tasks, m, selectedUnitProperty(),
                        this::open, this::pollNow);
                reportsTab.setContent(reports.node());
                languageListeners.add(reports::setMessages);
            }
            if (reports != null) {
                reports.setShowing(shown);
            }
        });
        addLiveListener(ids -> {
            if (reports != null) {
                reports.liveChange(ids);
            }
        });
        DashboardTab.install(this, ctx, tasks);
        // the map, built when first opened too (it reads its boundary files then, off the FX thread)
        javafx.scene.control.Tab mapTab = addTab("tab.map", new javafx.scene.layout.StackPane(), null);
        mapTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && mapView == null) {
                mapView = new org.warroom.map.ui.MapView(new org.warroom.map.ui.MapViewModel(ctx.map(), ctx.org(), tasks), m, this::open);
                mapTab.setContent(mapView.node());
                languageListeners.add(mapView::setMessages);
            }
            if (mapView != null) {
                mapView.setShowing(shown);
            }
        });
        // while the map is shown it follows the live changes, at most once in five seconds (the state's reporting
        // values take a few hundred milliseconds to read)
        javafx.animation.PauseTransition mapFollow = new javafx.animation.PauseTransition(Duration.seconds(5));
        mapFollow.setOnFinished(e -> {
            if (mapView != null && mapTab.isSelected()) {
                mapView.setShowing(true);
            }
        });
        // the unit selected in the tree is outlined on the map (its seat, district or itself, by the layer)
        Runnable showSelected = () -> {
            UnitRow u = selectedUnit.get();
            if (mapView != null && u != null) {
                tasks.run(() -> ctx.org().ancestry(u.unit())).onSuccess(rows -> {
                    java.util.List<String> codes = new java.util.ArrayList<>(rows.stream().map(r -> r.unit().code()).toList());
                    java.util.Collections.reverse(codes);
                    mapView.showUnit(codes);
                }).start();
            }
        };
        selectedUnit.addListener((o, a, u) -> showSelected.run());
        mapTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown) {
                showSelected.run();
            }
        });
        addLiveListener(ids -> {
            if (mapView != null && mapTab.isSelected() && mapFollow.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                mapFollow.playFromStart();
            }
        });
        // the audit trail, also built when first opened; it shows the newest rows whenever it is shown; only for
        // the roles that may read it (the services refuse the others too)
        if (ctx.access().current().role().readsAudit()) {
            addAuditTab();
        }
        vm.errorProperty().addListener((o, a, e) -> {
            if (e != null) {
                status.setText("⚠ " + e.getMessage());
            }
        });
        vm.connectedProperty().addListener((o, a, ok) -> updateStatus());
        tasks.run(() -> ctx.settings().get("demo.preset")).onSuccess(p -> {
            demoBadge.setVisible(p.isPresent());
            demoBadge.setManaged(p.isPresent());
        }).start();
        if (!vm.useFirstTree(first, r -> showRoot(r, first.children()))) {
            loadRoot();
        }
        WarRoomApp.mark("main window constructed; root requested");
        live = new Timeline(new KeyFrame(Duration.seconds(1), e -> pollNow()));
        live.setCycleCount(Timeline.INDEFINITE);
        live.play();
    }

    /**
     * While the Posts tab is shown, its list, week and day follow what other desks and the release timer do: a cheap
     * stamp of the posts is read every five seconds and the list reloads only when it changed.
     */
    private void followPosts(PostsViewModel postsVm, javafx.scene.control.Tab postsTab) {
        String[] last = {null};
        postsFollow = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            if (postsTab.isSelected()) {
                tasks.run(ctx.posts()::changeStamp).onSuccess(stamp -> {
                    // the first look reloads once too: the list was read when the tab opened, perhaps before a change
                    if (!stamp.equals(last[0])) {
                        postsVm.reload();
                        postsVm.calendars();
                    }
                    last[0] = stamp;
                }).start();
            }
        }));
        postsFollow.setCycleCount(Timeline.INDEFINITE);
        postsFollow.play();
    }

    private void loadRoot() {
        vm.loadRoot(r -> showRoot(r, null));
    }

    /** The desk's top unit in the tree, selected; {@code children} if already read (null: fetched). */
    private void showRoot(UnitRow r, List<UnitRow> children) {
        WarRoomApp.mark("root unit loaded");
        top = r;
        tree.setRoot(r, children, this::treeShown);
        applyTexts();
        if (r != null) {
            tree.node().getSelectionModel().select(0);
        } else {
            status.setText(m.get("status.empty"));
        }
    }

    /**
     * The first tree's children are in place: once the next pulse has laid them out (what a person sees), the log
     * says so, and for the start-up benchmark ({@code -Dwarroom.bench.marker=true}) standard error too, in ms since
     * the JVM started.
     */
    private void treeShown() {
        if (markerPrinted) {
            return;
        }
        markerPrinted = true;
        Pulses.afterNextLayout(tree.node(), () -> {
            WarRoomApp.mark("tree ready");
            if (Boolean.getBoolean("warroom.bench.marker")) {
                long ms = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("TREE_READY " + ms);
                System.err.flush();
            }
        });
    }

    private boolean markerPrinted;

    /** Scopes this desk to a district (null: the whole state); the tree starts there, and the choice is kept. */
    public void setDesk(String district) {
        vm.deskProperty().set(district);
        vm.searchResults().clear();
        loadRoot();
        if (local != null) {
            tasks.run(() -> {
                local.put("desk", district);
                return true;
            }).start();
        }
    }

    private void fillDeskMenu() {
        if (deskMenu.getItems().size() > 2) {
            return;
        }
        vm.loadDistricts(districts -> {
            MenuItem state = new MenuItem(m.get("desk.wholeState"));
            state.setOnAction(e -> setDesk(null));
            deskMenu.getItems().setAll(state, new SeparatorMenuItem());
            for (UnitRow d : districts) {
                MenuItem item = new MenuItem(d.unit().name(m.hindi()) + (m.hindi() ? "  (" + d.unit().nameEn() + ")" : ""));
                item.setOnAction(e -> setDesk(d.unit().nameEn()));
                deskMenu.getItems().add(item);
            }
        });
    }

    public Parent node() {
        return shell;
    }

    public void stop() {
        live.stop();
        if (postsFollow != null) {
            postsFollow.stop();
        }
        if (idleTimer != null) {
            idleTimer.stop();
        }
    }

    /** What "Log out" does: the application shows the login screen again. */
    public void setOnLogout(Runnable r) {
        onLogout = r;
    }

    /** What a click on the demo mark does: start the time-lapse replay (null: the mark is only a mark). */
    public void setOnReplay(Runnable r) {
        replayable = r != null;
        demoBadge.setOnMouseClicked(r == null ? null : e -> r.run());
        demoBadge.setCursor(r == null ? null : javafx.scene.Cursor.HAND);
        demoBadge.setTooltip(new Tooltip(m.get(replayable ? "app.demoBadge.replay" : "app.demoBadge.tooltip")));
    }

    /** A line in the status bar. */
    public void say(String text) {
        status.setText(text);
    }

    private void addAuditTab() {
        javafx.scene.control.Tab auditTab = addTab("tab.audit", new javafx.scene.layout.StackPane(), null);
        auditTab.selectedProperty().addListener((o, a, shown) -> {
            if (shown && auditView == null) {
                AuditViewModel auditVm = new AuditViewModel(ctx.audit(), tasks, javafx.application.Platform::runLater, m,
                        AuditService.PAGE);
                // the unit filter starts at (and follows) the unit selected in the tree
                treeUnitToAudit(auditVm, false);
                selectedUnit.addListener((o2, a2, u) -> treeUnitToAudit(auditVm, auditTab.isSelected()));
                auditView = new AuditView(auditVm, m);
                auditTab.setContent(auditView.node());
                languageListeners.add(auditView::setMessages);
            } else if (shown) {
                auditView.refresh();
            }
        });
        addLiveListener(ids -> {
            if (auditView != null && auditTab.isSelected()) {
                auditView.refresh();
            }
        });
    }

    private void treeUnitToAudit(AuditViewModel auditVm, boolean showing) {
        UnitRow u = selectedUnit.get();
        if (u != null) {
            auditVm.treeUnit(u.unit().code(), u.unit().parentId() == null, showing);
        }
    }

    private void fillSessionMenu() {
        var me = ctx.access().current();
        sessionMenu.getItems().clear();
        if (me.loggedIn()) {
            MenuItem lock = new MenuItem(m.get("session.lock"));
            lock.setId("sessionLock");
            lock.setOnAction(e -> lock());
            MenuItem pw = new MenuItem(m.get("session.changePassword"));
            pw.setId("sessionPassword");
            pw.setOnAction(e -> SessionDialogs.changePassword(m, ctx.operators(), tasks, me, status::setText));
            MenuItem out = new MenuItem(m.get("session.logout"));
            out.setId("sessionLogout");
            out.setOnAction(e -> logout());
            sessionMenu.getItems().setAll(lock, pw, new SeparatorMenuItem(), out);
            if (me.role().administers()) {
                MenuItem people = new MenuItem(m.get("operators.menu"));
                people.setId("sessionOperators");
                people.setOnAction(e -> SessionDialogs.operators(m, ctx.operators(), tasks));
                sessionMenu.getItems().add(2, people);
            }
        } else {
            MenuItem setup = new MenuItem(m.get("session.setup"));
            setup.setId("sessionSetup");
            setup.setOnAction(e -> SessionDialogs.createAdministrator(m, ctx.operators(), tasks, p -> {
                ctx.access().set(p);
                status.setText(m.get("session.setupDone", p.name()));
                loadOperators(p.name());
                applySessionText();
            }, false));
            sessionMenu.getItems().setAll(setup);
        }
    }

    /** At the first run: the administrator's form, which can be skipped (it stays in the session menu). */
    public void offerLoginSetup() {
        if (ctx.access().current().loggedIn()) {
            return;
        }
        SessionDialogs.createAdministrator(m, ctx.operators(), tasks, p -> {
            ctx.access().set(p);
            status.setText(m.get("session.setupDone", p.name()));
            loadOperators(p.name());
            applySessionText();
        }, true);
    }

    private void applySessionText() {
        var me = ctx.access().current();
        sessionMenu.setText(me.loggedIn() ? m.get("session.loggedIn", me.name()) : m.get("session.open"));
    }

    /** Covers the window until the person who is logged in types their password again; nothing underneath changes. */
    public void lock() {
        var me = ctx.access().current();
        if (!me.loggedIn() || lockLayer != null) {
            return;
        }
        LoginView unlock = new LoginView(m, ctx.operators(), tasks, null, me.name(), p -> unlock());
        javafx.scene.layout.StackPane layer = new javafx.scene.layout.StackPane(unlock.node());
        layer.getStyleClass().add("lock-layer");
        layer.setId("lockLayer");
        lockLayer = layer;
        root.setDisable(true);
        root.setVisible(false);
        shell.getChildren().add(layer);
    }

    private void unlock() {
        shell.getChildren().remove(lockLayer);
        lockLayer = null;
        root.setVisible(true);
        root.setDisable(false);
        lastActivity = System.nanoTime();
    }

    public boolean locked() {
        return lockLayer != null;
    }

    private void logout() {
        ctx.access().set(org.warroom.operators.Principal.notLoggedIn());
        stop();
        onLogout.run();
    }

    /** After this long without a key or mouse movement, a logged-in desk locks itself (setting idle.lockMinutes). */
    private void startIdleLock() {
        tasks.run(() -> ctx.settings().get("idle.lockMinutes").map(Integer::parseInt).orElse(15))
                .onSuccess(min -> idleLock = java.time.Duration.ofMinutes(Math.max(1, min)))
                .onError(e -> org.slf4j.LoggerFactory.getLogger(MainWindow.class)
                        .warn("idle.lockMinutes setting unreadable: {}", e.toString())).start();
        javafx.animation.Timeline idle = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(15), e -> {
                    if (System.nanoTime() - lastActivity > idleLock.toNanos()) {
                        lock();
                    }
                }));
        idle.setCycleCount(javafx.animation.Animation.INDEFINITE);
        idle.play();
        idleTimer = idle;
    }

    private javafx.animation.Timeline idleTimer;

    /** Who is at this desk (chosen in the top bar); posts are written and approved in their name. */
    public javafx.beans.property.ReadOnlyObjectProperty<org.warroom.operators.Operator> operatorProperty() {
        return operator;
    }

    /** Reloads the operators (e.g. after one was added) and selects {@code select}, or the one this desk used last. */
    public void loadOperators(String select) {
        tasks.run(() -> {
            var me = ctx.access().current();
            var list = me.loggedIn() ? ctx.operators().byId(me.operatorId()).stream().toList() : ctx.operators().list();
            String last = select != null ? select : local == null ? null : local.get("operator").orElse(null);
            return java.util.Map.entry(list, java.util.Optional.ofNullable(last));
        }).onSuccess(e -> {
            operatorBox.getItems().setAll(e.getKey());
            applyOperatorPrompt();
            boolean loggedIn = ctx.access().current().loggedIn();
            if (loggedIn) {
                operatorBox.setValue(e.getKey().isEmpty() ? null : e.getKey().getFirst());
            } else {
                e.getValue().flatMap(n -> e.getKey().stream().filter(o -> o.name().equals(n)).findFirst())
                        .ifPresent(operatorBox::setValue);
            }
            // once people log in, who is at the desk is who logged in: no choosing someone else
            operatorBox.setDisable(loggedIn);
        }).start();
    }

    /** The unit selected in the organisation tree (its fresh row after live changes), or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<UnitRow> selectedUnitProperty() {
        return selectedUnit.getReadOnlyProperty();
    }

    /**
     * Called after each live poll that found changes, on the FX thread, with the ids of loaded units (tree rows, the
     * selected unit and its children) that changed or lie above a change; with null when the whole tree was reloaded.
     */
    public void addLiveListener(java.util.function.Consumer<Set<Long>> listener) {
        liveListeners.add(listener);
    }

    /** The current UI language's messages. */
    public Messages messages() {
        return m;
    }

    private void pollNow() {
        Set<Long> loaded = new HashSet<>(tree.loadedIds());
        var d = vm.detailsProperty().get();
        if (d != null) {
            loaded.add(d.row().unit().id());
            d.children().forEach(c -> loaded.add(c.unit().id()));
        }
        vm.poll(loaded, fresh -> {
            tree.apply(fresh);
            updateStatus();
            Set<Long> changed = java.util.Collections.unmodifiableSet(fresh.keySet());
            liveListeners.forEach(l -> l.accept(changed));
        }, () -> vm.loadRoot(r -> {
            top = r;
            tree.setRoot(r);
            liveListeners.forEach(l -> l.accept(null));
        }));
        if (d != null && d.row().unit().kind() == org.warroom.org.UnitKind.BOOTH) {
            people.reload();
        }
    }

    private void build() {
        search.setId("searchField");
        search.setPrefWidth(280);
        search.setMinWidth(160);
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> vm.search(search.getText(), top == null ? null : top.unit()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && !results.getItems().isEmpty()) {
                open(results.getItems().getFirst());
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        results.setId("searchResults");
        results.setItems(vm.searchResults());
        results.setFixedCellSize(40);
        // as tall as its results, up to six
        vm.searchResults().addListener((javafx.collections.ListChangeListener<UnitRow>) c ->
                results.setPrefHeight(6 + 40 * Math.min(6, Math.max(1, vm.searchResults().size()))));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(UnitRow r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    return;
                }
                boolean hi = m.hindi();
                var u = r.unit();
                setText((u.number() != null && u.kind() != org.warroom.org.UnitKind.MANDAL && u.kind() != org.warroom.org.UnitKind.SECTOR
                        ? u.number() + " · " : "") + u.name(hi) + "\n" + u.kind().label(hi) + " · " + u.code()
                        + " · " + m.get("org.tree.column.booths") + " " + IndianFormat.number(r.coverage().booths()));
            }
        });
        results.setOnMouseClicked(e -> {
            if (results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && results.getSelectionModel().getSelectedItem() != null) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.searchResults()));
        results.managedProperty().bind(results.visibleProperty());

        ToggleGroup modes = new ToggleGroup();
        orgMode.setToggleGroup(modes);
        lsMode.setToggleGroup(modes);
        orgMode.setSelected(true);
        orgMode.setId("modeOrganisation");
        lsMode.setId("modeLokSabha");
        modes.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
                return;
            }
            vm.modeProperty().set(b == lsMode ? TreeMode.LOK_SABHA : TreeMode.ORGANISATION);
            tree.setRoot(top);
        });
        language.setId("languageToggle");
        language.setSelected(m.hindi());
        language.setOnAction(e -> {
            String lang = language.isSelected() ? "hi" : "en";
            setLanguage(lang);
            if (local != null) {
                tasks.run(() -> {
                    local.put("lang", lang);
                    return true;
                }).start();
            }
        });

        demoBadge.getStyleClass().add("demo-badge");
        demoBadge.setVisible(false);
        demoBadge.setManaged(false);
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        deskMenu.setId("deskMenu");
        deskMenu.getItems().add(new MenuItem("…"));
        deskMenu.setOnShowing(e -> fillDeskMenu());
        operatorBox.setId("operatorBox");
        operatorBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(org.warroom.operators.Operator o) {
                return o == null ? "" : o.name() + " · " + m.get("operator.role." + o.role().name());
            }

            @Override
            public org.warroom.operators.Operator fromString(String s) {
                return null;
            }
        });
        operatorBox.valueProperty().addListener((o, a, op) -> {
            operator.set(op);
            if (op != null && local != null) {
                tasks.run(() -> {
                    local.put("operator", op.name());
                    return true;
                }).start();
            }
        });
        loadOperators(null);
        startIdleLock();
        // the title, the language switch and the modes keep their words; the search box and the menus give way
        for (Region keep : new Region[] {title, language, orgMode, lsMode, demoBadge}) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        // giving way stops where a menu would show nothing but "…" (English at 1400 px did): the search box goes first
        for (Region menu : new Region[] {deskMenu, operatorBox, sessionMenu}) {
            menu.setMinWidth(120);
        }
        search.setMinWidth(140);
        // ... and a menu cut short says in full what it holds when the pointer rests on it
        for (MenuButton menu : new MenuButton[] {deskMenu, sessionMenu}) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(menu.textProperty());
            menu.setTooltip(tip);
        }
        Tooltip operatorTip = new Tooltip();
        operatorTip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> operatorBox.getValue() == null
                ? operatorBox.getPromptText() : operatorBox.getConverter().toString(operatorBox.getValue()),
                operatorBox.valueProperty(), operatorBox.promptTextProperty()));
        operatorBox.setTooltip(operatorTip);
        sessionMenu.setId("sessionMenu");
        sessionMenu.getItems().add(new MenuItem("…"));
        sessionMenu.setOnShowing(e -> fillSessionMenu());
        HBox bar = new HBox(10, title, search, orgMode, lsMode, spacer, demoBadge, deskMenu, operatorBox, sessionMenu, language);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("top-bar");

        VBox left = new VBox(6, results, tree.node());
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        left.setPadding(new Insets(6));
        SplitPane split = new SplitPane(left, details.node());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.5);
        orgTab.setContent(split);
        orgTab.setClosable(false);
        orgTab.setId("tabOrganisation");
        tabs.getTabs().add(orgTab);
        tabs.setId("mainTabs");
        status.setId("statusLabel");
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        statusBar.getStyleClass().add("status-bar");
        root.setTop(bar);
        root.setCenter(tabs);
        bottom.getChildren().setAll(statusBar);
        root.setBottom(bottom);
        root.getStyleClass().add("main-window");
        // a volunteers CSV dropped anywhere on the window opens the import preview
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var files = e.getDragboard().getFiles();
            if (!files.isEmpty()) {
                volunteers.importFile(files.getFirst().toPath());
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });

        tree.node().getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                vm.select(item.getValue());
            }
        });
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), language::fire);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::pollNow);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), volunteers::addVolunteer);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::lock);
                scene.addEventFilter(javafx.scene.input.InputEvent.ANY, ev -> {
                    if (ev.getEventType() != javafx.scene.input.MouseEvent.MOUSE_EXITED_TARGET) {
                        lastActivity = System.nanoTime();
                    }
                });
            }
        });
        applyTexts();
    }

    /** Adds a screen as a tab (posts, reports…); its title is the message {@code titleKey} in the UI language. */
    /** Puts a bar (the replay's controls) above the status line, for as long as the window lives. */
    public void addBottomBar(javafx.scene.Node bar) {
        bottom.getChildren().addFirst(bar);
    }

    public javafx.scene.control.Tab addTab(String titleKey, javafx.scene.Node content, java.util.function.Consumer<Messages> onLanguage) {
        javafx.scene.control.Tab tab = new javafx.scene.control.Tab(m.get(titleKey), content);
        tab.setClosable(false);
        tab.setId("tab-" + titleKey.replace('.', '-'));
        tabKeys.put(tab, titleKey);
        tabs.getTabs().add(tab);
        if (onLanguage != null) {
            languageListeners.add(onLanguage);
        }
        return tab;
    }

    /** Shows a tab by its title key ("tab.organisation", "tab.reports", …). */
    public void showTab(String titleKey) {
        if ("tab.organisation".equals(titleKey)) {
            tabs.getSelectionModel().select(orgTab);
        }
        tabKeys.forEach((tab, key) -> {
            if (key.equals(titleKey)) {
                tabs.getSelectionModel().select(tab);
            }
        });
    }

    /** Opens the import preview for a volunteers CSV (what dropping the file on the window does). */
    public void importVolunteers(java.nio.file.Path file) {
        volunteers.importFile(file);
    }

    /** Opens a unit chosen in search, a breadcrumb or a table: the tree opens the way to it and selects it. */
    public void open(UnitRow row) {
        if (vm.modeProperty().get() != TreeMode.ORGANISATION) {
            orgMode.setSelected(true);
        }
        vm.reveal(row.unit(), levels -> tree.reveal(levels, row.unit(), vm::select));
    }

    private void setLanguage(String lang) {
        m = Messages.of(lang);
        vm.hindiProperty().set(m.hindi());
        tree.setMessages(m);
        details.setMessages(m);
        volunteers.setMessages(m);
        languageListeners.forEach(l -> l.accept(m));
        results.refresh();
        applyTexts();
    }

    private void applyTexts() {
        title.setText(m.get("app.title"));
        applySessionText();
        orgTab.setText(m.get("tab.organisation"));
        tabKeys.forEach((tab, key) -> tab.setText(m.get(key)));
        search.setPromptText(m.get("org.tree.search.prompt"));
        search.setTooltip(new Tooltip(m.get("org.tree.search.tooltip")));
        orgMode.setText(m.get("org.mode.organisation"));
        lsMode.setText(m.get("org.mode.lokSabha"));
        language.setText(m.hindi() ? "English" : "हिंदी");
        demoBadge.setText(m.get("app.demoBadge"));
        applyOperatorPrompt();
        String desk = vm.deskProperty().get();
        deskMenu.setText(m.get("desk.label", desk == null || desk.isBlank() ? m.get("desk.wholeState")
                : top != null ? top.unit().name(m.hindi()) : desk));
        deskMenu.getItems().setAll(new MenuItem("…"));
        demoBadge.setTooltip(new Tooltip(m.get(replayable ? "app.demoBadge.replay" : "app.demoBadge.tooltip")));
        updateStatus();
    }

    /** The operator box's prompt, in the window's language (it had stayed in the language the window opened in). */
    private void applyOperatorPrompt() {
        operatorBox.setPromptText(m.get(operatorBox.getItems().isEmpty() ? "operator.none" : "operator.choose"));
    }

    private void updateStatus() {
        String where = ctx.db().url().startsWith("jdbc:h2:file:") ? ctx.db().url().replaceAll("^jdbc:h2:file:", "").replaceAll(";.*", "")
                : ctx.db().url().replaceAll("^jdbc:", "").replaceAll("[;?].*", "");
        status.setText((vm.connectedProperty().get() ? m.get("status.live") : m.get("status.disconnected")) + " · " + where);
    }
}

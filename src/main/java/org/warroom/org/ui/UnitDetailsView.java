package org.warroom.org.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.warroom.org.Coverage;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.platform.fx.WrapLabel;

/** The right-hand pane: breadcrumb, coverage tiles, the unit's children, and its people and channels. */
public final class UnitDetailsView {
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);
    private final HBox breadcrumb = new HBox(4);
    private final Label title = new Label();
    private final WrapLabel subtitle = new WrapLabel();
    private final FlowPane tiles = new FlowPane(10, 10);
    private final TableView<UnitRow> children = new TableView<>();
    private final Label childrenTitle = new Label();
    private final VBox peopleBox = new VBox(8);
    private final Consumer<UnitRow> onOpen;
    private Messages m;
    private UnitDetails shown;
    private Node peopleNode;

    public UnitDetailsView(Messages messages, Consumer<UnitRow> onOpen) {
        this.m = messages;
        this.onOpen = onOpen;
        box.setPadding(new Insets(14));
        breadcrumb.getStyleClass().add("breadcrumb");
        box.getStyleClass().add("details");
        scroll.setFitToWidth(true);
        title.getStyleClass().add("details-title");
        title.setId("detailsTitle");
        subtitle.getStyleClass().add("details-subtitle");
        childrenTitle.getStyleClass().add("section-title");
        childrenTitle.setId("detailsChildrenTitle");
        children.setId("childrenTable");
        children.setFixedCellSize(26);
        children.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        children.setRowFactory(t -> {
            TableRow<UnitRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        children.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && children.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(children.getSelectionModel().getSelectedItem());
            }
        });
        box.getChildren().setAll(new Label(m.get("details.empty")));
    }

    public Node node() {
        return scroll;
    }

    /** The people pane (volunteers, group, lists) is drawn by the people feature and placed here. */
    public void setPeopleNode(Node n) {
        this.peopleNode = n;
    }

    public void setMessages(Messages messages) {
        this.m = messages;
        if (shown != null) {
            show(shown);
        }
    }

    public void show(UnitDetails d) {
        shown = d;
        if (d == null) {
            box.getChildren().setAll(new Label(m.get("details.empty")));
            return;
        }
        boolean hi = m.hindi();
        var u = d.row().unit();
        breadcrumb.getChildren().clear();
        for (UnitRow a : d.ancestry()) {
            if (a.unit().id() == u.id()) {
                continue;
            }
            Hyperlink link = new Hyperlink(a.unit().name(hi));
            link.setOnAction(e -> onOpen.accept(a));
            breadcrumb.getChildren().addAll(link, new Label("›"));
        }
        title.setText((u.number() != null && (u.kind() == UnitKind.BOOTH || u.kind() == UnitKind.ASSEMBLY) ? u.number() + " · " : "")
                + u.name(hi));
        subtitle.setText(subtitle(d));
        tiles.getChildren().setAll(tiles(d.row().coverage()));
        box.getChildren().setAll(breadcrumb, title, subtitle, tiles);
        if (u.kind() != UnitKind.BOOTH && !d.children().isEmpty()) {
            childrenTitle.setText(m.get("details.children", d.children().size()));
            buildChildrenTable(d.children());
            VBox.setVgrow(children, Priority.ALWAYS);
            box.getChildren().addAll(childrenTitle, children);
        }
        if (peopleNode != null) {
            box.getChildren().add(peopleNode);
        }
    }

    private String subtitle(UnitDetails d) {
        var u = d.row().unit();
        boolean hi = m.hindi();
        StringBuilder b = new StringBuilder(u.kind().label(hi)).append(" · ").append(u.code());
        if (hi && u.nameHi() == null) {
            b.append(" · ").append(m.get("details.noHindiName"));
        } else if (hi && u.nameHiSource() != null) {
            switch (u.nameHiSource()) {
                case TRANSLITERATED -> b.append(" · ").append(m.get("details.transliterated"));
                case GENERATED -> b.append(" · ").append(m.get("details.generatedName"));
                default -> { }
            }
            if ("disputed".equals(u.nameHiConfidence()) || "unverified".equals(u.nameHiConfidence())) {
                b.append(" · ").append(m.get("details.nameConfidence", u.nameHiConfidence()));
            }
        }
        if (!hi && u.nameHi() != null) {
            b.append(" · ").append(u.nameHi());
        }
        d.booth().ifPresent(bd -> {
            b.append("\n").append(m.get("details.booth.part", bd.partNo()));
            if (bd.electorsTotal() != null) {
                b.append(" · ").append(m.get("details.booth.electors", IndianFormat.number(bd.electorsTotal())));
            } else {
                b.append(" · ").append(m.get("details.booth.newPart"));
            }
            if (bd.psName() != null) {
                b.append("\n").append(bd.psName());
            }
        });
        d.seat().ifPresent(sd -> {
            b.append("\n").append(sd.acType()).append(" · ")
                    .append(m.get("details.seat.electors", IndianFormat.number(sd.electors2014() == null ? 0 : sd.electors2014())));
            if (!sd.boothListComplete()) {
                b.append("\n⚠ ").append(m.get("details.seat.incomplete", sd.booths2014()));
            }
        });
        return b.toString();
    }

    private List<Node> tiles(Coverage c) {
        return List.of(
                tile("tile.booths", IndianFormat.number(c.booths()), null, Double.NaN),
                tile("tile.covered", IndianFormat.number(c.boothsAny()), IndianFormat.percent(c.anyRate()), c.anyRate()),
                tile("tile.full", IndianFormat.number(c.boothsFull()), IndianFormat.percent(c.fullRate()), c.fullRate()),
                tile("tile.groups", IndianFormat.number(c.boothsGroup()), IndianFormat.percent(c.groupRate()), c.groupRate()),
                tile("tile.members", IndianFormat.number(c.groupMembers()),
                        m.get("tile.ofTarget", IndianFormat.number(c.groupTarget())), c.memberRate()),
                tile("tile.vacant", IndianFormat.number(c.vacantSeats()),
                        m.get("tile.ofSeats", IndianFormat.number(c.teamSeats())),
                        c.teamSeats() == 0 ? Double.NaN : (double) c.teamFilled() / c.teamSeats()),
                tile("tile.volunteers", IndianFormat.number(c.volunteers()), null, Double.NaN));
    }

    private Node tile(String key, String value, String note, double rate) {
        Label caption = new Label(m.get(key));
        caption.getStyleClass().add("tile-caption");
        Label big = new Label(value);
        big.getStyleClass().add("tile-value");
        big.setId(key.replace('.', '-'));
        VBox t = new VBox(4, caption, big);
        if (note != null) {
            Label n = new Label(note);
            n.getStyleClass().add("tile-note");
            t.getChildren().add(n);
        }
        if (!Double.isNaN(rate)) {
            ProgressBar bar = new ProgressBar(Math.min(1, rate));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add(CoverageCell.level(rate));
            t.getChildren().add(bar);
        }
        t.getStyleClass().add("tile");
        t.setPrefWidth(150);
        return t;
    }

    private void buildChildrenTable(List<UnitRow> rows) {
        boolean hi = m.hindi();
        TableColumn<UnitRow, String> name = new TableColumn<>(m.get("org.tree.column.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                (c.getValue().unit().number() != null && c.getValue().unit().kind() != UnitKind.MANDAL
                        && c.getValue().unit().kind() != UnitKind.SECTOR ? c.getValue().unit().number() + " · " : "")
                        + c.getValue().unit().name(hi)));
        name.setPrefWidth(240);
        children.getColumns().setAll(List.of(name,
                numberCol(m.get("org.tree.column.booths"), c -> (double) c.booths(), false),
                numberCol(m.get("org.tree.column.covered"), Coverage::anyRate, true),
                numberCol(m.get("org.tree.column.full"), Coverage::fullRate, true),
                numberCol(m.get("org.tree.column.groups"), Coverage::groupRate, true),
                numberCol(m.get("tile.members"), c -> (double) c.groupMembers(), false),
                numberCol(m.get("tile.vacant"), c -> (double) c.vacantSeats(), false)));
        children.getItems().setAll(rows);
        // as tall as its rows (up to twelve), so a unit with two children does not show a wall of empty lines
        children.setPrefHeight(32 + 26 * Math.min(12, Math.max(2, rows.size())));
    }

    private TableColumn<UnitRow, Double> numberCol(String title, java.util.function.ToDoubleFunction<Coverage> f, boolean percent) {
        TableColumn<UnitRow, Double> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.applyAsDouble(c.getValue().coverage())));
        col.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : percent ? IndianFormat.percent(v) : IndianFormat.number(Math.round(v)));
            }
        });
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        col.setComparator((a, b) -> Double.compare(Double.isNaN(a) ? -1 : a, Double.isNaN(b) ? -1 : b));
        return col;
    }
}

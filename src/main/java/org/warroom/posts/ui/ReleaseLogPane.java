package org.warroom.posts.ui;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.ReleaseLogEntry;
import org.warroom.posts.ReleaseLogLine;

/** The selected post's release log under its history: district, channel, status, attempts, acknowledgements, note. */
final class ReleaseLogPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss").withZone(IndianFormat.IST);

    private final ReleaseLogViewModel vm;
    private Messages m;
    private final VBox root = new VBox(4);
    private final Label title = new Label();
    private final Label acks = new Label();
    private final Button refresh = new Button();
    private final TableView<ReleaseLogLine> table = new TableView<>();
    private final TableColumn<ReleaseLogLine, String> district = new TableColumn<>();
    private final TableColumn<ReleaseLogLine, String> channel = new TableColumn<>();
    private final TableColumn<ReleaseLogLine, String> status = new TableColumn<>();
    private final TableColumn<ReleaseLogLine, Integer> attempts = new TableColumn<>();
    private final TableColumn<ReleaseLogLine, Integer> acked = new TableColumn<>();
    private final TableColumn<ReleaseLogLine, String> note = new TableColumn<>();

    ReleaseLogPane(ReleaseLogViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        build();
        setMessages(messages);
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        title.setText(m.get("posts.log.title"));
        refresh.setText(m.get("posts.log.refresh"));
        district.setText(m.get("posts.log.column.district"));
        channel.setText(m.get("posts.log.column.channel"));
        status.setText(m.get("posts.log.column.status"));
        attempts.setText(m.get("posts.log.column.attempts"));
        acked.setText(m.get("posts.log.column.acks"));
        note.setText(m.get("posts.log.column.note"));
        table.setPlaceholder(new Label(m.get("posts.log.empty")));
        renderAcks();
        table.refresh();
    }

    private void build() {
        title.getStyleClass().add("field-caption");
        refresh.setId("postLogRefresh");
        refresh.setOnAction(e -> vm.refresh());
        refresh.disableProperty().bind(vm.postIdProperty().isNull());
        acks.setId("postLogAcks");
        acks.getStyleClass().add("caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, refresh);
        head.setAlignment(Pos.CENTER_LEFT);

        table.setId("postReleaseLog");
        table.setItems(vm.rows());
        table.setFixedCellSize(26);
        table.setPrefHeight(26 * 5 + 30);
        district.setCellValueFactory(c -> text(c.getValue().entry().unitCode()));
        channel.setCellValueFactory(c -> text(c.getValue().entry().channel()));
        status.setCellValueFactory(c -> text(m.get("posts.log.status." + c.getValue().entry().status().name())));
        attempts.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().entry().attempts()));
        acked.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().acknowledgements()));
        note.setCellValueFactory(c -> text(noteOf(c.getValue().entry())));
        note.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        district.setPrefWidth(100);
        channel.setPrefWidth(70);
        status.setPrefWidth(80);
        attempts.setPrefWidth(50);
        acked.setPrefWidth(45);
        note.setPrefWidth(200);
        table.getColumns().setAll(java.util.List.of(district, channel, status, attempts, acked, note));
        vm.acknowledgementsProperty().addListener((o, a, b) -> renderAcks());
        vm.postIdProperty().addListener((o, a, b) -> renderAcks());
        vm.rows().addListener((javafx.collections.ListChangeListener<ReleaseLogLine>) c -> renderAcks());
        root.getChildren().setAll(head, table, acks);
    }

    private void renderAcks() {
        acks.setText(vm.postIdProperty().get() == null || vm.rows().isEmpty() ? ""
                : m.get("posts.log.acks", IndianFormat.number(vm.acknowledgementsProperty().get())));
    }

    /** The reason when there is one, else where the pack is, and when it ended. */
    private static String noteOf(ReleaseLogEntry e) {
        String what = e.reason() != null ? e.reason() : e.packPath() != null ? e.packPath() : "";
        return e.doneAt() == null ? what : WHEN.format(e.doneAt()) + " · " + what;
    }

    private static ReadOnlyStringWrapper text(String s) {
        return new ReadOnlyStringWrapper(s);
    }
}

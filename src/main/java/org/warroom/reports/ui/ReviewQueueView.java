package org.warroom.reports.ui;

import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.warroom.platform.i18n.Messages;
import org.warroom.reports.QueuedMessage;
import org.warroom.platform.fx.WrapLabel;

/**
 * Chat messages that were not reports, kept for an operator: who sent them, when, the text and why they are here.
 * Each can be turned into a report (the quick-entry form fills in), attached to a volunteer, or dismissed.
 */
final class ReviewQueueView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final ReportsViewModel vm;
    private final Runnable toForm;
    private final VBox box = new VBox(6);
    private final Label title = new Label();
    private final ListView<QueuedMessage> list = new ListView<>();
    private final Button report = new Button();
    private final Button attach = new Button();
    private final Button dismiss = new Button();
    private Messages m;

    /** {@code toForm} moves the keyboard to the quick-entry form after "make a report". */
    ReviewQueueView(ReportsViewModel vm, Messages messages, Runnable toForm) {
        this.vm = vm;
        this.m = messages;
        this.toForm = toForm;
        title.setId("queueTitle");
        title.getStyleClass().add("section-title");
        list.setId("reviewQueue");
        list.setItems(vm.queue());
        list.setCellFactory(l -> new ListCell<>() {
            private final Label head = new Label();
            private final WrapLabel text = new WrapLabel();
            private final WrapLabel reason = new WrapLabel();
            private final VBox cell = new VBox(2, head, text, reason);

            {
                head.getStyleClass().add("queue-head");
                reason.getStyleClass().add("queue-reason");
                text.maxWidthProperty().bind(l.widthProperty().subtract(30));
                reason.maxWidthProperty().bind(l.widthProperty().subtract(30));
            }

            @Override
            protected void updateItem(QueuedMessage q, boolean empty) {
                super.updateItem(q, empty);
                if (empty || q == null) {
                    setGraphic(null);
                    return;
                }
                head.setText((q.author() == null ? "—" : q.author()) + " · " + (q.sentAt() == null ? "—" : WHEN.format(q.sentAt()))
                        + (q.line() == null ? "" : " · " + m.get("reports.queue.line", q.line())));
                text.setText(q.text());
                reason.setText(q.reason() == null ? "" : q.reason());
                setGraphic(cell);
            }
        });
        report.setId("queueMakeReport");
        attach.setId("queueAttach");
        dismiss.setId("queueDismiss");
        for (Button b : new Button[] {report, attach, dismiss}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        report.setOnAction(e -> selected().ifPresent(q -> {
            vm.makeReport(q);
            toForm.run();
        }));
        attach.setOnAction(e -> selected().ifPresent(this::attachDialog));
        dismiss.setOnAction(e -> selected().ifPresent(vm::dismiss));
        HBox actions = new HBox(8, report, attach, dismiss);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren().setAll(title, actions, list);
        box.setPadding(new Insets(8));
        vm.queue().addListener((javafx.collections.ListChangeListener<QueuedMessage>) c -> updateTitle());
        setMessages(messages);
    }

    Node node() {
        return box;
    }

    ListView<QueuedMessage> list() {
        return list;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        report.setText(m.get("reports.queue.makeReport"));
        attach.setText(m.get("reports.queue.attach"));
        dismiss.setText(m.get("reports.queue.dismiss"));
        list.setPlaceholder(new Label(m.get("reports.queue.empty")));
        updateTitle();
        list.refresh();
    }

    private void updateTitle() {
        int n = vm.queue().size();
        title.setText(n >= ReportsViewModel.QUEUE_LIMIT ? m.get("reports.queue.titleMany", n) : m.get("reports.queue.title", n));
    }

    private Optional<QueuedMessage> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void attachDialog(QueuedMessage q) {
        AttachDialog d = new AttachDialog(m, vm, q);
        d.initOwner(box.getScene() == null ? null : box.getScene().getWindow());
        d.showAndWait().ifPresent(volunteerId -> vm.attach(q, volunteerId));
    }
}

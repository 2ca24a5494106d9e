package org.warroom.posts.ui;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.warroom.operators.Operator;
import org.warroom.org.UnitRow;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.Category;
import org.warroom.posts.Interval;
import org.warroom.posts.Post;
import org.warroom.posts.SilenceVerdict;
import org.warroom.posts.SlotClash;
import org.warroom.posts.text.Segment;
import org.warroom.platform.fx.WrapLabel;

/** The composer: the form on the left, the per-channel previews, warnings and the post's history on the right. */
final class ComposerView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);

    private final PostsViewModel vm;
    private final ComposerViewModel c;
    private Messages m;
    private final ScrollPane root = new ScrollPane();
    private final Label header = new Label();
    private final List<Runnable> texts = new ArrayList<>();
    private final TextField title = new TextField();
    private final CheckBox roman = new CheckBox();
    private final TextArea hindi = new TextArea();
    private final TextFlow hindiPreview = new TextFlow();
    private final Label hindiPreviewCaption = new Label();
    private final TextArea english = new TextArea();
    private final ComboBox<Category> category = new ComboBox<>();
    private final TextField targetSearch = new TextField();
    private final ListView<UnitRow> targetResults = new ListView<>();
    private final FlowPane targets = new FlowPane(6, 6);
    private final CheckBox whatsApp = new CheckBox("WhatsApp");
    private final CheckBox x = new CheckBox("X");
    private final CheckBox facebook = new CheckBox("Facebook");
    private final Button attach = new Button();
    private final VBox attachments = new VBox(4);
    private final DatePicker slotDate = new DatePicker();
    private final ComboBox<Integer> slotNo = new ComboBox<>();
    private final WrapLabel silence = new WrapLabel();
    private final WrapLabel clashes = new WrapLabel();
    private final PreviewPane previews;

    ComposerView(PostsViewModel vm, Messages messages) {
        this.vm = vm;
        this.c = vm.composer();
        this.m = messages;
        this.previews = new PreviewPane(vm, messages);
        build();
        applyTexts();
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        previews.setMessages(messages);
        applyTexts();
    }

    private void build() {
        header.setId("postHeader");
        header.getStyleClass().add("composer-header");
        title.setId("postTitle");
        title.textProperty().bindBidirectional(c.titleProperty());
        roman.setId("postRoman");
        roman.selectedProperty().bindBidirectional(c.romanProperty());
        hindi.setId("postBodyHiInput");
        hindi.setWrapText(true);
        hindi.setPrefRowCount(4);
        hindi.textProperty().bindBidirectional(c.hindiInputProperty());
        hindiPreview.setId("postBodyHiPreview");
        hindiPreview.getStyleClass().add("translit-preview");
        // a small preferred width lets the column decide, so long words and links wrap
        hindiPreview.setPrefWidth(120);
        hindiPreview.setMinWidth(0);
        hindiPreview.setMaxWidth(Double.MAX_VALUE);
        c.hindiSegments().addListener((ListChangeListener<Segment>) ch -> renderHindi());
        VBox hindiPreviewBox = new VBox(2, hindiPreviewCaption, hindiPreview);
        hindiPreviewBox.visibleProperty().bind(c.romanProperty());
        hindiPreviewBox.managedProperty().bind(hindiPreviewBox.visibleProperty());
        hindiPreviewCaption.getStyleClass().add("caption");
        english.setId("postBodyEn");
        english.setWrapText(true);
        english.setPrefRowCount(3);
        english.textProperty().bindBidirectional(c.bodyEnProperty());
        category.setId("postCategory");
        category.setItems(vm.categories());
        category.valueProperty().bindBidirectional(c.categoryProperty());
        category.setConverter(converter(cat -> cat.name(m.hindi())));
        category.setMaxWidth(Double.MAX_VALUE);

        targetSearch.setId("postTargetSearch");
        PauseTransition debounce = new PauseTransition(Duration.millis(150));
        debounce.setOnFinished(e -> c.searchTargets(targetSearch.getText()));
        targetSearch.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        targetSearch.setOnAction(e -> {
            if (!c.targetResults().isEmpty()) {
                pickTarget(c.targetResults().getFirst());
            }
        });
        targetResults.setId("postTargetResults");
        targetResults.setItems(c.targetResults());
        targetResults.setFixedCellSize(26);
        targetResults.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(UnitRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : unitText(r) + " · " + r.unit().kind().label(m.hindi()));
            }
        });
        targetResults.setOnMouseClicked(e -> pickTarget(targetResults.getSelectionModel().getSelectedItem()));
        targetResults.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                pickTarget(targetResults.getSelectionModel().getSelectedItem());
            }
        });
        c.targetResults().addListener((ListChangeListener<UnitRow>) ch ->
                targetResults.setPrefHeight(4 + 26 * Math.min(6, Math.max(1, c.targetResults().size()))));
        targetResults.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(c.targetResults()));
        targetResults.managedProperty().bind(targetResults.visibleProperty());
        targets.setId("postTargets");
        c.targets().addListener((ListChangeListener<UnitRow>) ch -> renderTargets());

        whatsApp.setId("postChannelWhatsApp");
        whatsApp.selectedProperty().bindBidirectional(c.whatsAppProperty());
        x.setId("postChannelX");
        x.selectedProperty().bindBidirectional(c.xProperty());
        facebook.setId("postChannelFacebook");
        facebook.selectedProperty().bindBidirectional(c.facebookProperty());

        attach.setId("postAttach");
        attach.setOnAction(e -> chooseFile());
        attachments.setId("postAttachments");
        c.attachments().addListener((ListChangeListener<AttachmentItem>) ch -> renderAttachments());

        slotDate.setId("postSlotDate");
        slotDate.valueProperty().bindBidirectional(c.slotDateProperty());
        slotDate.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : IndianFormat.date(d);
            }

            @Override
            public LocalDate fromString(String s) {
                try {
                    return s == null || s.isBlank() ? null : IndianFormat.parseDate(s);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        });
        slotDate.setPrefWidth(140);
        slotNo.setId("postSlotNo");
        slotNo.getItems().setAll(1, 2, 3, 4, 5, 6);
        slotNo.valueProperty().bindBidirectional(c.slotNoProperty());
        slotNo.setConverter(converter(n -> n + " · " + c.slotsProperty().get().slot(n).time()));
        silence.setId("postSilence");
        silence.getStyleClass().add("silence-warning");
        c.silenceProperty().addListener((o, a, v) -> renderSilence());
        clashes.setId("postClashes");
        clashes.getStyleClass().add("clash-warning");
        c.clashes().addListener((ListChangeListener<SlotClash>) ch -> renderSilence());

        vm.selectedProperty().addListener((o, a, p) -> renderHeader());
        vm.operatorsById().addListener((javafx.collections.MapChangeListener<Long, Operator>) ch -> renderHeader());

        VBox form = new VBox(4,
                header,
                caption("posts.field.title"), title,
                row(caption("posts.field.bodyHi"), roman), hindi, hindiPreviewBox,
                caption("posts.field.bodyEn"), english,
                caption("posts.field.category"), category,
                caption("posts.field.targets"), targetSearch, targetResults, targets,
                caption("posts.field.channels"), new HBox(14, whatsApp, x, facebook),
                row(caption("posts.field.attachments"), attach), attachments,
                caption("posts.field.slot"), new HBox(8, slotDate, slotNo),
                silence, clashes);
        GridPane grid = new GridPane(18, 0);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(55);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(45);
        grid.getColumnConstraints().setAll(left, right);
        grid.add(form, 0, 0);
        grid.add(previews.node(), 1, 0);
        grid.setPadding(new Insets(10));
        root.setContent(grid);
        root.setFitToWidth(true);
        root.getStyleClass().add("composer");
        renderSilence();
    }

    private void applyTexts() {
        texts.forEach(Runnable::run);
        roman.setText(m.get("posts.field.roman"));
        hindi.setPromptText(m.get("posts.field.bodyHi.prompt"));
        hindiPreviewCaption.setText(m.get("posts.field.bodyHi.preview"));
        english.setPromptText(m.get("posts.field.bodyEn.prompt"));
        title.setPromptText(m.get("posts.field.title.prompt"));
        targetSearch.setPromptText(m.get("posts.field.targets.prompt"));
        attach.setText(m.get("posts.field.attach"));
        slotDate.setPromptText(m.get("posts.field.slotDate"));
        slotNo.setPromptText(m.get("posts.field.slotNo"));
        category.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Category cat, boolean empty) {
                super.updateItem(cat, empty);
                setText(empty || cat == null ? null : cat.name(m.hindi()));
            }
        });
        renderHeader();
        renderTargets();
        renderAttachments();
        renderSilence();
    }

    // ---- rendering

    private void renderHeader() {
        Post p = vm.selectedProperty().get();
        header.setText(p == null ? m.get("posts.header.new") : m.get("posts.header.post", "#" + p.id(),
                m.get("posts.status." + p.status().name()), who(p.authorId())));
    }

    private void renderHindi() {
        List<Node> nodes = new ArrayList<>();
        for (Segment s : c.hindiSegments()) {
            Text t = new Text(s.text());
            t.getStyleClass().add(s.latin() ? "translit-latin" : "translit-text");
            nodes.add(t);
        }
        hindiPreview.getChildren().setAll(nodes);
    }

    private void renderSilence() {
        SilenceVerdict v = c.silenceProperty().get();
        silence.setText(v == null || v.clear() ? "" : m.get("posts.silence.warning", windows(v)));
        silence.setVisible(!silence.getText().isEmpty());
        silence.setManaged(silence.isVisible());
        List<String> lines = new ArrayList<>();
        for (SlotClash k : c.clashes()) {
            lines.add(m.get("posts.clash", "#" + k.otherPostId(), k.otherTitle(), k.unitCode()));
        }
        clashes.setText(String.join("\n", lines));
        clashes.setVisible(!lines.isEmpty());
        clashes.setManaged(clashes.isVisible());
    }

    /** "seats 187, 188: 18/02/2027 18:00 – 20/02/2027 18:00 IST; seat 189: …", seats sharing a window together. */
    private String windows(SilenceVerdict v) {
        Map<Interval, TreeSet<Integer>> byWindow = new TreeMap<>((a, b) -> a.start().compareTo(b.start()));
        v.windows().forEach((seat, w) -> byWindow.computeIfAbsent(w, k -> new TreeSet<>()).add(seat));
        List<String> parts = new ArrayList<>();
        byWindow.forEach((w, seats) -> parts.add(m.get(seats.size() == 1 ? "posts.silence.seat" : "posts.silence.seats",
                String.join(", ", seats.stream().map(String::valueOf).toList()), WHEN.format(w.start()), WHEN.format(w.end()))));
        return String.join("; ", parts);
    }

    private void renderTargets() {
        List<Node> chips = new ArrayList<>();
        for (UnitRow r : c.targets()) {
            Label name = new Label(unitText(r));
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setId("removeTarget-" + r.unit().code());
            remove.setOnAction(e -> c.removeTarget(r));
            HBox chip = new HBox(4, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            chip.setId("target-" + r.unit().code());
            chips.add(chip);
        }
        if (chips.isEmpty()) {
            Label none = new Label(m.get("posts.field.targets.none"));
            none.getStyleClass().add("caption");
            chips.add(none);
        }
        targets.getChildren().setAll(chips);
    }

    private void renderAttachments() {
        List<Node> rows = new ArrayList<>();
        for (AttachmentItem a : c.attachments()) {
            Label l = new Label(m.get("posts.attachment", a.name(), a.mime(), a.sizeText(), a.shortSha()));
            Button remove = new Button("✕");
            remove.getStyleClass().add("chip-remove");
            remove.setOnAction(e -> c.removeAttachment(a));
            HBox row = new HBox(6, l, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("attachment-row");
            rows.add(row);
        }
        attachments.getChildren().setAll(rows);
    }

    // ---- helpers

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("posts.field.attach"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("posts.field.attach.media"), "*.jpg", "*.jpeg", "*.png", "*.gif",
                        "*.webp", "*.mp4", "*.mov", "*.pdf"),
                new FileChooser.ExtensionFilter(m.get("posts.field.attach.all"), "*.*"));
        File f = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            c.attach(f.toPath(), reason -> vm.noticeProperty().set(Notice.refused("posts.refused", reason)));
        }
    }

    private void pickTarget(UnitRow r) {
        if (r != null) {
            c.addTarget(r);
            targetSearch.clear();
        }
    }

    private String unitText(UnitRow r) {
        var u = r.unit();
        return u.code() + " " + u.name(m.hindi());
    }

    private String who(Long id) {
        if (id == null) {
            return m.get("posts.history.console");
        }
        Operator o = vm.operatorsById().get(id);
        return o == null ? "#" + id : o.name();
    }

    private Label caption(String key) {
        Label l = new Label();
        l.getStyleClass().add("field-caption");
        texts.add(() -> l.setText(m.get(key)));
        return l;
    }

    private static HBox row(Node left, Node right) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox h = new HBox(8, left, spacer, right);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}

package org.warroom.posts.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.warroom.operators.Operator;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.PostHistoryEntry;
import org.warroom.posts.TextMeasure;
import org.warroom.posts.text.Span;
import org.warroom.posts.text.Style;
import org.warroom.platform.fx.WrapLabel;

/** The composer's right column: the post as WhatsApp shows it, each channel's count and limits, and its history. */
final class PreviewPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(IndianFormat.IST);

    private final PostsViewModel vm;
    private final PreviewsViewModel p;
    private Messages m;
    private final VBox root = new VBox(6);
    private final Label title = new Label();
    private final ToggleButton hindi = new ToggleButton("हिंदी");
    private final ToggleButton english = new ToggleButton("English");
    private final TextFlow whatsApp = new TextFlow();
    private final Label whatsAppCount = new Label();
    private final Label xCount = new Label();
    private final Label facebookCount = new Label();
    private final WrapLabel limits = new WrapLabel();
    private final Label historyTitle = new Label();
    private final ListView<PostHistoryEntry> history = new ListView<>();
    private final ReleaseLogPane releaseLog;

    PreviewPane(PostsViewModel vm, Messages messages) {
        this.vm = vm;
        this.p = vm.composer().previews();
        this.m = messages;
        this.releaseLog = new ReleaseLogPane(vm.releaseLog(), messages);
        build();
        setMessages(messages);
    }

    Node node() {
        return root;
    }

    void setMessages(Messages messages) {
        this.m = messages;
        title.setText(m.get("posts.preview.title"));
        historyTitle.setText(m.get("posts.history.title"));
        history.setPlaceholder(new Label(m.get("posts.history.empty")));
        releaseLog.setMessages(messages);
        renderCounts();
        history.refresh();
    }

    private void build() {
        ToggleGroup lang = new ToggleGroup();
        hindi.setToggleGroup(lang);
        english.setToggleGroup(lang);
        hindi.setId("postPreviewHindi");
        english.setId("postPreviewEnglish");
        (p.hindiProperty().get() ? hindi : english).setSelected(true);
        lang.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                p.hindiProperty().set(b == hindi);
            }
        });
        p.hindiProperty().addListener((o, a, hi) -> (hi ? hindi : english).setSelected(true));
        whatsApp.setId("postPreviewWhatsApp");
        whatsApp.getStyleClass().add("whatsapp-bubble");
        // a small preferred width lets the column decide, so long words and links wrap inside the bubble
        whatsApp.setPrefWidth(120);
        whatsApp.setMinWidth(0);
        whatsApp.setMaxWidth(Double.MAX_VALUE);
        p.whatsAppSpans().addListener((ListChangeListener<Span>) ch -> renderWhatsApp());
        whatsAppCount.setId("postCountWhatsApp");
        xCount.setId("postCountX");
        facebookCount.setId("postCountFacebook");
        for (var count : List.of(p.whatsAppCountProperty(), p.xCountProperty(), p.facebookCountProperty())) {
            count.addListener((o, a, b) -> renderCounts());
        }
        limits.setId("postLimits");
        limits.getStyleClass().add("form-error");
        p.limitProblems().addListener((ListChangeListener<String>) ch -> renderCounts());
        buildHistory();
        vm.operatorsById().addListener((MapChangeListener<Long, Operator>) ch -> history.refresh());

        title.getStyleClass().add("field-caption");
        historyTitle.getStyleClass().add("field-caption");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, new HBox(0, hindi, english));
        head.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(head,
                channelTitle("WhatsApp"), whatsApp, whatsAppCount,
                channelTitle("X"), xCount,
                channelTitle("Facebook"), facebookCount,
                limits, historyTitle, history, releaseLog.node());
        renderWhatsApp();
        renderCounts();
    }

    /** Two lines a step: when, who and the move, then the note (a reason, the slot, the seats left out) in full. */
    private void buildHistory() {
        history.setId("postHistory");
        history.setItems(vm.history());
        history.setPrefHeight(220);
        history.setCellFactory(l -> new ListCell<>() {
            private final WrapLabel head = new WrapLabel();
            private final WrapLabel note = new WrapLabel();
            private final VBox box = new VBox(1, head, note);

            {
                head.getStyleClass().add("history-head");
                note.getStyleClass().add("history-note");
                // as wide as the list, never wider: long lines wrap instead of scrolling sideways
                box.setMinWidth(0);
                box.prefWidthProperty().bind(l.widthProperty().subtract(30));
                box.maxWidthProperty().bind(box.prefWidthProperty());
            }

            @Override
            protected void updateItem(PostHistoryEntry h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setGraphic(null);
                    return;
                }
                head.setText(WHEN.format(h.at()) + " · " + who(h.operatorId()) + " · "
                        + (h.fromStatus() == null ? "" : m.get("posts.status." + h.fromStatus().name()) + " → ")
                        + m.get("posts.status." + h.toStatus().name()));
                note.setText(h.note() == null ? "" : h.note());
                note.setManaged(h.note() != null);
                setGraphic(box);
            }
        });
    }

    private void renderWhatsApp() {
        List<Node> nodes = new ArrayList<>();
        for (Span s : p.whatsAppSpans()) {
            for (String run : scriptRuns(s.text())) {
                Text t = new Text(run);
                t.getStyleClass().add("wa-text");
                for (Style st : s.styles()) {
                    t.getStyleClass().add("wa-" + st.name().toLowerCase(java.util.Locale.ROOT));
                }
                t.setStrikethrough(s.styles().contains(Style.STRIKE));
                nodes.add(t);
            }
        }
        whatsApp.getChildren().setAll(nodes);
    }

    private void renderCounts() {
        count(whatsAppCount, "WhatsApp", p.whatsAppCountProperty().get());
        count(xCount, "X", p.xCountProperty().get());
        count(facebookCount, "Facebook", p.facebookCountProperty().get());
        limits.setText(String.join("\n", p.limitProblems()));
        limits.setVisible(!p.limitProblems().isEmpty());
        limits.setManaged(limits.isVisible());
    }

    /** "X: 231 / 280", red with how far over when over the limit. */
    private void count(Label l, String channel, TextMeasure t) {
        if (t == null) {
            l.setText("");
            return;
        }
        String text = m.get("posts.count", channel, IndianFormat.number(t.used()), IndianFormat.number(t.max()));
        l.setText(t.over() > 0 ? text + " — " + m.get("posts.count.over", IndianFormat.number(t.over())) : text);
        l.getStyleClass().removeAll("count-over", "count-ok");
        l.getStyleClass().add(t.over() > 0 ? "count-over" : "count-ok");
    }

    /**
     * The text cut where it changes between Devanagari and Latin letters (spaces and punctuation stay with what comes
     * before). Measured here: a TextFlow that wraps inside one Text node mixing the two scripts drew the Latin part
     * twice, once past the edge; one node per script run wraps cleanly, and a post has few such runs.
     */
    static List<String> scriptRuns(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int current = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int kind = Character.UnicodeScript.of(cp) == Character.UnicodeScript.DEVANAGARI ? 1
                    : Character.isLetterOrDigit(cp) ? 2 : 0;
            if (kind != 0 && current != 0 && kind != current) {
                out.add(text.substring(start, i));
                start = i;
            }
            if (kind != 0) {
                current = kind;
            }
            i += Character.charCount(cp);
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    private String who(Long id) {
        if (id == null) {
            return m.get("posts.history.console");
        }
        Operator o = vm.operatorsById().get(id);
        return o == null ? "#" + id : o.name();
    }

    private static Label channelTitle(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("channel-title");
        return l;
    }
}

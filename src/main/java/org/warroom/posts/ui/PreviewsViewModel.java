package org.warroom.posts.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.posts.Attachment;
import org.warroom.posts.Channel;
import org.warroom.posts.ChannelLimits;
import org.warroom.posts.ChannelText;
import org.warroom.posts.LimitProblem;
import org.warroom.posts.TextMeasure;
import org.warroom.posts.text.Span;

/**
 * How the post will look and count on each channel: WhatsApp's styling, X's weighted count (twitter-text, as X
 * counts), Facebook's length, and every limit a chosen channel would refuse, with the numbers. Pure computation
 * on each change; the Hindi or the English body is previewed, as the writer chooses.
 */
public final class PreviewsViewModel {
    private final ChannelLimits limits = ChannelLimits.published();
    private final BooleanProperty hindi = new SimpleBooleanProperty(true);
    private final ObservableList<Span> whatsAppSpans = FXCollections.observableArrayList();
    private final ObjectProperty<TextMeasure> whatsAppCount = new SimpleObjectProperty<>();
    private final ObjectProperty<TextMeasure> xCount = new SimpleObjectProperty<>();
    private final ObjectProperty<TextMeasure> facebookCount = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private String bodyHi = "";
    private String bodyEn = "";
    private Set<Channel> channels = Set.of();
    private List<Attachment> files = List.of();

    PreviewsViewModel() {
        hindi.addListener((o, a, b) -> recompute());
        recompute();
    }

    /** Whether the previews show the Hindi body (else the English one). */
    public BooleanProperty hindiProperty() {
        return hindi;
    }

    public ObservableList<Span> whatsAppSpans() {
        return whatsAppSpans;
    }

    public ObjectProperty<TextMeasure> whatsAppCountProperty() {
        return whatsAppCount;
    }

    public ObjectProperty<TextMeasure> xCountProperty() {
        return xCount;
    }

    public ObjectProperty<TextMeasure> facebookCountProperty() {
        return facebookCount;
    }

    /** Every way the post breaks a chosen channel's limits, in the channels' own words and numbers. */
    public ObservableList<String> limitProblems() {
        return problems;
    }

    /** The composer's current text, channels and files. */
    void update(String hi, String en, Set<Channel> chosen, List<Attachment> attached) {
        bodyHi = hi == null ? "" : hi;
        bodyEn = en == null ? "" : en;
        channels = Set.copyOf(chosen);
        files = List.copyOf(attached);
        recompute();
    }

    private void recompute() {
        String text = hindi.get() ? bodyHi : bodyEn;
        whatsAppSpans.setAll(ChannelText.whatsAppPreview(text));
        whatsAppCount.set(ChannelText.measure(Channel.WHATSAPP, text));
        xCount.set(ChannelText.measure(Channel.X, text));
        facebookCount.set(ChannelText.measure(Channel.FACEBOOK, text));
        // as the service checks a draft: each non-blank body, stripped, against each chosen channel
        List<String> out = new ArrayList<>();
        String[] bodies = {bodyHi, bodyEn};
        String[] languages = {" (हिंदी)", " (English)"};
        boolean both = !bodyHi.isBlank() && !bodyEn.isBlank();
        for (Channel c : Channel.values()) {
            if (!channels.contains(c)) {
                continue;
            }
            for (int i = 0; i < bodies.length; i++) {
                if (bodies[i].isBlank()) {
                    continue;
                }
                for (LimitProblem p : limits.check(c, bodies[i].strip(), files)) {
                    String msg = p.message() + (both ? languages[i] : "");
                    if (!out.contains(msg) && !out.contains(p.message())) {
                        out.add(msg);
                    }
                }
            }
        }
        problems.setAll(out);
    }
}

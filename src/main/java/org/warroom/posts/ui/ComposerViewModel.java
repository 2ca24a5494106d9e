package org.warroom.posts.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.org.OrgService;
import org.warroom.org.UnitRow;
import org.warroom.platform.fx.FxTasks;
import org.warroom.posts.Attachments;
import org.warroom.posts.Category;
import org.warroom.posts.Channel;
import org.warroom.posts.DailySlots;
import org.warroom.posts.PostDetail;
import org.warroom.posts.PostDraft;
import org.warroom.posts.PostService;
import org.warroom.posts.SilenceVerdict;
import org.warroom.posts.SlotClash;
import org.warroom.posts.SlotRef;
import org.warroom.posts.text.Segment;
import org.warroom.posts.text.Transliterator;

/**
 * The composer's fields and live previews. Roman typing in the Hindi box becomes Devanagari as the writer types
 * (the Devanagari is what is saved); the previews and counts are worked out on each change, which is pure
 * computation; the silence warning and slot clashes need the database and arrive through FxTasks.
 */
public final class ComposerViewModel {
    public static final int TARGET_RESULTS = 12;

    private final Transliterator transliterator;
    private final OrgService org;
    private final PostService posts;
    private final FxTasks tasks;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty hindiInput = new SimpleStringProperty("");
    private final BooleanProperty roman = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper bodyHi = new ReadOnlyStringWrapper("");
    private final ObservableList<Segment> hindiSegments = FXCollections.observableArrayList();
    private final StringProperty bodyEn = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final ObservableList<UnitRow> targets = FXCollections.observableArrayList();
    private final ObservableList<UnitRow> targetResults = FXCollections.observableArrayList();
    private final BooleanProperty whatsApp = new SimpleBooleanProperty(true);
    private final BooleanProperty x = new SimpleBooleanProperty(false);
    private final BooleanProperty facebook = new SimpleBooleanProperty(false);
    private final ObservableList<AttachmentItem> attachments = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> slotDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> slotNo = new SimpleObjectProperty<>();
    private final ObjectProperty<DailySlots> slots = new SimpleObjectProperty<>(DailySlots.defaults());
    private final ObjectProperty<SilenceVerdict> silence = new SimpleObjectProperty<>(SilenceVerdict.NONE);
    private final ObservableList<SlotClash> clashes = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final PreviewsViewModel previews = new PreviewsViewModel();
    private long postId;
    private boolean loading;
    private long searchGeneration;
    private long silenceGeneration;

    public ComposerViewModel(Transliterator transliterator, OrgService org, PostService posts, FxTasks tasks) {
        this.transliterator = transliterator;
        this.org = org;
        this.posts = posts;
        this.tasks = tasks;
        hindiInput.addListener((o, a, b) -> convert());
        roman.addListener((o, a, on) -> {
            if (!on && !loading) {
                // switching Roman typing off keeps what the writer sees: the Devanagari becomes the text to edit
                hindiInput.set(bodyHi.get());
            }
            convert();
        });
        for (Observable o : List.<Observable>of(bodyHi, bodyEn, whatsApp, x, facebook, attachments)) {
            o.addListener(e -> updatePreviews());
        }
        for (Observable o : List.<Observable>of(title, bodyHi, bodyEn, category, targets, whatsApp, x, facebook, attachments)) {
            o.addListener(e -> {
                if (!loading) {
                    dirty.set(true);
                }
            });
        }
        for (Observable o : List.<Observable>of(targets, slotDate, slotNo)) {
            o.addListener(e -> checkSlot());
        }
        tasks.run(posts::slots).onSuccess(slots::set).start();
        updatePreviews();
    }

    // ---- fields

    public StringProperty titleProperty() {
        return title;
    }

    /** What the writer types in the Hindi box: Roman letters (turned into Devanagari when Roman typing is on) or Devanagari. */
    public StringProperty hindiInputProperty() {
        return hindiInput;
    }

    /** Roman → Devanagari while typing; on by default. */
    public BooleanProperty romanProperty() {
        return roman;
    }

    /** The Hindi body as it will be saved and sent. */
    public ReadOnlyStringProperty bodyHiProperty() {
        return bodyHi.getReadOnlyProperty();
    }

    /** The Hindi body in stretches, those deliberately left in Latin (links, handles, acronyms) marked. */
    public ObservableList<Segment> hindiSegments() {
        return hindiSegments;
    }

    public StringProperty bodyEnProperty() {
        return bodyEn;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public ObservableList<UnitRow> targets() {
        return targets;
    }

    public ObservableList<UnitRow> targetResults() {
        return targetResults;
    }

    public BooleanProperty whatsAppProperty() {
        return whatsApp;
    }

    public BooleanProperty xProperty() {
        return x;
    }

    public BooleanProperty facebookProperty() {
        return facebook;
    }

    public ObservableList<AttachmentItem> attachments() {
        return attachments;
    }

    public ObjectProperty<LocalDate> slotDateProperty() {
        return slotDate;
    }

    public ObjectProperty<Integer> slotNoProperty() {
        return slotNo;
    }

    /** The desk's six slot times (loaded once, off the FX thread). */
    public ObjectProperty<DailySlots> slotsProperty() {
        return slots;
    }

    /** The per-channel previews and counts of the current text. */
    public PreviewsViewModel previews() {
        return previews;
    }

    /** Targeted seats silent at the chosen slot; {@link SilenceVerdict#NONE} when none is, or no slot is chosen. */
    public ObjectProperty<SilenceVerdict> silenceProperty() {
        return silence;
    }

    public ObservableList<SlotClash> clashes() {
        return clashes;
    }

    /** True once the text, targets, channels or attachments differ from what was loaded (the slot does not count). */
    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The chosen slot, or null unless both date and slot are chosen. */
    public SlotRef slot() {
        return slotDate.get() == null || slotNo.get() == null ? null : new SlotRef(slotDate.get(), slotNo.get());
    }

    public Set<Channel> channels() {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        if (whatsApp.get()) {
            out.add(Channel.WHATSAPP);
        }
        if (x.get()) {
            out.add(Channel.X);
        }
        if (facebook.get()) {
            out.add(Channel.FACEBOOK);
        }
        return out;
    }

    // ---- commands

    /** Units whose name or number matches, for choosing targets; the newest search wins. */
    public void searchTargets(String query) {
        long gen = ++searchGeneration;
        if (query == null || query.isBlank()) {
            targetResults.clear();
            return;
        }
        tasks.run(() -> org.search(query, null, TARGET_RESULTS)).onSuccess(rows -> {
            if (gen == searchGeneration) {
                targetResults.setAll(rows);
            }
        }).start();
    }

    public void addTarget(UnitRow row) {
        if (row != null && targets.stream().noneMatch(t -> t.unit().id() == row.unit().id())) {
            targets.add(row);
        }
        searchGeneration++;
        targetResults.clear();
    }

    public void removeTarget(UnitRow row) {
        targets.removeIf(t -> t.unit().id() == row.unit().id());
    }

    /** Inspects a file off the FX thread (type by content, size, SHA-256); a refusal says why and adds nothing. */
    public void attach(Path file, Consumer<String> onRefused) {
        tasks.run(() -> AttachmentItem.of(Attachments.inspect(file))).onSuccess(a -> {
            if (attachments.stream().noneMatch(b -> b.sha256().equals(a.sha256()))) {
                attachments.add(a);
            }
        }).onError(e -> onRefused.accept(e.getMessage())).start();
    }

    public void removeAttachment(AttachmentItem a) {
        attachments.remove(a);
    }

    /** An empty composer for a new post. */
    public void clear() {
        loading = true;
        try {
            postId = 0;
            title.set("");
            roman.set(true);
            hindiInput.set("");
            bodyEn.set("");
            targets.clear();
            targetResults.clear();
            whatsApp.set(true);
            x.set(false);
            facebook.set(false);
            attachments.clear();
            slotDate.set(null);
            slotNo.set(null);
            dirty.set(false);
        } finally {
            loading = false;
        }
        checkSlot();
    }

    /**
     * Shows a stored post. Its Hindi body is Devanagari; Roman typing stays on unless the body keeps Latin words on
     * purpose (a link, an acronym, a name in braces), which a second conversion would change.
     */
    public void load(PostDetail d, Category cat, List<UnitRow> targetRows, List<AttachmentItem> files) {
        loading = true;
        try {
            postId = d.post().id();
            String hi = d.post().bodyHi() == null ? "" : d.post().bodyHi();
            title.set(d.post().title());
            roman.set(!hi.codePoints().anyMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')));
            hindiInput.set(hi);
            bodyEn.set(d.post().bodyEn() == null ? "" : d.post().bodyEn());
            category.set(cat);
            targets.setAll(targetRows);
            targetResults.clear();
            whatsApp.set(d.channels().contains(Channel.WHATSAPP));
            x.set(d.channels().contains(Channel.X));
            facebook.set(d.channels().contains(Channel.FACEBOOK));
            attachments.setAll(files);
            slotDate.set(d.post().slotDate());
            slotNo.set(d.post().slotNo());
            previews.hindiProperty().set(!hi.isBlank() || d.post().bodyEn() == null);
            dirty.set(false);
        } finally {
            loading = false;
        }
        convert();
        checkSlot();
    }

    /** After a save: the text stays as typed, the attachments are now the media folder's copies. */
    public void saved(long id, List<AttachmentItem> files) {
        loading = true;
        try {
            postId = id;
            attachments.setAll(files);
            dirty.set(false);
        } finally {
            loading = false;
        }
        checkSlot();
    }

    /** The post as the service takes it. */
    public PostDraft draft() {
        SlotRef s = slot();
        return new PostDraft(title.get(), bodyHi.get(), bodyEn.get(), category.get() == null ? null : category.get().code(),
                targets.stream().map(t -> t.unit().id()).toList(), channels(),
                attachments.stream().map(AttachmentItem::file).toList(), s == null ? null : s.date(),
                s == null ? null : s.slotNo(), false, null, null);
    }

    // ---- private

    private void convert() {
        String in = hindiInput.get() == null ? "" : hindiInput.get();
        if (roman.get()) {
            List<Segment> segs = transliterator.segments(in);
            StringBuilder b = new StringBuilder(in.length() + 16);
            segs.forEach(s -> b.append(s.text()));
            hindiSegments.setAll(segs);
            bodyHi.set(b.toString());
        } else {
            hindiSegments.setAll(in.isEmpty() ? List.of() : List.of(new Segment(in, false)));
            bodyHi.set(in);
        }
    }

    private void updatePreviews() {
        previews.update(bodyHi.get(), bodyEn.get(), channels(), attachments.stream().map(AttachmentItem::attachment).toList());
    }

    /** The silence warning and clashes for the chosen slot and targets; the newest check wins. */
    private void checkSlot() {
        long gen = ++silenceGeneration;
        SlotRef s = slot();
        List<Long> ids = targets.stream().map(t -> t.unit().id()).toList();
        if (s == null || ids.isEmpty()) {
            silence.set(SilenceVerdict.NONE);
            clashes.clear();
            return;
        }
        long self = postId;
        tasks.run(() -> new SlotCheck(posts.silence(ids, posts.slotTime(s.date(), s.slotNo())),
                posts.clashes(s.date(), s.slotNo(), ids, self))).onSuccess(c -> {
                    if (gen == silenceGeneration) {
                        silence.set(c.verdict());
                        clashes.setAll(c.clashes());
                    }
                }).start();
    }

    private record SlotCheck(SilenceVerdict verdict, List<SlotClash> clashes) {
    }
}

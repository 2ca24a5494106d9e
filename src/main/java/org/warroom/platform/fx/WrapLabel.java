package org.warroom.platform.fx;

import java.util.ArrayList;
import java.util.List;
import java.text.BreakIterator;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A label whose text wraps, drawn correctly in Hindi. JavaFX 25 and 26 (software pipeline, Pango shaping) draw a
 * wrapped Label, Text or TextFlow run of Devanagari wrongly: the first line carries on past the wrap width with the
 * rest of the text, and the next line repeats its tail. Each piece between two line-break opportunities is its own
 * {@link Text} here, so a line break never falls inside a shaped run and every line is drawn as laid out. Styled like
 * a label: style classes, padding and background as on any region, {@code -fx-text-fill} for the colour, fonts
 * inherited through CSS.
 */
public final class WrapLabel extends TextFlow {

    private static final CssMetaData<WrapLabel, Paint> TEXT_FILL = new CssMetaData<>("-fx-text-fill",
            PaintConverter.getInstance(), Color.BLACK) {
        @Override
        public boolean isSettable(WrapLabel l) {
            return !l.textFill.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(WrapLabel l) {
            return l.textFill;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(TextFlow.getClassCssMetaData());
        all.add(TEXT_FILL);
        CSS = List.copyOf(all);
    }

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StyleableObjectProperty<Paint> textFill = new SimpleStyleableObjectProperty<>(TEXT_FILL, this,
            "textFill", Color.BLACK);

    public WrapLabel() {
        getStyleClass().add("wrap-label");
        text.addListener((o, a, b) -> rebuild());
    }

    public WrapLabel(String text) {
        this();
        setText(text);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get() == null ? "" : text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public StyleableObjectProperty<Paint> textFillProperty() {
        return textFill;
    }

    public void setTextFill(Paint paint) {
        textFill.set(paint);
    }

    private void rebuild() {
        List<Node> pieces = new ArrayList<>();
        String value = text.get() == null ? "" : text.get(); // null when bound to a property that is
        // every place a line may break (spaces, dashes, slashes, after a newline) ends a piece, so TextFlow never
        // has to break inside one
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
        breaks.setText(value);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            Text piece = new Text(value.substring(start, end));
            piece.fillProperty().bind(textFill);
            pieces.add(piece);
        }
        getChildren().setAll(pieces);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}

package org.warroom.org.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.warroom.org.Unit;
import org.warroom.org.UnitKind;
import org.warroom.org.UnitRow;

/** A tree row that fetches its children in the background the first time it is opened. */
public final class UnitTreeItem extends TreeItem<UnitRow> {
    private final BiConsumer<Unit, Consumer<List<UnitRow>>> loader;
    private final Consumer<UnitTreeItem> onLoaded;
    private boolean requested;
    private boolean loaded;

    public UnitTreeItem(UnitRow row, BiConsumer<Unit, Consumer<List<UnitRow>>> loader, Consumer<UnitTreeItem> onLoaded) {
        super(row);
        this.loader = loader;
        this.onLoaded = onLoaded;
        expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                load(null);
            }
        });
    }

    @Override
    public boolean isLeaf() {
        return getValue().unit().kind() == UnitKind.BOOTH;
    }

    public boolean isLoaded() {
        return loaded;
    }

    /** Fetches the children once; {@code then} runs when they are in place (at once if they already are). */
    public void load(Runnable then) {
        if (loaded) {
            if (then != null) {
                then.run();
            }
            return;
        }
        if (requested && then == null) {
            return;
        }
        requested = true;
        loader.accept(getValue().unit(), rows -> {
            if (!loaded) {
                setChildrenRows(rows);
            }
            if (then != null) {
                then.run();
            }
        });
    }

    /** Puts children in place in one go (setAll: adding thousands one by one is slow). */
    public void setChildrenRows(List<UnitRow> rows) {
        loaded = true;
        ObservableList<TreeItem<UnitRow>> children = super.getChildren();
        children.setAll(rows.stream().map(r -> (TreeItem<UnitRow>) new UnitTreeItem(r, loader, onLoaded)).toList());
        onLoaded.accept(this);
    }
}

package org.warroom.posts.ui;

import java.time.Clock;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.platform.fx.FxTasks;
import org.warroom.posts.Post;
import org.warroom.posts.ReleaseLogLine;
import org.warroom.posts.ReleaseService;

/**
 * Where the selected post went: its release log (a row per district and channel, with the acknowledgements of its
 * slot), and the posts that missed their slot while the console was closed, which wait for a person.
 */
public final class ReleaseLogViewModel {
    private final ReleaseService releases;
    private final FxTasks tasks;
    private final Clock clock;
    private final ObservableList<ReleaseLogLine> rows = FXCollections.observableArrayList();
    private final ObservableList<Post> missed = FXCollections.observableArrayList();
    private final IntegerProperty acknowledgements = new SimpleIntegerProperty();
    private final ObjectProperty<Long> postId = new SimpleObjectProperty<>();
    private long generation;

    public ReleaseLogViewModel(ReleaseService releases, FxTasks tasks, Clock clock) {
        this.releases = releases;
        this.tasks = tasks;
        this.clock = clock;
    }

    public ObservableList<ReleaseLogLine> rows() {
        return rows;
    }

    /** Scheduled posts more than the grace past their slot: listed for a decision, never sent on their own. */
    public ObservableList<Post> missed() {
        return missed;
    }

    /** Volunteers within the post's reach who acknowledged its slot. */
    public IntegerProperty acknowledgementsProperty() {
        return acknowledgements;
    }

    /** The post whose log is shown; null for none. */
    public ObjectProperty<Long> postIdProperty() {
        return postId;
    }

    /** Shows a post's log (null clears it). */
    public void show(Long id) {
        long gen = ++generation;
        postId.set(id);
        if (id == null) {
            rows.clear();
            acknowledgements.set(0);
            return;
        }
        tasks.run(() -> releases.log(id)).onSuccess(l -> {
            if (gen == generation) {
                rows.setAll(l);
                acknowledgements.set(l.stream().filter(r -> r.entry().channel().equals("PACK"))
                        .mapToInt(ReleaseLogLine::acknowledgements).sum());
            }
        }).start();
    }

    /** Reads the shown log again (deliveries and acknowledgements move after release). */
    public void refresh() {
        show(postId.get());
        reloadMissed();
    }

    public void reloadMissed() {
        tasks.run(() -> releases.posts().due(clock.instant()).missed()).onSuccess(missed::setAll).start();
    }
}

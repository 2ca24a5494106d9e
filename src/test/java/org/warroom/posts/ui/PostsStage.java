package org.warroom.posts.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.warroom.app.AppContext;
import org.warroom.app.WarRoomApp;
import org.warroom.platform.fx.Fonts;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;
import org.warroom.posts.PostCalendar;

/** The posts tab alone on a test's stage, in English with the theme, wired as the window wires it. */
final class PostsStage {
    private PostsStage() {
    }

    /** Shows the posts screen of {@code ctx} on {@code stage}; returns its view model (call on the FX thread). */
    static PostsViewModel show(Stage stage, AppContext ctx, int width, int height) {
        Fonts.load();
        PostCalendar calendar = new PostCalendar(ctx.db().jdbi(), ctx.posts(), ctx.calendar(), ctx.org());
        PostsViewModel vm = new PostsViewModel(ctx.posts(), ctx.releases(), ctx.operators(), ctx.org(), calendar,
                FxTasks.standard(), ctx.clock());
        vm.week().setSlotTimes(ctx.slotTimes());
        Scene scene = new Scene(new PostsView(vm, Messages.of("en")).node(), width, height);
        scene.getStylesheets().add(WarRoomApp.class.getResource("/org/warroom/app/warroom.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return vm;
    }
}

package org.warroom.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.Channel;
import org.warroom.posts.Post;
import org.warroom.posts.PostDraft;
import org.warroom.testing.WindowKit;
import org.warroom.testing.SultanpurDb;

/** The Posts tab follows another desk: a post written and scheduled elsewhere appears in the open list by itself. */
@ExtendWith(ApplicationExtension.class)
class PostsFollowTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();

    @Start
    void start(Stage stage) {
        WindowKit.open(stage, DB.ctx(), 1360, 860);
    }

    @Test
    void aPostFromAnotherDeskAppearsInTheOpenList(FxRobot robot) {
        AppContext ctx = DB.ctx();
        robot.clickOn("#tab-tab-posts");
        WindowKit.waitFor(() -> robot.lookup("#postsTable").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TableView<Post> table = robot.lookup("#postsTable").queryAs(TableView.class);
        Operator writer = ctx.operators().add("Other Desk Writer", OperatorRole.WRITER);
        Operator boss = ctx.operators().add("Other Desk Coordinator", OperatorRole.COORDINATOR);
        Post p = ctx.posts().create(writer.id(), PostDraft.of("From the next desk", "दूसरी डेस्क से", null, "POSITIVE_NEWS",
                List.of(ctx.org().byCode("AC-188").orElseThrow().unit().id()), Set.of(Channel.WHATSAPP)));
        p = ctx.posts().submit(p.id(), p.version(), writer.id());
        p = ctx.posts().approve(p.id(), p.version(), boss.id());
        ctx.posts().schedule(p.id(), p.version(), boss.id(), LocalDate.now(IndianFormat.IST).plusDays(3), 4, false);
        WindowKit.waitFor(() -> table.getItems().stream().anyMatch(q -> q.title().equals("From the next desk")));
    }
}

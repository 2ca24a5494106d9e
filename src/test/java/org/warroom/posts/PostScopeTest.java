package org.warroom.posts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.testing.BothEngines;
import org.warroom.testing.MutableClock;
import org.warroom.testing.SultanpurDb;

/**
 * A desk operator's posts stay inside their unit: creating, editing, submitting or importing a post for a unit
 * outside it is refused by the service, naming the unit, and nothing is saved; coordinators have no such limit.
 */
@BothEngines
class PostScopeTest {
    @RegisterExtension
    static final SultanpurDb DB = new SultanpurDb();
    static PostsKit k;
    static Operator sultanpurDesk;
    static Operator isauliDesk;
    static Operator coordinator;

    @BeforeAll
    static void operators() {
        k = new PostsKit(DB.ctx(), MutableClock.ist(2027, 2, 10, 10, 0), DB.dir().resolve("media"), PostsKit.slotsWithSix());
        sultanpurDesk = DB.ctx().operators().addAccount("Sultanpur Desk", OperatorRole.DESK_OPERATOR, "D-SULTANPUR",
                "sultanpur desk pass".toCharArray());
        isauliDesk = DB.ctx().operators().addAccount("Isauli Desk", OperatorRole.DESK_OPERATOR, "AC-187",
                "isauli desk pass".toCharArray());
        coordinator = k.operator("Meena Yadav", OperatorRole.COORDINATOR);
    }

    private static String name(String code) {
        return DB.ctx().org().byCode(code).orElseThrow().unit().nameEn();
    }

    private static long posts() {
        return DB.ctx().db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM post").mapTo(Long.class).one());
    }

    private static String stateCode() {
        return DB.ctx().org().roots().getFirst().unit().code();
    }

    @Test
    void aDeskWritesForItsOwnUnitAndBelowOnly() {
        Post own = k.posts.create(sultanpurDesk.id(), k.draft("Sultanpur and a seat", "D-SULTANPUR", "AC-189"));
        assertThat(own.id()).isPositive();
        long before = posts();
        assertThatThrownBy(() -> k.posts.create(sultanpurDesk.id(), k.draft("For the state", "D-SULTANPUR", stateCode())))
                .isInstanceOf(PostValidationException.class)
                .hasMessage("Sultanpur Desk works for " + name("D-SULTANPUR") + " and may not write a post for "
                        + name(stateCode()) + ", which is outside it; nothing was saved.");
        assertThatThrownBy(() -> k.posts.create(isauliDesk.id(), k.draft("A neighbour's seat", "AC-188")))
                .hasMessageContaining("Isauli Desk works for " + name("AC-187")).hasMessageContaining(name("AC-188"));
        assertThatThrownBy(() -> k.posts.check(isauliDesk.id(), k.draft("Checked first", "D-SULTANPUR")))
                .hasMessageContaining("may not write a post for " + name("D-SULTANPUR"));
        assertThat(posts()).as("nothing saved").isEqualTo(before);
        // the seat's desk may write for its seat; the coordinator for anything
        assertThat(k.posts.create(isauliDesk.id(), k.draft("Isauli only", "AC-187")).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(k.posts.create(coordinator.id(), k.draft("State-wide", stateCode())).status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void editingAndSubmittingStayInsideTooAndARefusedEditChangesNothing() {
        Post own = k.posts.create(sultanpurDesk.id(), k.draft("Own post", "AC-190"));
        assertThatThrownBy(() -> k.posts.edit(own.id(), own.version(), sultanpurDesk.id(), k.draft("Own post", "AC-190", stateCode())))
                .hasMessageContaining("may not edit a post for " + name(stateCode()));
        PostDetail unchanged = k.posts.detail(own.id());
        assertThat(unchanged.post().version()).isEqualTo(own.version());
        assertThat(unchanged.targetUnitIds()).containsExactly(k.unit("AC-190"));

        Post theirs = k.posts.create(coordinator.id(), k.draft("The coordinator's", stateCode()));
        assertThatThrownBy(() -> k.posts.edit(theirs.id(), theirs.version(), sultanpurDesk.id(), k.draft("Taken over", "AC-190")))
                .hasMessageContaining("may not edit a post for " + name(stateCode()));
        assertThatThrownBy(() -> k.posts.submit(theirs.id(), theirs.version(), sultanpurDesk.id()))
                .hasMessageContaining("may not submit a post for " + name(stateCode()));
        assertThat(k.posts.post(theirs.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);

        Post edited = k.posts.edit(own.id(), own.version(), sultanpurDesk.id(), k.draft("Own post, wider", "D-SULTANPUR"));
        assertThat(k.posts.submit(edited.id(), edited.version(), sultanpurDesk.id()).status()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(k.posts.submit(theirs.id(), theirs.version(), coordinator.id()).status()).isEqualTo(PostStatus.SUBMITTED);
    }

    @Test
    void aScheduleImportWithOneOutsideTargetSavesNone() {
        long before = posts();
        assertThatThrownBy(() -> k.posts.createSubmitted(List.of(
                new AuthoredDraft(isauliDesk.id(), k.draft("Inside", "AC-187")),
                new AuthoredDraft(isauliDesk.id(), k.draft("Outside", "AC-191")))))
                .hasMessageContaining("Isauli Desk works for " + name("AC-187")).hasMessageContaining(name("AC-191"));
        assertThat(posts()).isEqualTo(before);
    }
}

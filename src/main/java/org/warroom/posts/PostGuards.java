package org.warroom.posts;

import java.util.stream.Collectors;
import org.warroom.posts.db.PostDao;

/** The checks every change to a post shares: it exists, it is the version the person saw, the move is allowed. */
final class PostGuards {
    private PostGuards() {
    }

    static Post load(PostDao dao, long id) {
        return dao.byId(id).orElseThrow(() -> gone(id));
    }

    static PostValidationException gone(long id) {
        return new PostValidationException("post", "There is no post #" + id + "; it may have been removed.");
    }

    static void fresh(Post p, int expectedVersion) {
        if (p.version() != expectedVersion) {
            throw stale(p);
        }
    }

    static PostConflictException conflict(PostDao dao, long id) {
        return stale(load(dao, id));
    }

    private static PostConflictException stale(Post p) {
        return new PostConflictException("Someone else changed post #" + p.id() + " (now " + p.status().label()
                + ", version " + p.version() + ") while you had it open; nothing was saved. Reopen it to see the newer version.");
    }

    static void allowed(Post p, PostStatus to, String verb) {
        if (!p.status().canMoveTo(to)) {
            String next = p.status().next().stream().filter(s -> s != p.status()).map(PostStatus::label)
                    .collect(Collectors.joining(", "));
            throw new PostValidationException("status", "Post #" + p.id() + " is " + p.status().label() + ", so it cannot be "
                    + verb + (next.isEmpty() ? "; nothing more can happen to it." : "; from here it can be: " + next + "."));
        }
    }

    static String describe(Post p) {
        return "#" + p.id() + " " + p.status() + "; title=" + p.title() + "; category=" + p.category()
                + (p.slotDate() == null ? "" : "; slot=" + p.slotDate() + "/" + p.slotNo())
                + (p.scheduledAt() == null ? "" : "; at=" + p.scheduledAt()) + (p.paid() ? "; paid, precert=" + p.precertNo() : "")
                + "; v" + p.version();
    }

    static String exclusion(SilenceRule.Result r) {
        return r.clear() ? "" : ", leaving out silent seats " + r.silent().silent().stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " (confirmed)";
    }

    static String note(String text, boolean required, String verb) {
        String s = text == null ? null : text.strip();
        if (s == null || s.isEmpty()) {
            if (required) {
                throw new PostValidationException("reason", "Say why you " + verb + " it: the writer reads the reason.");
            }
            return null;
        }
        if (s.length() > 2000) {
            throw new PostValidationException("reason", "The reason is longer than 2,000 characters.");
        }
        return s;
    }
}

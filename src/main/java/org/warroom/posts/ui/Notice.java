package org.warroom.posts.ui;

import java.util.List;

/**
 * What the posts screen tells the operator after a command: a message key with its arguments (the view words it in
 * the UI language), and whether it is a refusal. A service's refusal travels as its own sentence in {@code args}.
 */
public record Notice(String key, List<Object> args, boolean error) {
    public Notice {
        args = List.copyOf(args);
    }

    public static Notice done(String key, Object... args) {
        return new Notice(key, List.of(args), false);
    }

    public static Notice refused(String key, Object... args) {
        return new Notice(key, List.of(args), true);
    }
}

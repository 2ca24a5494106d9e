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

    /** The notice in the UI language on a label, green when done and red when refused; empty for none. */
    static void show(org.warroom.platform.fx.WrapLabel label, Notice n, org.warroom.platform.i18n.Messages m) {
        label.setText(n == null ? "" : m.get(n.key(), n.args().toArray()));
        label.getStyleClass().removeAll("form-error", "posts-done");
        if (n != null) {
            label.getStyleClass().add(n.error() ? "form-error" : "posts-done");
        }
    }
}

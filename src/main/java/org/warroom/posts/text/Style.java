package org.warroom.posts.text;

/** A WhatsApp text style: *bold*, _italic_, ~strikethrough~, ```monospace```. */
public enum Style {
    BOLD, ITALIC, STRIKE, MONO
}

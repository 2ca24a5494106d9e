package org.warroom.posts.text;

/**
 * A stretch of transliterated text: {@code latin} when it was left in Roman script on purpose (a link, handle,
 * hashtag, e-mail, acronym or a span the writer protected), so a preview can show it differently.
 */
public record Segment(String text, boolean latin) {
}

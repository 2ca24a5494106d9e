package org.warroom.posts;

import com.twitter.twittertext.TwitterTextParseResults;
import com.twitter.twittertext.TwitterTextParser;
import java.util.List;
import org.warroom.posts.text.Span;
import org.warroom.posts.text.WhatsAppMarkup;

/**
 * How long a post's text is in each channel's own measure, and WhatsApp's markup as styled spans for a preview.
 * X is counted by Twitter's own twitter-text library (configuration v3: a URL counts 23, most scripts including
 * Devanagari count 1 per code point, CJK and emoji 2), so the composer agrees with X's own counter.
 */
public final class ChannelText {
    /** WhatsApp's limit for one text message. */
    public static final int WHATSAPP_MAX = 65_536;
    /** Facebook's limit for a post. */
    public static final int FACEBOOK_MAX = 63_206;
    /** X's limit for a post from an account without a paid plan, from twitter-text's configuration (280). */
    public static final int X_MAX = TwitterTextParser.TWITTER_TEXT_DEFAULT_CONFIG.getMaxWeightedTweetLength();

    private ChannelText() {
    }

    /**
     * Measures {@code text} for {@code channel}. WhatsApp and Facebook count UTF-16 characters (what their
     * clients count; an emoji outside the BMP counts 2), which never undercounts. For X, {@code valid} is
     * twitter-text's verdict, which also refuses an empty text and the characters U+FFFE, U+FEFF and U+FFFF.
     */
    public static TextMeasure measure(Channel channel, String text) {
        return switch (channel) {
            case X -> {
                TwitterTextParseResults r = TwitterTextParser.parseTweet(text);
                yield new TextMeasure(channel, r.weightedLength, X_MAX, r.isValid);
            }
            case WHATSAPP -> plain(channel, text, WHATSAPP_MAX);
            case FACEBOOK -> plain(channel, text, FACEBOOK_MAX);
        };
    }

    /** The text as WhatsApp would style it. */
    public static List<Span> whatsAppPreview(String text) {
        return WhatsAppMarkup.parse(text);
    }

    private static TextMeasure plain(Channel channel, String text, int max) {
        return new TextMeasure(channel, text.length(), max, !text.isEmpty() && text.length() <= max);
    }
}

package org.warroom.posts;

import static org.warroom.posts.MediaType.GIF;
import static org.warroom.posts.MediaType.JPEG;
import static org.warroom.posts.MediaType.MOV;
import static org.warroom.posts.MediaType.MP4;
import static org.warroom.posts.MediaType.PDF;
import static org.warroom.posts.MediaType.PNG;
import static org.warroom.posts.MediaType.WEBP;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warroom.platform.i18n.IndianFormat;

/**
 * Checks a post against a channel's limits before it is queued, so a writer learns at the desk, not from a failed
 * send at 21:00, that a video is too big for WhatsApp. Every problem is reported, each with its numbers.
 */
public final class ChannelLimits {
    /** Sizes are decimal megabytes: where a channel does not say which it means, the smaller reading is the safe one. */
    static final long MB = 1_000_000L;
    static final long GB = 1_000_000_000L;

    private final Map<Channel, ChannelRule> rules;

    /** Limits from the caller, e.g. read from settings when a channel changes its rules. */
    public ChannelLimits(Map<Channel, ChannelRule> rules) {
        EnumMap<Channel, ChannelRule> copy = new EnumMap<>(Channel.class);
        copy.putAll(rules);
        for (Channel c : Channel.values()) {
            if (!copy.containsKey(c)) {
                throw new IllegalArgumentException("no attachment rule for " + c);
            }
        }
        this.rules = copy;
    }

    /**
     * The channels' published limits as of 2026; channels change them, so they are data, not code paths.
     * X: its API's media limits (image 5 MB, GIF 15 MB, video 512 MB; 4 photos or 1 GIF or 1 video per post).
     * WhatsApp: the WhatsApp Business Platform's published limits (JPEG/PNG 5 MB, MP4 16 MB, PDF 100 MB, one media
     * file per message); the phone app accepts more (large documents, other types), so a file within these limits
     * goes out either way. Facebook: photos 10 MB, videos 4 GB (Meta has quoted more for video; 4 GB is the safe
     * reading); no per-post count is enforced here.
     */
    public static ChannelLimits published() {
        return new ChannelLimits(Map.of(
                Channel.X, new ChannelRule(Map.of(JPEG, 5 * MB, PNG, 5 * MB, WEBP, 5 * MB, GIF, 15 * MB,
                        MP4, 512 * MB, MOV, 512 * MB), 4, true),
                Channel.WHATSAPP, new ChannelRule(Map.of(JPEG, 5 * MB, PNG, 5 * MB, MP4, 16 * MB, PDF, 100 * MB), 1, false),
                Channel.FACEBOOK, new ChannelRule(Map.of(JPEG, 10 * MB, PNG, 10 * MB, GIF, 10 * MB,
                        MP4, 4 * GB, MOV, 4 * GB), Integer.MAX_VALUE, false)));
    }

    public ChannelRule rule(Channel channel) {
        return rules.get(channel);
    }

    /** Everything wrong with sending {@code text} and {@code attachments} to {@code channel}; empty if nothing. */
    public List<LimitProblem> check(Channel channel, String text, List<Attachment> attachments) {
        List<LimitProblem> problems = new ArrayList<>();
        String who = channel.label() + ": ";
        TextMeasure m = ChannelText.measure(channel, text);
        if (text.isBlank() && attachments.isEmpty()) {
            problems.add(new LimitProblem(who + "nothing to send: there is no text and no attachment"));
        } else if (m.used() > m.max()) {
            String unit = channel == Channel.X ? " weighted characters" : " characters";
            problems.add(new LimitProblem(who + IndianFormat.number(m.used()) + " of " + IndianFormat.number(m.max()) + unit));
        } else if (channel == Channel.X && !m.valid() && !refused(text).isEmpty()) {
            problems.add(new LimitProblem(who + "the text holds an invisible character X refuses (" + refused(text)
                    + "); delete it and type the text around it again"));
        }
        ChannelRule rule = rules.get(channel);
        if (attachments.size() > rule.maxAttachments()) {
            problems.add(new LimitProblem(who + attachments.size() + " attachments, more than the "
                    + rule.maxAttachments() + " one post can carry"));
        }
        if (rule.videoOrGifAlone() && attachments.size() > 1 && attachments.stream().anyMatch(ChannelLimits::videoOrGif)) {
            problems.add(new LimitProblem(who + "a video or GIF must be the only attachment (up to 4 photos, or 1 GIF, or 1 video)"));
        }
        for (Attachment a : attachments) {
            attachment(who, rule, a).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    private static Optional<LimitProblem> attachment(String who, ChannelRule rule, Attachment a) {
        Optional<MediaType> type = MediaType.ofMimeType(a.mimeType());
        Optional<Long> max = type.flatMap(rule::maxBytes);
        if (max.isEmpty()) {
            String what = type.map(t -> "a " + t.label()).orElse("of type " + a.mimeType());
            String takes = rule.maxBytes().keySet().stream().map(MediaType::label).collect(Collectors.joining(", "));
            return Optional.of(new LimitProblem(who + a.name() + " is " + what + "; this channel takes " + takes));
        }
        if (a.bytes() > max.get()) {
            return Optional.of(new LimitProblem(who + a.name() + " is " + size(a.bytes()) + ", over the " + size(max.get())
                    + " limit for " + type.get().label()));
        }
        return Optional.empty();
    }

    private static boolean videoOrGif(Attachment a) {
        return a.mimeType().startsWith("video/") || a.mimeType().equals(GIF.mimeType());
    }

    private static String refused(String text) {
        return text.chars().filter(c -> c == 0xFFFE || c == 0xFEFF || c == 0xFFFF).mapToObj(c -> String.format("U+%04X", c))
                .distinct().collect(Collectors.joining(", "));
    }

    /** "18.4 MB", "16 MB", "4 GB"; rounded up, so a file just over a limit never reads as equal to it. */
    static String size(long bytes) {
        boolean giga = bytes >= GB;
        double n = Math.ceil((double) bytes * 10 / (giga ? GB : MB)) / 10;
        String s = n == Math.rint(n) ? String.valueOf((long) n) : String.format(Locale.ROOT, "%.1f", n);
        return s + (giga ? " GB" : " MB");
    }
}

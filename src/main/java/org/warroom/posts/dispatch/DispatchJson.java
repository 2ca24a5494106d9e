package org.warroom.posts.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warroom.platform.i18n.IndianFormat;

/** The JSON of a dispatch: the pack's {@code manifest.json} and the webhook's body, keys in a fixed order. */
public final class DispatchJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DispatchJson() {
    }

    /** The manifest: texts and attachments by their file names in the pack. */
    public static byte[] manifest(Dispatch d) {
        Map<String, Object> texts = new LinkedHashMap<>();
        if (d.textHi() != null) {
            texts.put("hi", PackChannel.HINDI);
        }
        if (d.textEn() != null) {
            texts.put("en", PackChannel.ENGLISH);
        }
        return write(PRETTY, common(d, texts, null));
    }

    /** The webhook's body: the texts inline, and where the district's pack is (relative to the data folder). */
    public static byte[] webhook(Dispatch d) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("hi", d.textHi());
        texts.put("en", d.textEn());
        return write(JSON, common(d, texts, PackChannel.folder(d)));
    }

    private static Map<String, Object> common(Dispatch d, Map<String, Object> texts, String pack) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event", "post.released");
        m.put("idempotency_key", d.idempotencyKey());
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", d.postId());
        post.put("title", d.title());
        post.put("category", d.category());
        post.put("author", d.author());
        post.put("approver", d.approver());
        post.put("released_at", iso(d.releasedAt()));
        m.put("post", post);
        Map<String, Object> slot = new LinkedHashMap<>();
        slot.put("date", d.slotDate().toString());
        slot.put("no", d.slotNo());
        slot.put("at", iso(d.slotAt()));
        m.put("slot", slot);
        m.put("district", place(d.district()));
        m.put("targets", d.targets().stream().map(DispatchJson::place).toList());
        m.put("seats", d.seats());
        m.put("excluded_silent_seats", d.excludedSeats());
        m.put("channels", d.channels());
        m.put("texts", texts);
        m.put("attachments", d.attachments().stream().map(DispatchJson::file).toList());
        if (pack != null) {
            m.put("pack", pack);
        }
        return m;
    }

    private static Map<String, Object> place(Dispatch.Place p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("kind", p.kind());
        m.put("name_en", p.nameEn());
        m.put("name_hi", p.nameHi());
        return m;
    }

    private static Map<String, Object> file(Dispatch.File f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.name());
        m.put("mime", f.mime());
        m.put("bytes", f.bytes());
        m.put("sha256", f.sha256());
        return m;
    }

    private static String iso(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(IndianFormat.IST).toOffsetDateTime());
    }

    private static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a dispatch is plain data: " + e.getMessage(), e);
        }
    }

    /** True when {@code body} is JSON (any value); for reading a webhook's reply. */
    static boolean isJson(String body) {
        try {
            JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}

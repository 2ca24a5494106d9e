package org.warroom.posts;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the composer (or a schedule file) gives to create or edit a post. Bodies may be blank but not both;
 * {@code attachments} are files anywhere on disk, copied into the media folder when saved (a file already in the
 * media folder, as an edit passes it back, is kept as it is). The slot is optional: the one the writer plans.
 */
public record PostDraft(String title, String bodyHi, String bodyEn, String category, List<Long> targetUnitIds,
                        Set<Channel> channels, List<Path> attachments, LocalDate slotDate, Integer slotNo,
                        boolean paid, String precertNo, LocalDate precertDate) {
    public PostDraft {
        targetUnitIds = targetUnitIds == null ? List.of() : List.copyOf(targetUnitIds);
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A text post with no attachment, slot or payment. */
    public static PostDraft of(String title, String bodyHi, String bodyEn, String category, List<Long> targets,
                               Set<Channel> channels) {
        return new PostDraft(title, bodyHi, bodyEn, category, targets, channels, List.of(), null, null, false, null, null);
    }

    public PostDraft withSlot(LocalDate date, Integer slot) {
        return new PostDraft(title, bodyHi, bodyEn, category, targetUnitIds, channels, attachments, date, slot, paid,
                precertNo, precertDate);
    }

    public PostDraft withAttachments(List<Path> files) {
        return new PostDraft(title, bodyHi, bodyEn, category, targetUnitIds, channels, files, slotDate, slotNo, paid,
                precertNo, precertDate);
    }

    /** Paid promotion, with the MCMC pre-certification (either may be null, and is then refused). */
    public PostDraft withPaid(String certificateNo, LocalDate certificateDate) {
        return new PostDraft(title, bodyHi, bodyEn, category, targetUnitIds, channels, attachments, slotDate, slotNo,
                true, certificateNo, certificateDate);
    }

    public PostDraft withText(String newTitle, String hi, String en) {
        return new PostDraft(newTitle, hi, en, category, targetUnitIds, channels, attachments, slotDate, slotNo, paid,
                precertNo, precertDate);
    }
}

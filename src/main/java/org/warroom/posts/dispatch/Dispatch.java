package org.warroom.posts.dispatch;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one released post carries to one district through one channel: the post, its slot, the district with the
 * targets and seats it reaches there (and the seats left out as silent), the texts and the attachments. The same
 * value makes the pack's manifest and the webhook's body, so both say the same thing.
 */
public record Dispatch(String idempotencyKey, long postId, String title, String category, String author, String approver,
                       LocalDate slotDate, int slotNo, Instant slotAt, Instant releasedAt, Place district,
                       List<Place> targets, List<Integer> seats, List<Integer> excludedSeats, List<String> channels,
                       String textHi, String textEn, List<File> attachments) {

    /** A unit of the organisation as the desk knows it: its code, level and names. */
    public record Place(String code, String kind, String nameEn, String nameHi) {
    }

    /**
     * An attachment: where its copy is in the media folder, the name it goes out under (unique within the pack,
     * e.g. {@code 1-story.jpg}), its type, size and SHA-256.
     */
    public record File(Path source, String name, String mime, long bytes, String sha256) {
        public File {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(name, "name");
        }
    }

    public Dispatch {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(district, "district");
        targets = List.copyOf(targets);
        seats = List.copyOf(seats);
        excludedSeats = List.copyOf(excludedSeats);
        channels = List.copyOf(channels);
        attachments = List.copyOf(attachments);
    }
}

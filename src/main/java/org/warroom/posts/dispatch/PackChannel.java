package org.warroom.posts.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.platform.i18n.IndianFormat;

/**
 * The district's message pack: {@code <packs>/<date>/<slot>-<hh.mm>/<district>/post-<id>/} with {@code hi.txt},
 * {@code en.txt} (UTF-8), the attachments and {@code manifest.json}. A slot carries several posts for one district,
 * so each post has its own folder inside the district's. It is written into a hidden temporary folder beside it and
 * then renamed in one step, so a desk sees the whole pack or none; delivering it again finds it there and is done.
 * Attachments are hard-linked from the media folder (made read-only, since the link is the stored file), or copied
 * where the file system cannot link; each is checked against its SHA-256 once per file and change.
 */
public final class PackChannel implements DispatchChannel {
    public static final String NAME = "PACK";
    static final String HINDI = "hi.txt";
    static final String ENGLISH = "en.txt";
    static final String MANIFEST = "manifest.json";
    private static final Logger LOG = LoggerFactory.getLogger(PackChannel.class);
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH.mm").withZone(IndianFormat.IST);

    private final Path packs;
    private final Map<Path, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(long size, FileTime modified, String sha256) {
    }

    /** @param packs the data folder's {@code packs/} */
    public PackChannel(Path packs) {
        this.packs = packs;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    /** The pack's folder relative to the data folder: {@code packs/2027-02-11/2-09.30/D-SULTANPUR/post-12}. */
    public static String folder(Dispatch d) {
        return "packs/" + d.slotDate() + "/" + d.slotNo() + "-" + HHMM.format(d.slotAt()) + "/" + d.district().code()
                + "/post-" + d.postId();
    }

    /** Where the pack of {@code d} is (or will be). */
    public Path path(Dispatch d) {
        return packs.resolveSibling(folder(d));
    }

    @Override
    public Attempt deliver(Dispatch d) {
        Path target = path(d);
        String where = folder(d);
        if (Files.isRegularFile(target.resolve(MANIFEST))) {
            return Attempt.packed(where);   // written before (a retry after a crash): never half, never twice
        }
        Path district = target.getParent();
        Path tmp = district.resolve("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(district);
            Files.createDirectory(tmp);
            if (d.textHi() != null) {
                Files.writeString(tmp.resolve(HINDI), d.textHi() + "\n", StandardCharsets.UTF_8);
            }
            if (d.textEn() != null) {
                Files.writeString(tmp.resolve(ENGLISH), d.textEn() + "\n", StandardCharsets.UTF_8);
            }
            for (Dispatch.File f : d.attachments()) {
                String problem = check(f);
                if (problem != null) {
                    return Attempt.failed(problem);
                }
                place(f.source(), tmp.resolve(f.name()), f.bytes());
            }
            // the manifest last: a folder with a manifest is complete
            Files.write(tmp.resolve(MANIFEST), DispatchJson.manifest(d));
            move(tmp, target);
            return Attempt.packed(where);
        } catch (FileAlreadyExistsException e) {
            // another console wrote it at the same moment: theirs is complete (it was renamed in one step)
            return Files.isRegularFile(target.resolve(MANIFEST)) ? Attempt.packed(where)
                    : Attempt.retry("the pack folder " + where + " exists without a manifest");
        } catch (IOException e) {
            LOG.warn("pack {} not written: {}", where, e.toString());
            return Attempt.retry("could not write " + where + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); check the disk space and the folder's permissions");
        } finally {
            delete(tmp);
        }
    }

    /** Null when the stored file is there and is what was attached; else what is wrong. */
    private String check(Dispatch.File f) throws IOException {
        try {
            long size = Files.size(f.source());
            FileTime modified = Files.getLastModifiedTime(f.source());
            Verified v = verified.get(f.source());
            if (v == null || v.size() != size || !v.modified().equals(modified)) {
                v = new Verified(size, modified, sha256(f.source()));
                verified.put(f.source(), v);
            }
            if (size != f.bytes() || !v.sha256().equals(f.sha256())) {
                return "the attachment " + f.name() + " in the media folder is not the file that was approved (its "
                        + "size or SHA-256 differs); attach it again";
            }
            return null;
        } catch (NoSuchFileException e) {
            return "the attachment " + f.name() + " is missing from the media folder (" + f.source().getFileName() + ")";
        }
    }

    /** A hard link where possible (instant, no second copy of a video), else a copy; the size is checked after. */
    private static void place(Path from, Path to, long bytes) throws IOException {
        try {
            Files.createLink(to, from);
            from.toFile().setReadOnly();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        if (Files.size(to) != bytes) {
            throw new IOException(to.getFileName() + " was not copied whole");
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("this file system cannot rename a folder in one step", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not remove the temporary folder {}: {}", dir, e.toString());
        }
    }
}

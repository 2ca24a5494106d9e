package org.warroom.posts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warroom.operators.Operator;
import org.warroom.org.OrgService;
import org.warroom.org.Unit;
import org.warroom.posts.db.PostDao;
import org.warroom.posts.dispatch.Dispatch;

/**
 * Builds what a released post carries to each district. A round of deliveries reads its posts in bulk — the posts,
 * channels, attachments (named {@code 1-story.jpg} in the pack), approvers, operators' names and the units — so a
 * slot of 450 posts costs a handful of queries, not thousands.
 */
final class DispatchBuilder {
    private final Post post;
    private final List<String> channels;
    private final List<Dispatch.File> files;
    private final String author;
    private final String approver;
    private final Map<Long, Unit> units;

    private DispatchBuilder(Post post, List<String> channels, List<Dispatch.File> files, String author, String approver,
                            Map<Long, Unit> units) {
        this.post = post;
        this.channels = channels;
        this.files = files;
        this.author = author;
        this.approver = approver;
        this.units = units;
    }

    /** A builder for each post of these release-log rows. */
    static Map<Long, DispatchBuilder> load(PostService posts, OrgService org, List<ReleaseLogEntry> rows) {
        List<Long> ids = rows.stream().map(ReleaseLogEntry::postId).distinct().toList();
        Map<Long, Post> byId = new HashMap<>();
        Map<Long, List<String>> channels = new HashMap<>();
        Map<Long, List<StoredAttachment>> files = new HashMap<>();
        Map<Long, Long> approvers = new HashMap<>();
        posts.jdbi().useHandle(h -> {
            PostDao dao = h.attach(PostDao.class);
            for (int i = 0; i < ids.size(); i += 1000) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + 1000));
                dao.byIds(chunk).forEach(p -> byId.put(p.id(), p));
                dao.channelsOf(chunk).forEach(c -> channels.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(c.channel()));
                dao.attachmentsOf(chunk).forEach(f -> files.computeIfAbsent(f.postId(), k -> new ArrayList<>()).add(f.attachment()));
                dao.approvalsOf(chunk).forEach(a -> approvers.put(a.postId(), a.ref()));   // the last approval wins
            }
        });
        Map<Long, String> names = new HashMap<>();
        for (Operator o : posts.operators().list()) {
            names.put(o.id(), o.name());
        }
        Set<Long> unitIds = new HashSet<>();
        rows.forEach(r -> {
            unitIds.add(r.unitId());
            unitIds.addAll(r.targetUnitIds());
        });
        Map<Long, Unit> units = new HashMap<>();
        List<Long> all = List.copyOf(unitIds);
        for (int i = 0; i < all.size(); i += 1000) {
            org.units(all.subList(i, Math.min(all.size(), i + 1000))).forEach(r -> units.put(r.unit().id(), r.unit()));
        }
        Map<Long, DispatchBuilder> out = new HashMap<>();
        for (long id : ids) {
            Post p = byId.get(id);
            if (p == null) {
                continue;
            }
            List<Dispatch.File> attached = files.getOrDefault(id, List.of()).stream()
                    .map(a -> new Dispatch.File(posts.mediaFile(a), packName(a), a.mime(), a.bytes(), a.sha256())).toList();
            Long approver = approvers.get(id);
            out.put(id, new DispatchBuilder(p, List.copyOf(channels.getOrDefault(id, List.of())), attached,
                    names.getOrDefault(p.authorId(), "#" + p.authorId()),
                    approver == null ? null : names.getOrDefault(approver, "#" + approver), units));
        }
        return out;
    }

    Dispatch build(ReleaseLogEntry row, Collection<Integer> seats, Collection<Integer> excluded) {
        Unit d = units.get(row.unitId());
        Dispatch.Place district = d == null ? new Dispatch.Place(row.unitCode(), "DISTRICT", row.unitCode(), null) : place(d);
        List<Dispatch.Place> targets = row.targetUnitIds().stream().map(units::get).filter(java.util.Objects::nonNull)
                .map(DispatchBuilder::place).toList();
        return new Dispatch(row.idempotencyKey(), post.id(), post.title(), post.category(), author, approver,
                post.slotDate(), post.slotNo(), post.scheduledAt(), post.releasedAt(), district, targets, List.copyOf(seats),
                List.copyOf(excluded), channels, post.bodyHi(), post.bodyEn(), files);
    }

    private static Dispatch.Place place(Unit u) {
        return new Dispatch.Place(u.code(), u.kind().name(), u.nameEn(), u.nameHi());
    }

    /** "1-story.jpg": the ordinal keeps names unique; only letters, digits, dot, dash and underscore are kept. */
    static String packName(StoredAttachment a) {
        String ext = a.storedPath().substring(a.storedPath().lastIndexOf('.') + 1);
        String base = a.fileName() == null ? "file" : a.fileName();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        base = base.replaceAll("[^\\p{L}\\p{M}\\p{N}_-]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        if (base.length() > 60) {
            base = base.substring(0, 60);
        }
        return a.ordinal() + "-" + base + "." + ext;
    }
}

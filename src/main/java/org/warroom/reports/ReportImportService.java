package org.warroom.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.operators.Access;
import org.warroom.operators.Principal;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.reports.importers.ChatImportException;
import org.warroom.reports.importers.ChatParse;
import org.warroom.reports.importers.ColumnMapping;
import org.warroom.reports.importers.FormatDetector;
import org.warroom.reports.importers.ImportFormat;
import org.warroom.reports.importers.ReportField;
import org.warroom.reports.importers.ReportTable;
import org.warroom.reports.importers.TableImportException;
import org.warroom.reports.importers.WhatsAppChatParser;

/**
 * Imports report files: WhatsApp chat exports (.txt or .zip), plain CSV with a remembered column mapping, and the
 * CSV downloads of Google Forms, KoboToolbox and ODK Central. The file is read and checked as a whole first (a file
 * that cannot be read raises {@link ReportImportException} and nothing is touched); then the whole import runs in
 * one transaction, roll-ups included, and is committed only at the end: a crash, a cancel (a flag checked between
 * batches) or an all-or-nothing import with errors leaves the database as it was. A dry run does the same work and
 * rolls back, so its counts are exact. Importing the same lines again adds nothing (each line has a source key).
 */
public final class ReportImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ReportImportService.class);
    private static final long MAX_TABLE_BYTES = 64L * 1024 * 1024;
    static final int BATCH = 500;
    /** Rows of a table read, looked up and saved together (see TableImport). */
    static final int TABLE_BATCH = 1000;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Access access;
    private final Clock clock;

    /** Acting as {@code actor} with every right: for tools and tests; the console passes its {@link Access}. */
    public ReportImportService(Jdbi jdbi, AuditLog audit, Actor actor, Clock clock) {
        this(jdbi, audit, new Access(Principal.open(actor.name()), actor.desk()), clock);
    }

    public ReportImportService(Jdbi jdbi, AuditLog audit, Access access, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public ImportSummary importFile(Path file, ImportRequest request) {
        return importFile(file, request, (a, b) -> { }, () -> false);
    }

    /**
     * Imports (or, with {@code request.dryRun()}, previews) a file. {@code progress} receives (done, total) lines;
     * {@code cancelled} is polled between batches of {@value #BATCH}.
     *
     * @throws ReportImportException when the file as a whole cannot be read; nothing was saved
     */
    public ImportSummary importFile(Path file, ImportRequest request, BiConsumer<Long, Long> progress, BooleanSupplier cancelled) {
        String name = String.valueOf(file.getFileName());
        if (Files.isDirectory(file)) {
            throw new ReportImportException(0, name + " is a folder; choose the exported file.");
        }
        if (!Files.exists(file)) {
            throw new ReportImportException(0, "The file " + name + " does not exist.");
        }
        ImportFormat format = request.format() == ImportFormat.AUTO ? detect(file) : request.format();
        if (format == ImportFormat.WHATSAPP) {
            ChatParse chat;
            try {
                chat = new WhatsAppChatParser().parse(file);
            } catch (ChatImportException e) {
                throw new ReportImportException(e.line(), e.getMessage());
            }
            return execute(name, format, sha256(file), request, null, progress, cancelled,
                    run -> new ChatImport(run).run(chat, BATCH, progress::accept, cancelled), chat.notes());
        }
        byte[] bytes = readTable(file);
        ReportTable table;
        ColumnMapping mapping;
        String source;
        try {
            table = ReportTable.read(bytes, format);
            source = request.sourceName() != null && !request.sourceName().isBlank() ? request.sourceName().strip()
                    : format.label() + ":" + ImportRun.sha256(String.join("\u001F", table.header().stream()
                            .map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList())).substring(0, 16);
            Map<String, ReportField> explicit = request.mapping();
            if (explicit.isEmpty()) {
                explicit = savedMapping(source).map(ColumnMapping::parseSpec).orElse(Map.of());
            }
            mapping = ColumnMapping.of(table.header(), explicit);
            List<String> missing = mapping.missing();
            if (!missing.isEmpty()) {
                throw new TableImportException(1, "no column holds " + String.join(" or ", missing) + ". The columns are: "
                        + String.join(", ", table.header().stream().map(h -> "\"" + h.strip() + "\"").toList())
                        + ". Name them with --map, for example --map \"Mobile No=phone,Report date=date\".");
            }
        } catch (TableImportException e) {
            throw new ReportImportException(e.line(), e.getMessage());
        }
        if (!request.mapping().isEmpty() && !request.dryRun()) {
            saveMapping(source, mapping.spec());
        }
        ColumnMapping m = mapping;
        return execute(name, format, ImportRun.sha256(bytes), request, m.describe(), progress, cancelled,
                run -> new TableImport(run, format, m).run(table, TABLE_BATCH, progress::accept, cancelled), List.of());
    }

    private interface Body {
        boolean run(ImportRun run);
    }

    private ImportSummary execute(String name, ImportFormat format, String sha, ImportRequest request, Map<String, String> mapping,
                                  BiConsumer<Long, Long> progress, BooleanSupplier cancelled, Body body, List<String> parseNotes) {
        if (!request.dryRun()) {
            access.requireChange(null, List.of());
        }
        try (Handle h = jdbi.open()) {
            h.begin();
            try {
                LocalDateTime now = LocalDateTime.now(clock.withZone(ReportRules.IST));
                Optional<LocalDateTime> before = h.createQuery("SELECT MAX(at) FROM report_import WHERE sha256 = :sha")
                        .bind("sha", sha).mapTo(LocalDateTime.class).findOne();
                long importId = h.createUpdate("INSERT INTO report_import (file_name, sha256, format, at, operator) "
                                + "VALUES (:name, :sha, :format, :at, :op)")
                        .bind("name", name.length() > 260 ? name.substring(0, 260) : name).bind("sha", sha)
                        .bind("format", format.label()).bind("at", now).bind("op", access.actor().name())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                String scope = request.scopeUnitId() == null ? "/%" : UnitInfo.of(h, request.scopeUnitId()).path() + "%";
                ImportRun run = new ImportRun(h, access.actor().name(), clock, importId, scope, access.current());
                run.notes.addAll(parseNotes);
                before.ifPresent(t -> run.notes.add("This exact file was imported before (" + t.toLocalDate()
                        + "); lines already imported are skipped."));
                boolean finished = body.run(run);
                boolean commit = finished && !request.dryRun()
                        && (request.mode() == ImportMode.KEEP_GOOD || run.errors.isEmpty());
                if (commit) {
                    h.createUpdate("UPDATE report_import SET total = :t, reports = :r, merged = :m, queued = :q, system_lines = :s, "
                                    + "media = :md, duplicates = :d, errors = :e WHERE id = :id")
                            .bind("t", run.total).bind("r", run.saved).bind("m", run.merged).bind("q", run.queued)
                            .bind("s", run.system).bind("md", run.media).bind("d", run.duplicates).bind("e", run.errors.size())
                            .bind("id", importId).execute();
                    audit.record(h, access.actor(), "IMPORT", "report_import", importId, null, name + ": " + run.total + " lines, "
                            + run.saved + " reports, " + run.queued + " queued, " + run.errors.size() + " errors");
                    h.commit();
                } else {
                    h.rollback();
                }
                ImportSummary s = new ImportSummary(name, format, sha, run.total, run.saved, run.merged, run.queued, run.system,
                        run.media, run.duplicates, run.errors, run.skipped, run.notes, mapping, request.mode(), request.dryRun(),
                        commit, !finished, commit ? importId : null);
                LOG.info("report import of {} ({}): {}", name, format.label(), s.summary());
                return s;
            } catch (RuntimeException e) {
                h.rollback();
                throw e;
            }
        }
    }

    private static ImportFormat detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return FormatDetector.detect(in.readNBytes(8192));
        } catch (IOException e) {
            throw new ReportImportException(0, "The file " + file.getFileName() + " could not be read ("
                    + e.getClass().getSimpleName() + "). Check that it is not open in another program.");
        }
    }

    private static byte[] readTable(Path file) {
        try {
            if (Files.size(file) > MAX_TABLE_BYTES) {
                throw new ReportImportException(0, file.getFileName() + " is larger than 64 MB; split it into smaller files.");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportImportException(0, "The file " + file.getFileName() + " does not exist.");
        } catch (IOException e) {
            throw new ReportImportException(0, "The file " + file.getFileName() + " could not be read ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new ReportImportException(0, "The file " + file.getFileName() + " could not be read.");
        }
    }

    /** The column mapping remembered for a CSV source, as a --map spec. */
    public Optional<String> savedMapping(String sourceName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT mapping FROM csv_mapping WHERE source_name = :s")
                .bind("s", sourceName).mapTo(String.class).findOne());
    }

    private void saveMapping(String source, String spec) {
        jdbi.useTransaction(h -> {
            LocalDateTime now = LocalDateTime.now(clock.withZone(ReportRules.IST));
            if (h.createUpdate("UPDATE csv_mapping SET mapping = :m, updated_at = :at WHERE source_name = :s")
                    .bind("m", spec).bind("at", now).bind("s", source).execute() == 0) {
                h.createUpdate("INSERT INTO csv_mapping (source_name, mapping, updated_at) VALUES (:s, :m, :at)")
                        .bind("m", spec).bind("at", now).bind("s", source).execute();
            }
        });
    }
}

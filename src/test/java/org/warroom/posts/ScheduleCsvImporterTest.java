package org.warroom.posts;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.OperatorRole;
import org.warroom.posts.ScheduleImportReport.Line;
import org.warroom.posts.ScheduleImportReport.Mode;
import org.warroom.testing.MutableClock;
import org.warroom.testing.TestDb;

@BothEngines
class ScheduleCsvImporterTest {
    private static final String HEADER = "date,slot,title,body_hi,body_en,category,targets,channels,author\n";

    @TempDir
    static Path dir;
    static AppContext ctx;
    static PostsKit k;
    static ScheduleCsvImporter importer;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("db"));
        k = new PostsKit(ctx, MutableClock.ist(2027, 2, 10, 10, 0), dir.resolve("media"), PostsKit.slotsWithSix());
        k.operator("Asha Verma", OperatorRole.WRITER);
        k.operator("Neeraj Gupta", OperatorRole.LEADERSHIP_VIEWER);
        k.calendar.replacePhases(PostsKit.twoPhases(), null);
        importer = new ScheduleCsvImporter(ctx.org(), k.operators, k.posts);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static Path csv(String name, String body) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + body);
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() throws Exception {
        Path f = csv("bad.csv", ""
                + "2027-02-12,2,Good one,किसान सम्मान निधि,,BENEFICIARY_STORY,D-SULTANPUR;AC-187,whatsapp;x,Asha Verma\n"   // 2
                + "2027-02-30,2,Bad date,नमस्ते,,ODOP,AC-187,whatsapp,Asha Verma\n"                                        // 3
                + "2027-02-12,9,Bad slot,नमस्ते,,ODOP,AC-187,whatsapp,Asha Verma\n"                                        // 4
                + "2027-02-12,3,Bad target,नमस्ते,,ODOP,AC-999;D-NOWHERE,whatsapp,Asha Verma\n"                            // 5
                + "2027-02-12,3,Bad channel,नमस्ते,,ODOP,AC-187,telegram,Asha Verma\n"                                     // 6
                + "2027-02-12,3,No author,नमस्ते,,ODOP,AC-187,whatsapp,Nobody\n"                                            // 7
                + "2027-02-12,3,No body,,,ODOP,AC-187,whatsapp,Asha Verma\n"                                               // 8
                + "2027-02-10,1,Past,नमस्ते,,ODOP,AC-187,whatsapp,Asha Verma\n"                                            // 9
                + "2027-02-19,3,Silent,नमस्ते,,ODOP,AC-188,whatsapp,Asha Verma\n"                                          // 10
                + "2027-02-12,3,Viewer,नमस्ते,,ODOP,AC-187,whatsapp,Neeraj Gupta\n"                                        // 11
                + "2027-02-12,3,Too long for X," + "क".repeat(300) + ",,ODOP,AC-187,x,Asha Verma\n"                        // 12
                + "2027-02-12,3,Unknown category,नमस्ते,,GOSSIP,AC-187,whatsapp,Asha Verma\n"                              // 13
                + "2027-02-12,2,Good one,किसान सम्मान निधि,,BENEFICIARY_STORY,D-SULTANPUR;AC-187,whatsapp;x,Asha Verma\n"  // 14
                + "2027-02-12,2,\"Short,line\"\n"                                                                          // 15
                + ",,,,,,,,\n");
        int before = k.posts.list(null).size();
        ScheduleImportReport r = importer.importFile(f, Mode.ALL_OR_NOTHING, false);
        assertThat(r.saved()).isFalse();
        assertThat(r.rowsRead()).isEqualTo(14);
        assertThat(r.errors()).extracting(Line::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(r.errors()).extracting(Line::message).satisfiesExactly(
                m -> assertThat(m).startsWith("line 3: date: \"2027-02-30\" is not a day on the calendar"),
                m -> assertThat(m).contains("slot: \"9\" is not a slot"),
                m -> assertThat(m).contains("targets: no unit has the code AC-999, D-NOWHERE"),
                m -> assertThat(m).contains("channels: telegram is not a channel"),
                m -> assertThat(m).contains("author: there is no operator named \"Nobody\""),
                m -> assertThat(m).contains("body_hi/body_en: The post has no text"),
                m -> assertThat(m).contains("date/slot: Slot 1 on 10/02/2027").contains("is in the past"),
                m -> assertThat(m).contains("Nothing can go to AC-188").contains("seat 188: from 18/02/2027 18:00 until 20/02/2027 18:00 IST"),
                m -> assertThat(m).contains("author: Neeraj Gupta is a leadership viewer"),
                m -> assertThat(m).contains("X: 300 of 280 weighted characters"),
                m -> assertThat(m).contains("category: There is no category \"GOSSIP\""),
                m -> assertThat(m).contains("already on line 2"),
                m -> assertThat(m).isEqualTo("line 15: this line has 3 fields but the header has 9. A text with a comma must "
                        + "be in double quotes (\"Sultanpur, Amethi\"); check for a missing or extra comma."));
        assertThat(r.errors()).extracting(Line::message).noneMatch(m -> m.contains(".."));
        assertThat(k.posts.list(null)).hasSize(before);

        ScheduleImportReport kept = importer.importFile(f, Mode.KEEP_GOOD, false);
        assertThat(kept.saved()).isTrue();
        assertThat(kept.imported()).isEqualTo(1);
        Post p = k.posts.post(kept.postIds().getFirst()).orElseThrow();
        assertThat(p.status()).isEqualTo(PostStatus.SUBMITTED);
        assertThat(p.slotDate()).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(k.posts.detail(p.id()).channels()).containsExactlyInAnyOrder(Channel.WHATSAPP, Channel.X);
        assertThat(k.posts.history(p.id())).extracting(PostHistoryEntry::toStatus).containsExactly(PostStatus.DRAFT, PostStatus.SUBMITTED);
    }

    @Test
    void aCleanFileIsCreatedWithWarningsForSharedSlotsAndSilentSeats() throws Exception {
        Path f = csv("good.csv", ""
                + "13/02/2027,09:30,ODOP Sultanpur,मूंज उत्पाद,Moonj craft,One District One Product,D-SULTANPUR,whatsapp;facebook,asha verma\n"
                + "2027-02-13,2,Rebuttal,,Facts on roads,rebuttal,D-SULTANPUR,x,Asha Verma\n"
                + "2027-02-19,4,District on the eve,संदेश,,POSITIVE_NEWS,D-SULTANPUR,whatsapp,Asha Verma\n");
        ScheduleImportReport dry = importer.preview(f, Mode.ALL_OR_NOTHING);
        assertThat(dry.clean()).isTrue();
        assertThat(dry.saved()).isFalse();
        assertThat(dry.imported()).isEqualTo(3);
        assertThat(dry.warnings()).extracting(Line::message).satisfiesExactly(
                m -> assertThat(m).startsWith("line 3: line 2 also has a post in this slot for the same target (D-SULTANPUR)"),
                m -> assertThat(m).startsWith("line 4: Silence period (RP Act s.126) in seats 187, 188"));
        ScheduleImportReport r = importer.importFile(f, Mode.ALL_OR_NOTHING, false);
        assertThat(r.saved()).isTrue();
        assertThat(r.postIds()).hasSize(3);
        assertThat(r.summary()).isEqualTo("3 rows read: 3 posts created and submitted for approval, 2 warnings.");
        assertThat(k.posts.post(r.postIds().getFirst()).orElseThrow().category()).isEqualTo("ODOP");
    }

    @Test
    void aFileThatIsNotASchedulesaysSo() throws Exception {
        assertThat(importer.importFile(dir.resolve("missing.csv"), Mode.KEEP_GOOD, false).errors())
                .extracting(Line::message).containsExactly("The file missing.csv does not exist.");
        Path semi = Files.writeString(dir.resolve("semi.csv"), "date;slot;title;body_hi;body_en;category;targets;channels;author\n");
        assertThat(importer.importFile(semi, Mode.KEEP_GOOD, false).errors()).extracting(Line::message)
                .singleElement().asString().startsWith("line 1: the columns are separated by semicolons");
        Path noHeader = Files.writeString(dir.resolve("nohead.csv"), "date,slot,title\n2027-02-12,2,x\n");
        assertThat(importer.importFile(noHeader, Mode.KEEP_GOOD, false).errors()).extracting(Line::message)
                .singleElement().asString().contains("the header lacks body_hi, body_en, category, targets, channels, author");
        Path latin1 = Files.write(dir.resolve("latin1.csv"), (HEADER + "2027-02-12,2,caf\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(importer.importFile(latin1, Mode.KEEP_GOOD, false).errors()).extracting(Line::message)
                .singleElement().asString().contains("is not UTF-8 text");
        // a quote that never closes: the lines before it are still checked, and it is named with its line
        Path quote = csv("quote.csv", "2027-02-12,3,Unknown category,नमस्ते,,GOSSIP,AC-187,whatsapp,Asha Verma\n"
                + "2027-02-12,3,\"Open quote,नमस्ते,,ODOP,AC-187,whatsapp,Asha Verma\n");
        ScheduleImportReport broken = importer.importFile(quote, Mode.KEEP_GOOD, false);
        assertThat(broken.errors()).extracting(Line::line).containsExactly(2L, 3L);
        assertThat(broken.errors().get(0).message()).contains("There is no category \"GOSSIP\"");
        assertThat(broken.errors().get(1).message()).isEqualTo("line 3: a double quote (\") opens a field that is never closed, "
                + "so the rest of the file cannot be read; a quote inside a field is written twice (\"\").");
        Path onlyHeader = csv("empty.csv", "");
        assertThat(importer.importFile(onlyHeader, Mode.KEEP_GOOD, false).errors()).extracting(Line::message)
                .containsExactly("The file has a header but no posts: add one line per post below it.");
    }
}

package org.warroom.posts;

import org.warroom.testing.BothEngines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.operators.OperatorRole;
import org.warroom.posts.dispatch.TestReceiver;
import org.warroom.posts.dispatch.TestReceiver.Act;
import org.warroom.posts.dispatch.WebhookConfig;
import org.warroom.testing.MutableClock;
import org.warroom.testing.TestDb;

/**
 * The webhook against a real local HTTP server that checks the signature and keeps idempotency keys: success, 500s
 * then success, a reply after the timeout, garbage, a refused signature, a refused connection and a console that
 * stopped half-way. Nothing is taken twice and nothing is lost. Back-off waits move the test's clock.
 */
@BothEngines
class WebhookReleaseTest {
    static final String SECRET = "s3cret-shared-with-the-desk-server";
    @TempDir
    static Path dir;
    static AppContext ctx;
    static Operator asha;
    static Operator meena;
    static int day = 1;
    TestReceiver receiver;

    @BeforeAll
    static void build() {
        ctx = TestDb.sultanpur(dir.resolve("db"));
        ReleaseKit r = new ReleaseKit(ctx, MutableClock.ist(2027, 3, 1, 10, 0), dir.resolve("data"));
        asha = r.op("Asha Verma", OperatorRole.WRITER);
        meena = r.op("Meena Yadav", OperatorRole.COORDINATOR);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @AfterEach
    void stop() throws Exception {
        if (receiver != null) {
            receiver.close();
        }
    }

    /** A kit on a new day of March 2027 (so tests never share a slot), with the webhook pointing at {@code url}. */
    private ReleaseKit kit(java.net.URI url, String secret, Duration timeout, int attempts) {
        day++;
        ReleaseKit r = new ReleaseKit(ctx, MutableClock.ist(2027, 3, day, 8, 0), dir.resolve("data"));
        r.posts().webhook().save(new WebhookConfig(url, secret, timeout, attempts));
        return r;
    }

    /** Schedules a post for 09:30 today and releases it at 09:30; returns its log. */
    private List<ReleaseLogEntry> release(ReleaseKit r, String title) {
        LocalDate d = LocalDate.of(2027, 3, day);
        Post p = r.scheduled(asha, meena, d, 2, false, r.k.draft(title, "AC-188")
                .withText(title, "सड़क बनी: " + title, "A road was built: " + title));
        r.clock.set(PostsKit.ist(3, day, 9, 30));
        ReleaseRun run = r.releases.releaseDue(true);
        assertThat(run.released()).extracting(o -> o.post().id()).contains(p.id());
        return r.log(p.id());
    }

    private static ReleaseLogEntry webhookRow(List<ReleaseLogEntry> log) {
        return log.stream().filter(e -> e.channel().equals("WEBHOOK")).findFirst().orElseThrow();
    }

    @Test
    void aReleasedPostReachesTheWebhookSignedAndKeyed() throws Exception {
        receiver = new TestReceiver(SECRET, 0);
        ReleaseKit r = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 3);
        List<ReleaseLogEntry> log = release(r, "Road");
        assertThat(log).extracting(ReleaseLogEntry::channel, ReleaseLogEntry::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PACK", ReleaseStatus.PACKED),
                org.assertj.core.groups.Tuple.tuple("WEBHOOK", ReleaseStatus.SENT));
        ReleaseLogEntry row = webhookRow(log);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.idempotencyKey()).isNotEqualTo(log.getFirst().idempotencyKey());

        assertThat(receiver.requests()).singleElement().satisfies(q -> {
            assertThat(q.signatureOk()).isTrue();
            assertThat(q.key()).isEqualTo(row.idempotencyKey());
            // the signature is the hex HMAC-SHA256 of the raw body with the shared secret, as the README shows
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(q.signature()).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(q.body())));
            JsonNode b = new ObjectMapper().readTree(q.body());
            assertThat(b.get("event").asText()).isEqualTo("post.released");
            assertThat(b.get("idempotency_key").asText()).isEqualTo(row.idempotencyKey());
            assertThat(b.get("post").get("id").asLong()).isEqualTo(row.postId());
            assertThat(b.get("post").get("approver").asText()).isEqualTo("Meena Yadav");
            assertThat(b.get("slot").get("date").asText()).isEqualTo("2027-03-0" + day);
            assertThat(b.get("district").get("code").asText()).isEqualTo("D-SULTANPUR");
            assertThat(b.get("seats").toString()).isEqualTo("[188]");
            assertThat(b.get("texts").get("hi").asText()).isEqualTo("सड़क बनी: Road");
            assertThat(b.get("texts").get("en").asText()).isEqualTo("A road was built: Road");
            assertThat(b.get("pack").asText()).isEqualTo(log.getFirst().packPath());
        });
        assertThat(receiver.taken()).containsOnlyKeys(row.idempotencyKey());
    }

    @Test
    void twoServerErrorsThenSuccessIsOneDeliveryAfterBackOff() throws Exception {
        receiver = new TestReceiver(SECRET, 0).then(Act.ERROR_500, Act.ERROR_500);
        ReleaseKit r = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 5);
        ReleaseLogEntry row = webhookRow(release(r, "Retry"));
        assertThat(row.status()).isEqualTo(ReleaseStatus.SENT);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(receiver.requests()).extracting(TestReceiver.Request::status).containsExactly(500, 500, 200);
        // every attempt is the same request: same key, same body
        assertThat(receiver.requests()).extracting(TestReceiver.Request::key).containsOnly(row.idempotencyKey());
        assertThat(receiver.requests()).extracting(TestReceiver.Request::text).containsOnly(receiver.requests().getFirst().text());
        assertThat(receiver.taken()).hasSize(1);
        assertThat(r.slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void aReplyAfterTheTimeoutIsRetriedAndTheReceiverTakesItOnce() throws Exception {
        receiver = new TestReceiver(SECRET, 1500).then(Act.SLOW);
        ReleaseKit r = kit(receiver.url(), SECRET, Duration.ofMillis(400), 3);
        ReleaseLogEntry row = webhookRow(release(r, "Slow"));
        assertThat(row.status()).isEqualTo(ReleaseStatus.SENT);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(receiver.taken()).hasSize(1);
        long until = System.currentTimeMillis() + 5000;
        while (receiver.requests().size() < 2 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(receiver.requests()).extracting(TestReceiver.Request::key).containsExactly(row.idempotencyKey(), row.idempotencyKey());

        // a receiver that never answers in time: bounded attempts, then failed with the reason
        receiver.otherwise(Act.SLOW);
        ReleaseKit again = kit(receiver.url(), SECRET, Duration.ofMillis(300), 2);
        ReleaseLogEntry gave = webhookRow(release(again, "Never in time"));
        assertThat(gave.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(gave.attempts()).isEqualTo(2);
        assertThat(gave.reason()).isEqualTo("gave up after 2 attempts: no reply within 300 ms");
    }

    @Test
    void garbageIsRetriedAndAlwaysGarbageFails() throws Exception {
        receiver = new TestReceiver(SECRET, 0).then(Act.GARBAGE);
        ReleaseKit r = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 3);
        ReleaseLogEntry row = webhookRow(release(r, "Garbage once"));
        assertThat(row.status()).isEqualTo(ReleaseStatus.SENT);
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(receiver.taken()).hasSize(1);

        receiver.otherwise(Act.GARBAGE);
        ReleaseKit again = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 3);
        ReleaseLogEntry bad = webhookRow(release(again, "Garbage always"));
        assertThat(bad.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(bad.attempts()).isEqualTo(3);
        assertThat(bad.reason()).startsWith("gave up after 3 attempts: HTTP 200 but the reply is not JSON (<html><body>Service");
        assertThat(receiver.taken()).hasSize(1);
    }

    @Test
    void aRefusedSignatureOrRequestIsNotRetried() throws Exception {
        receiver = new TestReceiver(SECRET, 0);
        ReleaseKit r = kit(receiver.url(), "not-the-secret-the-server-knows", Duration.ofSeconds(5), 5);
        ReleaseLogEntry row = webhookRow(release(r, "Wrong secret"));
        assertThat(row.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.reason()).startsWith("HTTP 401").contains("check the shared secret")
                .doesNotContain("not-the-secret").doesNotContain(SECRET);
        assertThat(receiver.requests()).singleElement().extracting(TestReceiver.Request::signatureOk).isEqualTo(false);

        receiver.then(Act.BAD_REQUEST);
        ReleaseKit again = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 5);
        ReleaseLogEntry refused = webhookRow(release(again, "Refused"));
        assertThat(refused.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.reason()).isEqualTo("HTTP 422: {\"error\":\"unknown district\"}");
        assertThat(receiver.taken()).isEmpty();
        // the secret is in no audit row
        long leaked = ctx.db().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE before_value LIKE :s "
                + "OR after_value LIKE :s").bind("s", "%" + SECRET + "%").mapTo(Long.class).one());
        assertThat(leaked).isZero();
        assertThat(r.posts().webhook().current().orElseThrow().toString()).doesNotContain("not-the-secret");
    }

    @Test
    void aRefusedConnectionIsRetriedThenFailedAndARedeliveryThenSends() throws Exception {
        TestReceiver gone = new TestReceiver(SECRET, 0);
        java.net.URI url = gone.url();
        gone.close();
        ReleaseKit r = kit(url, SECRET, Duration.ofSeconds(2), 3);
        List<ReleaseLogEntry> log = release(r, "Nobody listening");
        ReleaseLogEntry row = webhookRow(log);
        assertThat(row.status()).isEqualTo(ReleaseStatus.FAILED);
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.reason()).contains("connection refused");
        assertThat(log.getFirst().status()).isEqualTo(ReleaseStatus.PACKED);

        // the desk's server is back on another port; a coordinator redelivers: sent once, the pack is not rewritten
        receiver = new TestReceiver(SECRET, 0);
        r.posts().webhook().save(new WebhookConfig(receiver.url(), SECRET, Duration.ofSeconds(2), 3));
        assertThat(r.releases.redeliver(row.postId(), meena.id(), true)).isEqualTo(1);
        ReleaseLogEntry sent = webhookRow(r.log(row.postId()));
        assertThat(sent.status()).isEqualTo(ReleaseStatus.SENT);
        assertThat(sent.idempotencyKey()).isEqualTo(row.idempotencyKey());
        assertThat(receiver.taken()).containsOnlyKeys(row.idempotencyKey());
    }

    @Test
    void aConsoleThatStoppedHalfWayIsTakenOverWithTheSameKeyAndNothingIsTakenTwice() throws Exception {
        receiver = new TestReceiver(SECRET, 0);
        ReleaseKit r = kit(receiver.url(), SECRET, Duration.ofSeconds(5), 3);
        ReleaseLogEntry row = webhookRow(release(r, "Half way"));
        assertThat(receiver.taken()).hasSize(1);
        // as if another console had claimed the row, sent it and died before writing down the result
        ctx.db().jdbi().useHandle(h -> h.createUpdate("UPDATE release_log SET status = 'SENDING', claim_token = 'dead', "
                + "last_attempt_at = :at WHERE id = :id").bind("at", r.clock.instant().minus(Duration.ofMinutes(1)))
                .bind("id", row.id()).execute());
        // within its lease nobody touches it
        assertThat(r.releases.deliver(true).attempts()).isZero();
        r.clock.advance(Duration.ofMinutes(2));
        DeliveryReport d = r.releases.deliver(true);
        assertThat(d.sent()).isEqualTo(1);
        assertThat(receiver.requests()).hasSize(2).extracting(TestReceiver.Request::key).containsOnly(row.idempotencyKey());
        assertThat(receiver.taken()).hasSize(1);
        assertThat(webhookRow(r.log(row.postId())).status()).isEqualTo(ReleaseStatus.SENT);
        // and a second pass sends nothing
        assertThat(r.releases.releaseDue(true).deliveries().attempts()).isZero();
        assertThat(receiver.requests()).hasSize(2);
    }
}

package org.warroom.posts.dispatch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP webhook: POSTs the dispatch as JSON with {@code X-WarRoom-Signature: sha256=<HMAC-SHA256 of the body>}
 * and an {@code Idempotency-Key} that stays the same for a post, district and channel, so the receiver can tell a
 * retry from a second send. A 2xx reply whose body is empty or JSON is a delivery. A timeout, a refused connection,
 * a 5xx, 408, 429 or a reply that cannot be read is worth retrying; any other 4xx (a wrong signature, a bad URL) is
 * not. Nothing here logs the secret or the body.
 */
public final class WebhookChannel implements DispatchChannel {
    public static final String NAME = "WEBHOOK";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    private static final int SHOWN = 120;

    private final WebhookConfig config;
    private final HttpClient client;

    public WebhookChannel(WebhookConfig config) {
        this(config, HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build());
    }

    WebhookChannel(WebhookConfig config, HttpClient client) {
        this.config = config;
        this.client = client;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(config.attempts(), Duration.ofSeconds(2), Duration.ofMinutes(1));
    }

    public WebhookConfig config() {
        return config;
    }

    @Override
    public Attempt deliver(Dispatch d) {
        byte[] body = DispatchJson.webhook(d);
        HttpRequest request = HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "WarRoomConsole")
                .header(IDEMPOTENCY_HEADER, d.idempotencyKey())
                .header(Signatures.HEADER, Signatures.sign(config.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> reply;
        try {
            reply = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return Attempt.retry("no reply within " + config.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return Attempt.retry("connection refused or unreachable (" + config.url().getHost() + ":" + port() + ")");
        } catch (IOException e) {
            return Attempt.retry("the connection failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.retry("interrupted while waiting for the reply");
        }
        return judge(reply.statusCode(), reply.body(), d);
    }

    private Attempt judge(int status, String body, Dispatch d) {
        String text = body == null ? "" : body.strip();
        if (status >= 200 && status < 300) {
            if (text.isEmpty() || DispatchJson.isJson(text)) {
                LOG.info("webhook: post {} to {} delivered (HTTP {})", d.postId(), d.district().code(), status);
                return Attempt.sent("HTTP " + status);
            }
            return Attempt.retry("HTTP " + status + " but the reply is not JSON (" + shorten(text) + ")");
        }
        String said = text.isEmpty() ? "" : ": " + shorten(text);
        if (status >= 500 || status == 408 || status == 429) {
            return Attempt.retry("HTTP " + status + said);
        }
        LOG.warn("webhook: post {} to {} refused with HTTP {}", d.postId(), d.district().code(), status);
        return Attempt.failed("HTTP " + status + said + (status == 401 || status == 403
                ? " (the receiver refused the signature or the key: check the shared secret)" : ""));
    }

    private int port() {
        int p = config.url().getPort();
        return p > 0 ? p : config.url().getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= SHOWN ? one : one.substring(0, SHOWN) + "…";
    }
}

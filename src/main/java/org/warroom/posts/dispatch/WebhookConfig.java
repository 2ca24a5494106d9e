package org.warroom.posts.dispatch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Where the webhook goes and how: its URL (http or https), the shared secret for the signature, the time to wait
 * for a reply, and how many attempts. {@link #toString} never shows the secret, so the value can be logged.
 */
public record WebhookConfig(URI url, String secret, Duration timeout, int attempts) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_ATTEMPTS = 5;
    /** Shorter secrets are refused: an HMAC is only as good as its key. */
    public static final int MIN_SECRET = 16;

    /** @throws IllegalArgumentException naming what is wrong, without repeating the secret */
    public WebhookConfig {
        if (url == null || url.getScheme() == null || url.getHost() == null
                || !(url.getScheme().toLowerCase(Locale.ROOT).equals("http") || url.getScheme().toLowerCase(Locale.ROOT).equals("https"))) {
            throw new IllegalArgumentException("The webhook URL must be an http:// or https:// address, e.g. "
                    + "https://desk.example.org/warroom/release; not " + url + ".");
        }
        if (secret == null || secret.strip().length() < MIN_SECRET) {
            throw new IllegalArgumentException("The webhook secret must be at least " + MIN_SECRET + " characters "
                    + "(it keys the HMAC-SHA256 signature); the one given is "
                    + (secret == null ? "missing" : "only " + secret.strip().length() + " characters") + ".");
        }
        secret = secret.strip();
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("The webhook timeout must be between 1 ms and 2 minutes, not " + timeout + ".");
        }
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("The webhook is tried 1 to 10 times, not " + attempts + ".");
        }
    }

    @Override
    public String toString() {
        return "WebhookConfig[url=" + url + ", secret=(" + secret.length() + " characters), timeout=" + timeout.toMillis()
                + " ms, attempts=" + attempts + "]";
    }
}

package org.warroom.posts;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.platform.db.Settings;
import org.warroom.posts.dispatch.WebhookConfig;

/**
 * The webhook's settings in the database's app settings ({@code webhook.url}, {@code webhook.secret},
 * {@code webhook.timeout_ms}, {@code webhook.attempts}), so every desk on a shared database sends the same way.
 * Changes are audited without the secret; nothing here logs it.
 */
public final class WebhookSettings {
    static final String URL = "webhook.url";
    static final String SECRET = "webhook.secret";
    static final String TIMEOUT = "webhook.timeout_ms";
    static final String ATTEMPTS = "webhook.attempts";

    private final Jdbi jdbi;
    private final Settings settings;
    private final AuditLog audit;
    private final Actor actor;

    WebhookSettings(Jdbi jdbi, AuditLog audit, Actor actor) {
        this.jdbi = jdbi;
        this.settings = new Settings(jdbi);
        this.audit = audit;
        this.actor = actor;
    }

    /** The webhook as configured now; empty when none is (releases then write packs only). */
    public Optional<WebhookConfig> current() {
        Map<String, String> s = settings.withPrefix("webhook.");
        String url = s.get(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WebhookConfig(new URI(url), s.get(SECRET),
                    Duration.ofMillis(Long.parseLong(s.getOrDefault(TIMEOUT, String.valueOf(WebhookConfig.DEFAULT_TIMEOUT.toMillis())))),
                    Integer.parseInt(s.getOrDefault(ATTEMPTS, String.valueOf(WebhookConfig.DEFAULT_ATTEMPTS)))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new PostValidationException("webhook", "The webhook settings are not usable (" + e.getMessage()
                    + "); set them again with ./warroom posts webhook.");
        }
    }

    /** Saves the webhook (checked by {@link WebhookConfig}), with an audit row, in one transaction. */
    public void save(WebhookConfig c) {
        String before = describe(current());
        jdbi.useTransaction(h -> {
            Settings.put(h, URL, c.url().toString());
            Settings.put(h, SECRET, c.secret());
            Settings.put(h, TIMEOUT, String.valueOf(c.timeout().toMillis()));
            Settings.put(h, ATTEMPTS, String.valueOf(c.attempts()));
            audit.record(h, actor, "WEBHOOK", "app_setting", null, before, describe(Optional.of(c)));
        });
    }

    /** Turns the webhook off: later releases write packs only. */
    public void clear() {
        String before = describe(current());
        jdbi.useTransaction(h -> {
            for (String k : new String[] {URL, SECRET, TIMEOUT, ATTEMPTS}) {
                Settings.put(h, k, null);
            }
            audit.record(h, actor, "WEBHOOK", "app_setting", null, before, "none");
        });
    }

    private static String describe(Optional<WebhookConfig> c) {
        return c.map(WebhookConfig::toString).orElse("none");
    }
}

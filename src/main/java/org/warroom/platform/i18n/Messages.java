package org.warroom.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's words in Hindi or English, from i18n/messages_hi and messages_en (UTF-8 properties). */
public final class Messages {
    public static final Locale HINDI = Locale.forLanguageTag("hi-IN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-IN");

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n.messages", locale.getLanguage().equals("hi") ? HINDI : Locale.ROOT);
    }

    public static Messages of(String lang) {
        return new Messages("hi".equalsIgnoreCase(lang) ? HINDI : ENGLISH);
    }

    public boolean hindi() {
        return locale.getLanguage().equals("hi");
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}

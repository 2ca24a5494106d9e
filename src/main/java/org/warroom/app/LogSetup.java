package org.warroom.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * The log, set up in code: {@code logs/warroom.log} in the data folder (Main sets {@code warroom.logs} before anything
 * logs), rolled daily and at 10 MB, 14 days and 200 MB kept; warnings from libraries, information from the console.
 * Logback reading an XML file for the same cost ~150 ms of every start before the window could begin (Joran's XML
 * parsing and reflection). A file named by {@code -Dlogback.configurationFile}, or the tests' logback-test.xml, still
 * takes over. Phone numbers are never logged (see PersonalData); nothing here changes that.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext ctx) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        toFolder(ctx, System.getProperty("warroom.logs", System.getProperty("user.home") + "/.local/share/warroom/logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends {@code ctx}'s logging to {@code logs}/warroom.log, with the console's levels. */
    static void toFolder(LoggerContext ctx, String logs) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern(PATTERN);
        encoder.start();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName("FILE");
        file.setFile(logs + "/warroom.log");
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(ctx);
        rolling.setParent(file);
        rolling.setFileNamePattern(logs + "/warroom.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        ctx.getLogger("org.flywaydb").setLevel(Level.ERROR);
        ctx.getLogger("org.warroom").setLevel(Level.INFO);
        ch.qos.logback.classic.Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
    }
}

package org.warroom.cli;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warroom.app.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `warroom`: with no command it opens the console window; with one it runs without a window. */
@Command(name = "warroom", mixinStandardHelpOptions = true, version = "War Room Console 0.1.0",
        description = "The war room's console: the organisation tree, volunteers and coverage, posts and the election calendar.",
        subcommands = {StatsCommand.class, DemoCommand.class, GeographyCommand.class, VolunteersCommand.class, WingsCommand.class,
                PostsCommand.class, CalendarCommand.class, OperatorsCommand.class, ReportsCommand.class, SearchCommand.class,
                ServeCommand.class, PeopleCommand.class, BackupCommand.class, RestoreCommand.class,
                AuditCommand.class, BriefCommand.class, DashboardCommand.class, EncryptionCommands.Encrypt.class,
                EncryptionCommands.Decrypt.class})
public final class WarRoomCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    private final Consumer<LaunchOptions> openWindow;

    public WarRoomCommand(Consumer<LaunchOptions> openWindow) {
        this.openWindow = openWindow;
    }

    @Override
    public Integer call() {
        openWindow.accept(new LaunchOptions(global.dataDir(), global.dbUrl(), global.desk(), global.lang(), global.dbPassword,
                global.dbUser == null ? "warroom" : global.dbUser).withKey(global.windowKey()));
        return 0;
    }
}

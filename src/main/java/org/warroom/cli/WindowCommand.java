package org.warroom.cli;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.warroom.app.LaunchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Opening the window needs only the global options: this command parses them without building the model of every
 * subcommand, which costs a noticeable part of start-up. {@link #SUBCOMMANDS} must name every subcommand of
 * {@link WarRoomCommand} (a test checks); anything else on the command line goes to the full command.
 */
@Command(name = "warroom")
public final class WindowCommand implements Callable<Integer> {
    /** The names of WarRoomCommand's subcommands (WindowCommandTest keeps this list true). */
    public static final Set<String> SUBCOMMANDS = Set.of("stats", "demo", "geography", "volunteers", "wings", "posts",
            "calendar", "operators", "reports", "search", "serve", "people", "backup", "restore", "audit", "brief", "dashboard", "encrypt", "decrypt",
            "help");

    @Mixin
    GlobalOptions global;

    private final Consumer<LaunchOptions> openWindow;

    public WindowCommand(Consumer<LaunchOptions> openWindow) {
        this.openWindow = openWindow;
    }

    /** Whether these arguments only open the window (no subcommand, no help or version request). */
    public static boolean opensWindow(String[] args) {
        for (String a : args) {
            if (SUBCOMMANDS.contains(a) || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Integer call() {
        openWindow.accept(new LaunchOptions(global.dataDir(), global.dbUrl(), global.desk(), global.lang(), global.dbPassword,
                global.dbUser == null ? "warroom" : global.dbUser).withKey(global.windowKey()));
        return 0;
    }
}

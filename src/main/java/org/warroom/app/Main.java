package org.warroom.app;

import org.warroom.cli.CliErrors;
import org.warroom.cli.WarRoomCommand;
import org.warroom.platform.db.DataFolder;
import picocli.CommandLine;

/** The entry point; it does not extend Application, so a plain classpath launch works. */
public final class Main {
    private Main() {
    }

    /** When main began (System.nanoTime), for the start-up milestones in the log. */
    static final long STARTED = System.nanoTime();

    public static void main(String[] args) {
        System.setProperty("warroom.logs", DataFolder.defaultPathFor(dataArg(args)).resolve("logs").toString());
        if (System.getProperty("java.awt.headless") == null) {
            // AWT only draws into images here (the report charts, PNG files, the briefing's PDF); headless, it does not
            // open an X connection of its own beside JavaFX's when the Reports tab first draws a chart
            System.setProperty("java.awt.headless", "true");
        }
        // opening the window parses the global options alone; the full command model is built for commands only
        CommandLine cmd = org.warroom.cli.WindowCommand.opensWindow(args)
                ? new CommandLine(new org.warroom.cli.WindowCommand(WarRoomApp::launchWith))
                : new CommandLine(new WarRoomCommand(WarRoomApp::launchWith));
        cmd.setExecutionExceptionHandler(new CliErrors());
        // the window's launch blocks until it is closed, so exiting here is right for both
        System.exit(cmd.execute(args));
    }

    /** The value of --data, read before logging starts so the log goes into the data folder. */
    private static String dataArg(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--data=")) {
                return args[i].substring(7);
            }
        }
        return null;
    }
}

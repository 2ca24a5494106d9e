package org.warroom.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.warroom.cli.CliErrors;
import org.warroom.cli.WarRoomCommand;
import picocli.CommandLine;

/** Runs {@code warroom} commands in-process as the shell would (no window), keeping what they print. */
public final class Cli {
    private Cli() {
    }

    /** What a command printed, and its exit code. */
    public record Run(int exit, String out, String err) {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new WarRoomCommand(o -> { }));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.setExecutionExceptionHandler(new CliErrors());
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}

package org.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The window's short path must know every subcommand, or a command would open a window instead of running. */
class WindowCommandTest {
    @Test
    void theShortPathKnowsEverySubcommand() {
        Set<String> names = new HashSet<>(new CommandLine(new WarRoomCommand(o -> { })).getSubcommands().keySet());
        names.add("help");
        assertThat(WindowCommand.SUBCOMMANDS).containsAll(names);
        assertThat(WindowCommand.opensWindow(new String[] {"--data", "/tmp/x", "--lang", "hi"})).isTrue();
        assertThat(WindowCommand.opensWindow(new String[] {"--data", "/tmp/x", "stats"})).isFalse();
        assertThat(WindowCommand.opensWindow(new String[] {"--help"})).isFalse();
    }

    /** ./warroom picks the window's start-up cache by the same names: its list must be this one. */
    @Test
    void theLauncherKnowsTheSameSubcommands() throws java.io.IOException {
        String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("warroom")).stream()
                .filter(l -> l.startsWith("commands=\"")).findFirst().orElseThrow();
        Set<String> inScript = new HashSet<>(java.util.Arrays.asList(line.substring(10, line.length() - 1).trim().split("\\s+")));
        assertThat(inScript).isEqualTo(WindowCommand.SUBCOMMANDS);
    }

    @Test
    void theShortPathReadsTheSameGlobalOptions() {
        String[] got = new String[4];
        new CommandLine(new WindowCommand(o -> {
            got[0] = o.dataDir().toString();
            got[1] = o.desk();
            got[2] = o.lang();
            got[3] = o.dbUrl();
        })).execute("--data", "/tmp/wr-x", "--desk", "Sultanpur", "--lang", "en", "--db", "jdbc:h2:tcp://h/warroom");
        assertThat(got).containsExactly("/tmp/wr-x", "Sultanpur", "en", "jdbc:h2:tcp://h/warroom");
    }
}

package org.warroom.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.warroom.platform.db.Database;

/** The start-up fast path skips Flyway when the database is current: it must know every migration shipped. */
class MigrationsListTest {
    @Test
    void theShippedListMatchesTheMigrationFiles() throws Exception {
        Set<Integer> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).collect(Collectors.toCollection(java.util.HashSet::new));
        }
        assertThat(files).doesNotContainAnyElementsOf(Database.JAVA_MIGRATIONS);
        files.addAll(Database.JAVA_MIGRATIONS);
        assertThat(Database.SHIPPED).isEqualTo(files);
        assertThat(Database.LATEST_MIGRATION).isEqualTo(files.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }
}

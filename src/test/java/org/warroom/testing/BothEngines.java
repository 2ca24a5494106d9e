package org.warroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class whose databases come from {@link TestDb} and that runs on H2 and again on PostgreSQL: the pom's
 * {@code postgres} surefire execution runs the classes with this tag with {@code -Dwarroom.test.db=postgres}.
 * Tests that are about H2 itself (files, backups, AUTO_SERVER, kill -9, its TCP server) do not carry it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(BothEngines.TAG)
public @interface BothEngines {
    String TAG = "both-engines";
}

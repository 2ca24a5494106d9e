package org.warroom.operators.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.warroom.operators.Operator;

/** The operators table. */
@RegisterConstructorMapper(Operator.class)
public interface OperatorDao {
    @SqlQuery("SELECT id, name, role FROM operator ORDER BY name")
    List<Operator> all();

    @SqlQuery("SELECT id, name, role FROM operator WHERE id = :id")
    Optional<Operator> byId(@Bind("id") long id);

    @SqlQuery("SELECT id, name, role FROM operator WHERE LOWER(name) = LOWER(:name)")
    Optional<Operator> byName(@Bind("name") String name);

    @SqlUpdate("INSERT INTO operator (name, role) VALUES (:name, :role)")
    @GetGeneratedKeys("id")
    long insert(@Bind("name") String name, @Bind("role") String role);
}

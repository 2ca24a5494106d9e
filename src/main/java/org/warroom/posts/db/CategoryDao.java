package org.warroom.posts.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.warroom.posts.Category;

/** Post categories: the six the war room started with and the desk's own. */
@RegisterConstructorMapper(Category.class)
public interface CategoryDao {
    @SqlQuery("SELECT code, name_en, name_hi, user_defined FROM category ORDER BY user_defined, name_en")
    List<Category> all();

    @SqlQuery("SELECT code, name_en, name_hi, user_defined FROM category WHERE code = :code")
    Optional<Category> byCode(@Bind("code") String code);

    @SqlUpdate("INSERT INTO category (code, name_en, name_hi, user_defined) VALUES (:c.code, :c.nameEn, :c.nameHi, :c.userDefined)")
    void insert(@BindMethods("c") Category c);
}

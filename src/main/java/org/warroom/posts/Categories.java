package org.warroom.posts;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.warroom.operators.Operator;
import org.warroom.platform.audit.Actor;
import org.warroom.platform.audit.AuditLog;
import org.warroom.posts.db.CategoryDao;

/** The categories of content: the six the war room started with, and the desk's own. */
final class Categories {
    private Categories() {
    }

    static List<Category> all(Jdbi jdbi) {
        return jdbi.withExtension(CategoryDao.class, CategoryDao::all);
    }

    /** The code of an existing category, given its code or its English name in any case. */
    static String require(Handle h, String codeOrName) {
        CategoryDao dao = h.attach(CategoryDao.class);
        String key = codeOrName.strip();
        return dao.byCode(key.toUpperCase(Locale.ROOT)).map(Category::code)
                .or(() -> dao.all().stream().filter(c -> c.nameEn().equalsIgnoreCase(key)).map(Category::code).findFirst())
                .orElseThrow(() -> new PostValidationException("category", "There is no category \"" + key + "\"; "
                        + "categories are " + String.join(", ", dao.all().stream().map(Category::code).toList()) + "."));
    }

    static Category add(Jdbi jdbi, AuditLog audit, Actor actor, Operator op, String code, String nameEn, String nameHi) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!c.matches("[A-Z][A-Z0-9_]{1,31}")) {
            throw new PostValidationException("code", "A category code is 2 to 32 letters, digits or _, starting with "
                    + "a letter (e.g. YOUTH_OUTREACH).");
        }
        if (nameEn == null || nameEn.isBlank() || nameHi == null || nameHi.isBlank()) {
            throw new PostValidationException("name", "A category needs its name in English and in Hindi.");
        }
        if (nameEn.strip().length() > 80 || nameHi.strip().length() > 80) {
            throw new PostValidationException("name", "A category's name is at most 80 characters.");
        }
        Category cat = new Category(c, nameEn.strip(), nameHi.strip(), true);
        return jdbi.inTransaction(h -> {
            CategoryDao dao = h.attach(CategoryDao.class);
            if (dao.byCode(c).isPresent()) {
                throw new PostValidationException("code", "There is already a category " + c + ".");
            }
            dao.insert(cat);
            audit.record(h, new Actor(op.name(), actor.desk()), "ADD", "category", null, null, cat.toString());
            return cat;
        });
    }
}

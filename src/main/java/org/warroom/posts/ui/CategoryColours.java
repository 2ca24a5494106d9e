package org.warroom.posts.ui;

import java.util.List;
import org.warroom.posts.Category;

/** A category keeps its colour on every calendar: its place in the list of categories (built-in ones first). */
final class CategoryColours {
    static final int PALETTE = 8;

    private CategoryColours() {
    }

    /** The colour index (style class {@code cat-N}) of a category; the last colour for one not (yet) listed. */
    static int of(List<Category> categories, String code) {
        int i = 0;
        for (Category c : categories) {
            if (c.code().equals(code)) {
                return i % PALETTE;
            }
            i++;
        }
        return PALETTE - 1;
    }
}

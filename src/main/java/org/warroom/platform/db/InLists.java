package org.warroom.platform.db;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Splits a long list of keys for {@code WHERE x IN (<keys>)}. H2 finds each key through the index but then checks
 * every row it found against the whole list again, one comparison per listed key, so a list of n keys costs n² —
 * measured on an import of a lakh reports, lists of 1,000 spent more time comparing than reading. 200 keeps the
 * comparisons small and the statements few.
 */
public final class InLists {
    public static final int SIZE = 200;

    private InLists() {
    }

    /** The keys in consecutive pieces of at most {@link #SIZE}, duplicates kept. */
    public static <T> List<List<T>> pieces(Collection<T> keys) {
        List<T> all = keys instanceof List<T> l ? l : new ArrayList<>(keys);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += SIZE) {
            out.add(all.subList(i, Math.min(all.size(), i + SIZE)));
        }
        return out;
    }

    /** Runs {@code query} on each piece and gathers what they return. */
    public static <T, R> List<R> query(Collection<T> keys, Function<List<T>, ? extends Collection<R>> query) {
        List<R> out = new ArrayList<>();
        pieces(keys).forEach(p -> out.addAll(query.apply(p)));
        return out;
    }

    /**
     * The ids as runs [first, last] of ids no more than {@code gap} apart, for {@code BETWEEN} on an index whose
     * earlier columns are fixed: unlike an IN list, a range is read once and nothing is checked against a list.
     */
    public static List<long[]> runs(Collection<Long> ids, long gap) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] - sorted[j] <= gap) {
                j++;
            }
            out.add(new long[] {sorted[i], sorted[j]});
            i = j + 1;
        }
        return out;
    }
}

package org.warroom.audit;

/**
 * What `audit verify` found. When not {@code ok}: the first bad place in the chain ({@code seq}, {@code id} where a
 * row is there to name) and what is wrong with it. {@code guard}: whether the append-only trigger is in place (a note:
 * the chain is the guarantee).
 */
public record VerifyResult(boolean ok, long rowsChecked, long headSeq, String headHash, Problem problem, Long seq, Long id,
                           String message, boolean guard) {

    /** What can be wrong with the chain. */
    public enum Problem {
        /** A row's content (or its hash) no longer matches the hash computed from it and the row before. */
        EDITED,
        /** A seq number is missing: rows were deleted. */
        MISSING,
        /** A row sits at a place in the chain other than the one it was written at. */
        REORDERED,
        /** The chain's end is not where its head says: the last rows were deleted, or the head was changed. */
        BAD_HEAD,
        /** A row claims a place after the head: it was added outside the chain. */
        BEYOND_HEAD,
        /** A row without a place in the chain, written after it began: added outside the chain. */
        UNCHAINED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }
}

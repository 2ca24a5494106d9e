package org.warroom.reports.importers;

/** What a booth's voters are talking about, as a volunteer tags it: "issue: local|scheme" or "मुद्दा: स्थानीय". */
public enum IssueTag {
    /** A local problem: roads, water, electricity (स्थानीय). */
    LOCAL,
    /** A government scheme: who got it, who did not (योजना). */
    SCHEME,
    /** A rumour going round that needs an answer (अफवाह). */
    RUMOUR,
    /** Anything else (अन्य). */
    OTHER
}

package org.warroom.reports.importers;

/** How a chat export names the sender of a message. */
public enum AuthorKind {
    /** A name saved in the exporting phone's contacts: "Ramesh Yadav". */
    SAVED_NAME,
    /** Not a contact, shown by the profile name they chose: "~ Ramesh" (kept without the tilde). */
    TILDE_NAME,
    /** Not a contact and no profile name: the number as the export wrote it, "+91 98765 43210". */
    PHONE
}

package org.warroom.reports;

/** Feedback on a plan is taken before its work starts and after it ends. */
public enum PlanPhase {
    BEFORE,
    AFTER
}

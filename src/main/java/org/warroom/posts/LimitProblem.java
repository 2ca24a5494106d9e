package org.warroom.posts;

/** One way a post breaks a channel's limits, said plainly with the numbers ("X: 312 of 280 weighted characters"). */
public record LimitProblem(String message) {
}

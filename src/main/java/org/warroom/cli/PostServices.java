package org.warroom.cli;

import org.warroom.app.AppContext;
import org.warroom.operators.OperatorService;
import org.warroom.posts.ElectionCalendarService;
import org.warroom.posts.PostService;

/** The posts feature's services for one command: the ones AppContext wires (attachments in the data folder's media/). */
record PostServices(OperatorService operators, ElectionCalendarService calendar, PostService posts) {
    static PostServices of(AppContext ctx, GlobalOptions global) {
        return new PostServices(ctx.operators(), ctx.calendar(), ctx.posts());
    }
}

package org.warroom.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.warroom.app.AppContext;
import org.warroom.operators.Operator;
import org.warroom.platform.i18n.IndianFormat;
import org.warroom.posts.DailySlots;
import org.warroom.posts.MoveOutcome;
import org.warroom.posts.Post;
import org.warroom.posts.PostValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `warroom posts move ID --to DATE --slot N --as NAME`: the day view's drag, without a window. */
@Command(name = "move", description = "Move a post to another slot, keeping its approval (decision 0015): coordinators "
        + "and admins; never into the past or a silence period of a whole target. Exit 3 when a wider target has silent "
        + "seats then and --leave-out-silent was not given (nothing moved).")
final class MoveCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "ID", description = "The post's number.")
    long id;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The day (yyyy-mm-dd or dd/mm/yyyy).")
    String to;

    @Option(names = "--slot", required = true, paramLabel = "SLOT", description = "1–6, or the slot's time (09:30).")
    String slot;

    @Option(names = "--as", required = true, paramLabel = "NAME", description = "The coordinator or admin moving it.")
    String as;

    @Option(names = "--leave-out-silent", description = "Confirm that seats of a wider target silent then are left out.")
    boolean leaveOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate day;
        try {
            day = to.contains("-") ? LocalDate.parse(to.strip()) : IndianFormat.parseDate(to);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--to \"" + to + "\" is not a date: write 2027-02-20 or 20/02/2027.");
        }
        try (AppContext ctx = CliSupport.open(global)) {
            Operator op = ReleaseCommands.operator(ctx, as);
            Post p = ctx.posts().post(id).orElseThrow(() -> new PostValidationException("post", "There is no post #" + id + "."));
            MoveOutcome o = ctx.posts().move(id, p.version(), op.id(), day, slotNo(ctx.posts().slots()), leaveOut);
            out.println(o.message());
            o.clashes().forEach(c -> out.println("  warning: " + c.message()));
            out.flush();
            return o.moved() ? 0 : 3;
        }
    }

    private int slotNo(DailySlots slots) {
        String s = slot.strip();
        for (int n = 1; n <= DailySlots.COUNT; n++) {
            if (s.equals(String.valueOf(n)) || s.equals(slots.slot(n).time().toString())) {
                return n;
            }
        }
        throw new IllegalArgumentException("--slot \"" + slot + "\" is not a slot: give 1 to " + DailySlots.COUNT
                + " or one of the times " + slots.times() + ".");
    }
}

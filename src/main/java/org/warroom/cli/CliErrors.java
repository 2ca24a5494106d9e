package org.warroom.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warroom.geography.GeographyException;
import org.warroom.people.ConflictException;
import org.warroom.people.ValidationException;
import org.warroom.platform.db.DatabaseException;
import org.warroom.posts.PostConflictException;
import org.warroom.posts.PostValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Errors a person can act on are printed as one sentence; anything else too, with the detail in the log. */
public final class CliErrors implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CliErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        boolean known = ex instanceof DatabaseException || ex instanceof GeographyException
                || ex instanceof ValidationException || ex instanceof IllegalArgumentException
                || ex instanceof PostValidationException || ex instanceof PostConflictException || ex instanceof ConflictException
                || ex instanceof org.warroom.operators.AccessDeniedException || ex instanceof org.warroom.operators.OperatorException;
        if (known) {
            LOG.info("command failed: {}", ex.getMessage());
            cmd.getErr().println("warroom: " + ex.getMessage());
        } else {
            LOG.error("command failed", ex);
            cmd.getErr().println("warroom: " + ex.getClass().getSimpleName() + ": " + ex.getMessage()
                    + " (details in the log under the data folder's logs/)");
        }
        cmd.getErr().flush();
        return known ? 1 : 2;
    }
}

package org.warroom.operators.ui;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.warroom.operators.Account;
import org.warroom.operators.OperatorRole;
import org.warroom.operators.OperatorService;
import org.warroom.platform.fx.FxTasks;
import org.warroom.platform.i18n.Messages;

/**
 * The administrator's list of operators: add one who logs in (a desk operator with the unit they work for) and set
 * a new password for one who forgot theirs, which also lifts a lock. Passwords are cleared from memory after use.
 */
public final class OperatorsViewModel {
    private final OperatorService operators;
    private final FxTasks tasks;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Messages m;

    public OperatorsViewModel(OperatorService operators, FxTasks tasks, Messages messages) {
        this.operators = operators;
        this.tasks = tasks;
        this.m = messages;
    }

    public void setMessages(Messages messages) {
        this.m = messages;
    }

    public void load() {
        tasks.run(operators::accounts).onSuccess(accounts::setAll).onError(e -> error.set(e.getMessage())).start();
    }

    /** Adds a person who logs in; {@code done} runs once they are saved (to clear the form). */
    public void add(String name, OperatorRole role, String scope, char[] password, char[] again, Runnable done) {
        if (!Arrays.equals(password, again)) {
            clear(password, again);
            error.set(m.get("session.passwordsDiffer"));
            return;
        }
        clear(again);
        error.set("");
        tasks.run(() -> {
            try {
                return operators.addAccount(name, role, role == OperatorRole.DESK_OPERATOR ? scope : null, password);
            } finally {
                clear(password);
            }
        }).onSuccess(op -> {
            message.set(m.get("operators.added", op.name(), m.get("operator.role." + op.role().name())));
            done.run();
            load();
        }).onError(e -> error.set(e.getMessage())).start();
    }

    /** Sets a new password for {@code account} and lifts any lock. */
    public void reset(Account account, char[] password, char[] again, Runnable done) {
        if (account == null) {
            clear(password, again);
            error.set(m.get("operators.pickFirst"));
            return;
        }
        if (!Arrays.equals(password, again)) {
            clear(password, again);
            error.set(m.get("session.passwordsDiffer"));
            return;
        }
        clear(again);
        error.set("");
        tasks.run(() -> {
            try {
                operators.resetPassword(account.name(), password);
                return account;
            } finally {
                clear(password);
            }
        }).onSuccess(a -> {
            message.set(m.get("operators.reset", a.name()));
            done.run();
            load();
        }).onError(e -> error.set(e.getMessage())).start();
    }

    private static void clear(char[]... secrets) {
        for (char[] s : secrets) {
            Arrays.fill(s, ' ');
        }
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

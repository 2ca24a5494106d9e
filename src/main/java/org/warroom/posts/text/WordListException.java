package org.warroom.posts.text;

import java.util.List;

/** A word list that cannot be used as it is, with every bad line named so the writer can mend the file at once. */
public class WordListException extends RuntimeException {
    private final List<String> problems;

    public WordListException(String file, List<String> problems) {
        super(file + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One entry per bad line, each starting "line N: ". */
    public List<String> problems() {
        return problems;
    }
}

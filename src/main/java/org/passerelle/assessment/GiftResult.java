package org.passerelle.assessment;

import java.util.List;
import org.passerelle.shared.FileProblem;

/** What reading a GIFT file gave: its questions, or the problems that prevent using any of them. */
public record GiftResult(List<GiftQuestion> questions, List<FileProblem> problems) {

    public GiftResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}

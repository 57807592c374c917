package org.passerelle.catalog;

import java.util.List;
import org.passerelle.shared.FileProblem;

/** A quiz of the draft with the problems the importer finds in it. */
public record QuizDraft(QuizContent quiz, List<FileProblem> problems) {}

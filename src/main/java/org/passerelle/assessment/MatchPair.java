package org.passerelle.assessment;

/** One pair of a matching question: the learner matches each left side with its right side. */
public record MatchPair(String left, String right) {}

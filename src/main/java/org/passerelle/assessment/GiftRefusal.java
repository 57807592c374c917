package org.passerelle.assessment;

/** A question GIFT cannot accept, with where in the question's source the problem is. */
final class GiftRefusal extends RuntimeException {

    private final int sourceIndex;

    GiftRefusal(int sourceIndex, String message) {
        super(message, null, false, false);
        this.sourceIndex = sourceIndex;
    }

    int sourceIndex() {
        return sourceIndex;
    }
}

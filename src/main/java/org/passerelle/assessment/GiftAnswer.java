package org.passerelle.assessment;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a question: a choice, an accepted short answer, or a numeric range, with the share of the
 * marks it earns (percent, may be negative for a wrong choice) and the feedback shown for it.
 *
 * @param min for numeric answers, the smallest accepted value (otherwise null)
 * @param max for numeric answers, the largest accepted value (otherwise null)
 */
public record GiftAnswer(
        String text,
        BigDecimal weight,
        String feedback,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {

    public static GiftAnswer text(String text, BigDecimal weight, String feedback) {
        return new GiftAnswer(text, weight, feedback, null, null);
    }

    public static GiftAnswer range(BigDecimal min, BigDecimal max, BigDecimal weight, String feedback) {
        return new GiftAnswer(null, weight, feedback, min, max);
    }

    public boolean correct() {
        return weight.signum() > 0;
    }
}

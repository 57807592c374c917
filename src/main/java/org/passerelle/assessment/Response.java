package org.passerelle.assessment;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a learner answered to one question, in a compact text form that is stored as given: chosen choices
 * by their index in the question ({@code 0,2}), {@code true}/{@code false}, typed text, or matches as
 * left index = right index ({@code 0=1;1=0}, rights indexed as {@link Grading#rights} lists them).
 */
public record Response(String value) {

    public static final int MAX_LENGTH = 1000;

    public Response {
        value = value == null ? "" : value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    public static Response choices(Collection<Integer> indexes) {
        return new Response(new TreeSet<>(indexes).stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    public static Response truth(boolean value) {
        return new Response(String.valueOf(value));
    }

    public static Response text(String text) {
        return new Response(text == null ? "" : text.strip());
    }

    public static Response matches(Map<Integer, Integer> rightByLeft) {
        return new Response(new TreeMap<>(rightByLeft)
                .entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(";")));
    }

    public boolean blank() {
        return value.isBlank();
    }

    public Set<Integer> choices() {
        return Arrays.stream(value.split(","))
                .map(Response::index)
                .flatMap(Optional::stream)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Optional<Boolean> truth() {
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public Map<Integer, Integer> matches() {
        Map<Integer, Integer> matches = new TreeMap<>();
        for (String pair : value.split(";")) {
            String[] sides = pair.split("=", 2);
            if (sides.length == 2) {
                Optional<Integer> left = index(sides[0]);
                Optional<Integer> right = index(sides[1]);
                if (left.isPresent() && right.isPresent()) {
                    matches.put(left.get(), right.get());
                }
            }
        }
        return matches;
    }

    private static Optional<Integer> index(String text) {
        try {
            int index = Integer.parseInt(text.strip());
            return index >= 0 && index < 1000 ? Optional.of(index) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

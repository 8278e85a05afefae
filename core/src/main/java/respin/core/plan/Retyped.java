package respin.core.plan;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a plan retypes, as the type checks ask: the functions whose parameters change
 * and the members whose type changes (by name, whatever their struct).
 */
record Retyped(Set<String> functions, Set<String> members) {

    static Retyped of(Plan plan) {
        Set<String> functions = new LinkedHashSet<>();
        Set<String> members = new LinkedHashSet<>();
        for (TypeChange c : plan.typeChanges()) {
            if (c.kind() == TypeChange.Kind.PARAMETER && !c.owner().contains("::")) {
                functions.add(c.owner());
            } else if (c.kind() == TypeChange.Kind.FIELD) {
                members.add(c.member());
            }
        }
        return new Retyped(Set.copyOf(functions), Set.copyOf(members));
    }

    /** True when {@code text} names a retyped member after {@code ->} or {@code .}. */
    boolean readsMember(String text) {
        return members.stream().anyMatch(m -> readsMember(text, m));
    }

    private static boolean readsMember(String text, String member) {
        int at = text.indexOf(member);
        while (at >= 0) {
            int end = at + member.length();
            boolean whole = end == text.length()
                    || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '_';
            if (whole && OpaqueMentions.afterMemberOperator(text, at)) {
                return true;
            }
            at = text.indexOf(member, at + 1);
        }
        return false;
    }
}

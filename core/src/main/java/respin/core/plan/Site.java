package respin.core.plan;

import respin.core.model.source.Span;

/** A place the plan looked at and what it decided there, in the words of a review. */
public record Site(String step, Span span, String decision) {
}

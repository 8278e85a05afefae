/**
 * Positions in a file's bytes: {@link respin.core.model.source.Span} (a byte range of one file)
 * and {@link respin.core.model.source.LineMap} (byte offsets to lines and columns). Below the
 * syntax tree and the declaration model, which both carry spans.
 */
package respin.core.model.source;

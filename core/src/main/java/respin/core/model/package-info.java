/**
 * Stage 3's product: the immutable, lossless model of unpreprocessed kernel C (translation units,
 * functions, records, declarations, expressions), every node with its {@link
 * respin.core.model.source.Span}.
 */
package respin.core.model;

/**
 * The syntax tree of one file down to tokens, Spoon-like: statement and expression nodes
 * ({@link respin.core.model.tree.CInvocation}, {@link respin.core.model.tree.CAssignment},
 * {@link respin.core.model.tree.CReturn} …), {@link respin.core.model.tree.CFile} with the parent
 * of every node, the {@link respin.core.model.tree.CTreeScanner} that visits them and
 * {@code find} queries. One package because the node kinds and their scanner refer to each
 * other (double dispatch), as in Spoon's {@code spoon.reflect.code}.
 */
package respin.core.model.tree;

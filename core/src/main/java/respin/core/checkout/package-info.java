/**
 * Stage 1, checkout: the blobs of a revision read through JGit from the object database (never the
 * work tree), {@code git grep} at that revision, and fixture repositories.
 */
package respin.core.checkout;

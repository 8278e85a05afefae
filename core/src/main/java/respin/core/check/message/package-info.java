/**
 * Stage 8, checks (commit message rules): sign-offs, subject, commit ids and the log's lines.
 */
package respin.core.check.message;

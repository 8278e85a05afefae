/**
 * Stage 9, output: {@code git format-patch}-compatible files, cover letter, threading and
 * recipients, each file written once.
 */
package respin.core.series.mail;

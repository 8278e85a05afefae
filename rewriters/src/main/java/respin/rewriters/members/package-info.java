/**
 * Rewriters that follow a struct member to where it is used: the functions stored in a
 * function-pointer member, its initializers and accesses.
 */
package respin.rewriters.members;

/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_GIZMO_H
#define _LINUX_GIZMO_H

/**
 * struct gizmo - a gadget that drivers switch on with flags
 * @name:	its name
 * @flags:	the flags it runs with
 */
struct gizmo {
	const char	*name;
	unsigned int	flags;
};

int gizmo_enable(struct gizmo *g, int flags);
void gizmo_disable(struct gizmo *g);

#endif /* _LINUX_GIZMO_H */

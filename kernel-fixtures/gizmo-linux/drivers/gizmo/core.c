// SPDX-License-Identifier: GPL-2.0
/*
 * The gizmo core: switches gizmos on and off.
 */
#include <linux/export.h>
#include <linux/gizmo.h>

int gizmo_enable(struct gizmo *g, int flags)
{
	g->flags = flags;
	return 0;
}
EXPORT_SYMBOL_GPL(gizmo_enable);

void gizmo_disable(struct gizmo *g)
{
	g->flags = 0;
}
EXPORT_SYMBOL_GPL(gizmo_disable);

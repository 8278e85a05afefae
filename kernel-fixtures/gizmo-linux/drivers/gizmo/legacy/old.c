// SPDX-License-Identifier: GPL-2.0
/*
 * The old gizmo.
 */
#include <linux/gizmo.h>
#include <linux/module.h>

static int old_setup(struct gizmo *g, int flags)
{
	return gizmo_enable(g, flags);
}

static int old_init(struct gizmo *g)
{
	return old_setup(g, 1);
}

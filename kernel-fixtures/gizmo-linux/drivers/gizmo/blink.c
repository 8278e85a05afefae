// SPDX-License-Identifier: GPL-2.0
/*
 * The blink gizmo.
 */
#include <linux/gizmo.h>
#include <linux/module.h>

static int blink_setup(struct gizmo *g, int flags)
{
	return gizmo_enable(g, flags);
}

static int blink_init(struct gizmo *g)
{
	return blink_setup(g, 1);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * The beep gizmo.
 */
#include <linux/gizmo.h>
#include <linux/module.h>

static int beep_setup(struct gizmo *g, int flags)
{
	return gizmo_enable(g, flags);
}

static int beep_init(struct gizmo *g)
{
	return beep_setup(g, 1);
}

// SPDX-License-Identifier: GPL-2.0
/*
 * The acme_main gizmo.
 */
#include <linux/gizmo.h>
#include <linux/module.h>

static int acme_main_setup(struct gizmo *g, int flags)
{
	return gizmo_enable(g, flags);
}

static int acme_main_init(struct gizmo *g)
{
	return acme_main_setup(g, 1);
}

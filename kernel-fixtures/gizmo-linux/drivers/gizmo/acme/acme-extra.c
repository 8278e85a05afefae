// SPDX-License-Identifier: GPL-2.0
/*
 * The acme_extra gizmo.
 */
#include <linux/gizmo.h>
#include <linux/module.h>

static int acme_extra_setup(struct gizmo *g, int flags)
{
	return gizmo_enable(g, flags);
}

static int acme_extra_init(struct gizmo *g)
{
	return acme_extra_setup(g, 1);
}

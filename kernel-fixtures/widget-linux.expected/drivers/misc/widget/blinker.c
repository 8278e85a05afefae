// SPDX-License-Identifier: GPL-2.0
/*
 * A widget client that blinks at the widget's rate.
 */
#include <linux/module.h>
#include <linux/printk.h>
#include <linux/widget.h>

struct blinker {
	struct widget_client	client;
	unsigned int		rate;
};

static void blinker_show(struct blinker *b)
{
	pr_info("blinker on widget %d, rate %u\n", widget_id(widget_from_file(b->client.w)),
		b->rate);
}

static void blinker_stop(struct blinker *b)
{
	if (b->client.w)
		widget_detach(b->client.w, &b->client);
}

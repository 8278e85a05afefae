/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_WIDGET_H
#define _LINUX_WIDGET_H

#include <linux/fs.h>
#include <linux/list.h>

struct widget;

/**
 * struct widget_client - a driver that holds a widget
 * @name:	the client's name
 * @w:		the widget it holds, with a reference
 * @node:	entry in the widget's list of clients
 */
struct widget_client {
	const char		*name;
	struct widget		*w;
	struct list_head	node;
};

#ifdef CONFIG_WIDGET
bool file_is_widget(struct file *file);
struct widget *widget_get(struct widget *w);
void widget_put(struct widget *w);
int widget_id(struct widget *w);
int widget_attach(struct widget *w, struct widget_client *client);
void widget_detach(struct widget *w, struct widget_client *client);
#else
static inline bool file_is_widget(struct file *file)
{
	return false;
}

static inline int widget_attach(struct widget *w,
				struct widget_client *client)
{
	return -ENODEV;
}

static inline void widget_detach(struct widget *w,
				 struct widget_client *client)
{
}
#endif

#endif /* _LINUX_WIDGET_H */

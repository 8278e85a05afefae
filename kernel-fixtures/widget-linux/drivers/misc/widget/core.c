// SPDX-License-Identifier: GPL-2.0
/*
 * Widget core: widgets are reference counted and handed to clients.
 */
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/widget.h>

struct widget {
	int			id;
	struct kref		ref;
	struct mutex		lock;
	struct list_head	clients;
};

static const struct file_operations widget_fops;

bool file_is_widget(struct file *file)
{
	return file && file->f_op == &widget_fops;
}
EXPORT_SYMBOL_GPL(file_is_widget);

static void widget_release(struct kref *ref)
{
	kfree(container_of(ref, struct widget, ref));
}

struct widget *widget_get(struct widget *w)
{
	kref_get(&w->ref);
	return w;
}
EXPORT_SYMBOL_GPL(widget_get);

void widget_put(struct widget *w)
{
	kref_put(&w->ref, widget_release);
}
EXPORT_SYMBOL_GPL(widget_put);

int widget_id(struct widget *w)
{
	return w->id;
}
EXPORT_SYMBOL_GPL(widget_id);

/**
 * widget_attach - add a client to a widget
 * @w: the widget
 * @client: the client, which keeps a reference to @w until widget_detach()
 *
 * Return: 0.
 */
int widget_attach(struct widget *w, struct widget_client *client)
{
	mutex_lock(&w->lock);
	list_add(&client->node, &w->clients);
	mutex_unlock(&w->lock);

	client->w = widget_get(w);
	return 0;
}
EXPORT_SYMBOL_GPL(widget_attach);

/**
 * widget_detach - remove a client from a widget
 * @w: the widget
 * @client: the client
 */
void widget_detach(struct widget *w, struct widget_client *client)
{
	mutex_lock(&w->lock);
	list_del(&client->node);
	mutex_unlock(&w->lock);

	client->w = NULL;
	widget_put(w);
}
EXPORT_SYMBOL_GPL(widget_detach);

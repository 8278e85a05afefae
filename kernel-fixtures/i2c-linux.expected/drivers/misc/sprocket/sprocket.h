/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _SPROCKET_H
#define _SPROCKET_H

#include <linux/i2c.h>

int sprocket_i2c_register(struct i2c_driver *driver,
			  int (*probe)(struct i2c_client *client));
int sprocket_i2c_register_sync(struct i2c_driver *driver,
			       int (*probe)(struct i2c_client *));
int sprocket_i2c_add(const char *name,
		     int (*probe)(struct i2c_client *client));
int sprocket_selftest(struct i2c_client *client,
		      int (*probe)(struct i2c_client *client,
				   const struct i2c_device_id *id));

#endif /* _SPROCKET_H */

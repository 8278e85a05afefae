// SPDX-License-Identifier: GPL-2.0
/*
 * Sprocket core: registers the drivers of the sprocket family, whose probe
 * functions it is given.
 */
#include <linux/i2c.h>

#include "sprocket.h"

int sprocket_i2c_register(struct i2c_driver *driver,
			  int (*probe)(struct i2c_client *client))
{
	if (!probe)
		return -EINVAL;

	driver->probe = probe;
	return i2c_add_driver(driver);
}
EXPORT_SYMBOL_GPL(sprocket_i2c_register);

int sprocket_i2c_register_sync(struct i2c_driver *driver,
			       int (*probe)(struct i2c_client *))
{
	driver->driver.probe_type = PROBE_FORCE_SYNCHRONOUS;
	return sprocket_i2c_register(driver, probe);
}
EXPORT_SYMBOL_GPL(sprocket_i2c_register_sync);

int sprocket_i2c_add(const char *name,
		     int (*probe)(struct i2c_client *client))
{
	struct i2c_driver *driver;

	driver = kzalloc(sizeof(*driver), GFP_KERNEL);
	if (!driver)
		return -ENOMEM;
	driver->driver.name = name;
	return sprocket_i2c_register(driver, probe);
}
EXPORT_SYMBOL_GPL(sprocket_i2c_add);

int sprocket_selftest(struct i2c_client *client,
		      int (*probe)(struct i2c_client *client,
				   const struct i2c_device_id *id))
{
	return probe(client, NULL);
}
EXPORT_SYMBOL_GPL(sprocket_selftest);

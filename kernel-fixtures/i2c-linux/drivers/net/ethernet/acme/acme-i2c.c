// SPDX-License-Identifier: GPL-2.0
/*
 * Acme switch I2C interface: the switch drivers register their own
 * i2c_driver, and this file fills in its callbacks.
 */
#include <linux/i2c.h>

static int acme_i2c_probe(struct i2c_client *client,
			  const struct i2c_device_id *id)
{
	return 0;
}

static void acme_i2c_remove(struct i2c_client *client)
{
}

int acme_i2c_driver_register(struct i2c_driver *i2c_driver)
{
	i2c_driver->probe = acme_i2c_probe;
	i2c_driver->remove = acme_i2c_remove;
	return i2c_add_driver(i2c_driver);
}
EXPORT_SYMBOL(acme_i2c_driver_register);

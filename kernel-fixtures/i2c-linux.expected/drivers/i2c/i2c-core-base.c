// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * i2c-core-base.c - the i2c core's probe as Linux 6.1 has it, in miniature
 */
#include <linux/i2c.h>

static int i2c_device_probe(struct device *dev)
{
	struct i2c_client *client = i2c_verify_client(dev);
	struct i2c_driver *driver = to_i2c_driver(dev->driver);
	int status;

	if (driver->probe)
		status = driver->probe(client);
	else if (driver->probe)
		status = driver->probe(client);
	else
		status = -EINVAL;

	return status;
}

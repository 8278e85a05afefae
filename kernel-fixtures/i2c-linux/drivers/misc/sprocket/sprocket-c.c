// SPDX-License-Identifier: GPL-2.0
/*
 * Sprocket C: sprocket-core makes its i2c driver, so this file never names one;
 * the candidate scan does not pick it, the callers of sprocket_i2c_add() do.
 */
#include <linux/i2c.h>
#include <linux/module.h>

#include "sprocket.h"

static int sprocket_c_probe(struct i2c_client *client,
			    const struct i2c_device_id *id)
{
	dev_info(&client->dev, "sprocket-c %s\n", id->name);
	return 0;
}

static int __init sprocket_c_init(void)
{
	return sprocket_i2c_add("sprocket-c", sprocket_c_probe);
}
module_init(sprocket_c_init);

// SPDX-License-Identifier: GPL-2.0
#include <linux/i2c.h>
#include <linux/module.h>

#include "sprocket.h"

static int sprocket_a_probe(struct i2c_client *client,
			    const struct i2c_device_id *id)
{
	dev_info(&client->dev, "sprocket %s\n", id->name);
	return 0;
}

static struct i2c_driver sprocket_a_driver = {
	.driver = {
		.name	= "sprocket-a",
	},
};

static int __init sprocket_a_init(void)
{
	return sprocket_i2c_register(&sprocket_a_driver, sprocket_a_probe);
}
module_init(sprocket_a_init);

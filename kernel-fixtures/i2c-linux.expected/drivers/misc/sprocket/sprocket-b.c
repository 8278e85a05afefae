// SPDX-License-Identifier: GPL-2.0
#include <linux/i2c.h>
#include <linux/module.h>

#include "sprocket.h"

static int sprocket_b_probe(struct i2c_client *client)
{
	return 0;
}

static struct i2c_driver sprocket_b_driver = {
	.driver = {
		.name	= "sprocket-b",
	},
};

static int __init sprocket_b_init(void)
{
	return sprocket_i2c_register_sync(&sprocket_b_driver, sprocket_b_probe);
}
module_init(sprocket_b_init);

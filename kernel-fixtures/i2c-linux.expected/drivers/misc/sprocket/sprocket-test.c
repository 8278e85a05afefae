// SPDX-License-Identifier: GPL-2.0
#include <linux/i2c.h>
#include <linux/module.h>

#include "sprocket.h"

static int sprocket_test_probe(struct i2c_client *client)
{
	return 0;
}

static int sprocket_test_run(struct i2c_client *client)
{
	return sprocket_selftest(client, sprocket_test_probe);
}

static struct i2c_driver sprocket_test_driver = {
	.driver = {
		.name	= "sprocket-test",
	},
	.probe		= sprocket_test_probe,
};
module_i2c_driver(sprocket_test_driver);

/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * i2c.h - the i2c driver interface as Linux 6.1 has it, in miniature
 */
#ifndef _LINUX_I2C_H
#define _LINUX_I2C_H

struct i2c_device_id {
	char name[20];
	unsigned long driver_data;
};

struct i2c_client {
	unsigned short flags;
	unsigned short addr;
	char name[20];
	struct device dev;
};

/**
 * struct i2c_driver - represent an I2C device driver
 * @probe: Callback for device binding - soon to be deprecated
 * @remove: Callback for device unbinding
 * @driver: Device driver model driver
 * @id_table: List of I2C devices supported by this driver
 */
struct i2c_driver {
	/* Standard driver model interfaces */
	int (*probe)(struct i2c_client *client);
	void (*remove)(struct i2c_client *client);

	struct device_driver driver;
	const struct i2c_device_id *id_table;
};

const struct i2c_device_id *i2c_client_get_device_id(const struct i2c_client *client);
int i2c_register_driver(struct module *owner, struct i2c_driver *driver);
void i2c_del_driver(struct i2c_driver *driver);

#define i2c_add_driver(driver) \
	i2c_register_driver(THIS_MODULE, driver)

#endif /* _LINUX_I2C_H */

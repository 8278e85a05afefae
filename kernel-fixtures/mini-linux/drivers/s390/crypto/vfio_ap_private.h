/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private data and functions for the adjunct processor VFIO matrix driver
 * (miniature).
 */

#ifndef _VFIO_AP_PRIVATE_H_
#define _VFIO_AP_PRIVATE_H_

#include <linux/types.h>
#include <linux/mdev.h>
#include <linux/mutex.h>
#include <linux/kvm_host.h>
#include <linux/vfio.h>
#include <linux/hashtable.h>

#include "ap_bus.h"

/**
 * struct ap_matrix_dev - the parent device of all matrix mediated devices
 * @device:	generic device structure
 * @mdev_list:	the matrix mediated devices
 * @mdevs_lock:	serializes access to each ap_matrix_mdev
 * @guests_lock: serializes access to each KVM guest
 */
struct ap_matrix_dev {
	struct device device;
	struct list_head mdev_list;
	struct mutex mdevs_lock; /* serializes access to each ap_matrix_mdev */
	struct mutex guests_lock; /* serializes access to each KVM guest */
};

extern struct ap_matrix_dev *matrix_dev;

struct ap_matrix {
	unsigned long apm_max;
	DECLARE_BITMAP(apm, AP_DEVICES);
	unsigned long aqm_max;
	DECLARE_BITMAP(aqm, AP_DOMAINS);
	unsigned long adm_max;
	DECLARE_BITMAP(adm, AP_DOMAINS);
};

/**
 * struct ap_matrix_mdev - one matrix mediated device
 * @vdev:	the vfio device
 * @node:	links the mdev into ap_matrix_dev::mdev_list
 * @matrix:	adapters, usage domains and control domains assigned to it
 * @shadow_apcb:    what is actually passed to the guest's CRYCB
 * @kvm:	the guest this mdev is attached to, if any
 * @pqap_hook:	handler for intercepted PQAP(AQIC) instructions
 */
struct ap_matrix_mdev {
	struct vfio_device vdev;
	struct list_head node;
	struct ap_matrix matrix;
	struct ap_matrix shadow_apcb;
	struct kvm *kvm;
	crypto_hook pqap_hook;
	struct mdev_device *mdev;
};

int vfio_ap_mdev_register(void);
void vfio_ap_mdev_unregister(void);

#endif /* _VFIO_AP_PRIVATE_H_ */

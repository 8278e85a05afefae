/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Core of the VFIO PCI drivers (miniature): the device structure that
 * vfio-pci and its variant drivers build on.
 */

#include <linux/mutex.h>
#include <linux/pci.h>
#include <linux/vfio.h>
#include <linux/rcupdate.h>
#include <linux/types.h>

#ifndef VFIO_PCI_CORE_H
#define VFIO_PCI_CORE_H

#define VFIO_PCI_OFFSET_SHIFT   40
#define VFIO_PCI_OFFSET_TO_INDEX(off)	(off >> VFIO_PCI_OFFSET_SHIFT)

struct vfio_pci_core_device;
struct vfio_pci_region;

struct vfio_pci_eventfd {
	struct eventfd_ctx	*ctx;
	struct rcu_head		rcu;
};

struct vfio_pci_core_device {
	struct vfio_device	vdev;
	struct pci_dev		*pdev;
	void __iomem		*barmap[PCI_STD_NUM_BARS];
	bool			bar_mmap_supported[PCI_STD_NUM_BARS];
	u8			*pci_config_map;
	u8			*vconfig;
	spinlock_t		irqlock;
	struct mutex		igate;
	int			irq_type;
	int			num_regions;
	struct vfio_pci_region	*region;
	/* Set up once at probe, so a bitfield is fine */
	bool			reset_works:1;
	bool			has_vga:1;
	bool			nointx:1;
	bool			needs_reset;
	struct vfio_pci_eventfd __rcu *err_trigger;
	struct vfio_pci_eventfd __rcu *req_trigger;
	struct notifier_block	nb;
	struct rw_semaphore	memory_lock;
};

/* Used by the vfio-pci variant drivers */
void vfio_pci_core_close_device(struct vfio_device *core_vdev);
int vfio_pci_core_init_dev(struct vfio_device *core_vdev);
void vfio_pci_core_release_dev(struct vfio_device *core_vdev);
int vfio_pci_core_register_device(struct vfio_pci_core_device *vdev);
void vfio_pci_core_unregister_device(struct vfio_pci_core_device *vdev);
long vfio_pci_core_ioctl(struct vfio_device *core_vdev, unsigned int cmd,
		unsigned long arg);
int vfio_pci_core_enable(struct vfio_pci_core_device *vdev);
void vfio_pci_core_disable(struct vfio_pci_core_device *vdev);
void vfio_pci_core_finish_enable(struct vfio_pci_core_device *vdev);

#endif /* VFIO_PCI_CORE_H */

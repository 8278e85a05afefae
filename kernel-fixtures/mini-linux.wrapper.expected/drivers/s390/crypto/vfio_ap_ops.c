// SPDX-License-Identifier: GPL-2.0+
/*
 * Adjunct processor matrix VFIO device driver callbacks (miniature).
 */
#include <linux/string.h>
#include <linux/vfio.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/kvm_host.h>
#include <linux/module.h>
#include <asm/kvm.h>
#include <asm/zcrypt.h>

#include "vfio_ap_private.h"

#define VFIO_AP_MDEV_TYPE_HWVIRT "passthrough"
#define VFIO_AP_MDEV_NAME_HWVIRT "VFIO AP Passthrough Device"

/**
 * get_update_locks_for_kvm: take, in order, the locks needed to update a
 *			     guest's APCB
 *
 * @kvm: the guest whose APCB is updated, or NULL
 *
 * Order: matrix_dev->guests_lock, kvm->lock, pqap_hook_rwsem,
 * matrix_dev->mdevs_lock.
 */
static inline void get_update_locks_for_kvm(struct kvm *kvm)
{
	mutex_lock(&matrix_dev->guests_lock);
	if (kvm) {
		mutex_lock(&kvm->lock);
		down_write(&kvm->arch.crypto.pqap_hook_rwsem);
	}
	mutex_lock(&matrix_dev->mdevs_lock);
}

/**
 * release_update_locks_for_kvm: drop the locks of get_update_locks_for_kvm()
 *				 in reverse order
 *
 * @kvm: the guest whose APCB was updated, or NULL
 */
static inline void release_update_locks_for_kvm(struct kvm *kvm)
{
	mutex_unlock(&matrix_dev->mdevs_lock);
	if (kvm) {
		up_write(&kvm->arch.crypto.pqap_hook_rwsem);
		mutex_unlock(&kvm->lock);
	}
	mutex_unlock(&matrix_dev->guests_lock);
}

static void vfio_ap_mdev_update_guest_apcb(struct ap_matrix_mdev *matrix_mdev)
{
	if (matrix_mdev->kvm)
		kvm_arch_crypto_set_masks(matrix_mdev->kvm,
					  matrix_mdev->shadow_apcb.apm,
					  matrix_mdev->shadow_apcb.aqm,
					  matrix_mdev->shadow_apcb.adm);
}

/**
 * vfio_ap_mdev_set_kvm - attach @matrix_mdev to the guest @kvm and give the
 * guest the AP resources assigned to the mdev
 *
 * @matrix_mdev: a mediated matrix device
 * @kvm: reference to KVM instance
 *
 * Return: 0, or -EPERM if another mdev already serves @kvm.
 */
static int vfio_ap_mdev_set_kvm(struct ap_matrix_mdev *matrix_mdev,
				struct kvm *kvm)
{
	if (kvm->arch.crypto.crycbd) {
		get_update_locks_for_kvm(kvm);
		if (kvm->arch.crypto.pqap_hook) {
			release_update_locks_for_kvm(kvm);
			return -EPERM;
		}
		kvm->arch.crypto.pqap_hook = &matrix_mdev->pqap_hook;

		kvm_get_kvm(kvm);
		matrix_mdev->kvm = kvm;
		vfio_ap_mdev_update_guest_apcb(matrix_mdev);
		release_update_locks_for_kvm(kvm);
	}

	return 0;
}

/**
 * vfio_ap_mdev_unset_kvm - detach @matrix_mdev from its guest
 *
 * @matrix_mdev: a matrix mediated device
 */
static void vfio_ap_mdev_unset_kvm(struct ap_matrix_mdev *matrix_mdev)
{
	struct kvm *kvm = matrix_mdev->kvm;

	if (kvm && kvm->arch.crypto.crycbd) {
		get_update_locks_for_kvm(kvm);
		kvm->arch.crypto.pqap_hook = NULL;

		kvm_arch_crypto_clear_masks(kvm);
		matrix_mdev->kvm = NULL;

		release_update_locks_for_kvm(kvm);
		kvm_put_kvm(kvm);
	}
}

static int vfio_ap_mdev_open_device(struct vfio_device *vdev)
{
	struct ap_matrix_mdev *matrix_mdev =
		container_of(vdev, struct ap_matrix_mdev, vdev);

	if (!vdev->kvm)
		return -EINVAL;

	return vfio_ap_mdev_set_kvm(matrix_mdev, kvm_file_get_kvm(vdev->kvm));
}

static void vfio_ap_mdev_close_device(struct vfio_device *vdev)
{
	struct ap_matrix_mdev *matrix_mdev =
		container_of(vdev, struct ap_matrix_mdev, vdev);

	vfio_ap_mdev_unset_kvm(matrix_mdev);
}

static const struct vfio_device_ops vfio_ap_matrix_dev_ops = {
	.open_device = vfio_ap_mdev_open_device,
	.close_device = vfio_ap_mdev_close_device,
};

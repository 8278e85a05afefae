// SPDX-License-Identifier: MIT
/*
 * KVMGT - glue between the GVT-g device model and KVM/VFIO (miniature)
 *
 * A vGPU write-protects the guest pages that hold GPU page tables and is
 * told about guest writes to them through KVM's page-track notifiers.
 */

#include <linux/init.h>
#include <linux/mm.h>
#include <linux/sched/mm.h>
#include <linux/types.h>
#include <linux/list.h>
#include <linux/hashtable.h>
#include <linux/mdev.h>
#include <linux/debugfs.h>
#include <linux/kvm_host.h>

#include "i915_drv.h"
#include "gvt.h"

#define KVMGT_DEBUGFS_FILENAME		"kvmgt_nr_cache_entries"

struct kvmgt_pgfn {
	gfn_t gfn;
	struct hlist_node hnode;
};

#define vfio_dev_to_vgpu(vfio_dev) \
	container_of((vfio_dev), struct intel_vgpu, vfio_device)

static void kvmgt_page_track_write(gpa_t gpa, const u8 *val, int len,
				   struct kvm_page_track_notifier_node *node);
static void kvmgt_page_track_remove_region(gfn_t gfn, unsigned long nr_pages,
					   struct kvm_page_track_notifier_node *node);

static struct kvmgt_pgfn *
__kvmgt_protect_table_find(struct intel_vgpu *info, gfn_t gfn)
{
	struct kvmgt_pgfn *p, *res = NULL;

	lockdep_assert_held(&info->vgpu_lock);

	hash_for_each_possible(info->ptable, p, hnode, gfn) {
		if (gfn == p->gfn) {
			res = p;
			break;
		}
	}

	return res;
}

static bool kvmgt_gfn_is_write_protected(struct intel_vgpu *info, gfn_t gfn)
{
	return !!__kvmgt_protect_table_find(info, gfn);
}

static void kvmgt_protect_table_add(struct intel_vgpu *info, gfn_t gfn)
{
	struct kvmgt_pgfn *p;

	if (kvmgt_gfn_is_write_protected(info, gfn))
		return;

	p = kzalloc(sizeof(struct kvmgt_pgfn), GFP_ATOMIC);
	if (WARN(!p, "gfn: 0x%llx\n", gfn))
		return;

	p->gfn = gfn;
	hash_add(info->ptable, &p->hnode, gfn);
}

static void kvmgt_protect_table_del(struct intel_vgpu *info, gfn_t gfn)
{
	struct kvmgt_pgfn *p;

	p = __kvmgt_protect_table_find(info, gfn);
	if (p) {
		hash_del(&p->hnode);
		kfree(p);
	}
}

static int intel_vgpu_open_device(struct vfio_device *vfio_dev)
{
	struct intel_vgpu *vgpu = vfio_dev_to_vgpu(vfio_dev);
	int ret;

	if (!vgpu->vfio_device.kvm ||
	    kvm_file_get_kvm(vgpu->vfio_device.kvm)->mm != current->mm) {
		gvt_vgpu_err("KVM is required to use Intel vGPU\n");
		return -ESRCH;
	}

	vgpu->track_node.track_write = kvmgt_page_track_write;
	vgpu->track_node.track_remove_region = kvmgt_page_track_remove_region;
	ret = kvm_page_track_register_notifier(vgpu->vfio_device.kvm,
					       &vgpu->track_node);
	if (ret) {
		gvt_vgpu_err("KVM is required to use Intel vGPU\n");
		return ret;
	}

	set_bit(INTEL_VGPU_STATUS_ATTACHED, vgpu->status);

	debugfs_create_ulong(KVMGT_DEBUGFS_FILENAME, 0444, vgpu->debugfs,
			     &vgpu->nr_cache_entries);

	intel_gvt_activate_vgpu(vgpu);

	return 0;
}

static void intel_vgpu_close_device(struct vfio_device *vfio_dev)
{
	struct intel_vgpu *vgpu = vfio_dev_to_vgpu(vfio_dev);

	intel_gvt_release_vgpu(vgpu);

	clear_bit(INTEL_VGPU_STATUS_ATTACHED, vgpu->status);

	debugfs_lookup_and_remove(KVMGT_DEBUGFS_FILENAME, vgpu->debugfs);

	kvm_page_track_unregister_notifier(vgpu->vfio_device.kvm,
					   &vgpu->track_node);

	vgpu->gfn_cache = RB_ROOT;
	vgpu->dma_addr_cache = RB_ROOT;
}

int intel_gvt_page_track_add(struct intel_vgpu *info, u64 gfn)
{
	int r;

	if (!test_bit(INTEL_VGPU_STATUS_ATTACHED, info->status))
		return -ESRCH;

	if (kvmgt_gfn_is_write_protected(info, gfn))
		return 0;

	r = kvm_write_track_add_gfn(info->vfio_device.kvm, gfn);
	if (r)
		return r;

	kvmgt_protect_table_add(info, gfn);
	return 0;
}

int intel_gvt_page_track_remove(struct intel_vgpu *info, u64 gfn)
{
	int r;

	if (!test_bit(INTEL_VGPU_STATUS_ATTACHED, info->status))
		return -ESRCH;

	if (!kvmgt_gfn_is_write_protected(info, gfn))
		return 0;

	r = kvm_write_track_remove_gfn(info->vfio_device.kvm, gfn);
	if (r)
		return r;

	kvmgt_protect_table_del(info, gfn);
	return 0;
}

static void kvmgt_page_track_write(gpa_t gpa, const u8 *val, int len,
				   struct kvm_page_track_notifier_node *node)
{
	struct intel_vgpu *info =
		container_of(node, struct intel_vgpu, track_node);

	mutex_lock(&info->vgpu_lock);

	if (kvmgt_gfn_is_write_protected(info, gpa >> PAGE_SHIFT))
		intel_vgpu_page_track_handler(info, gpa,
						     (void *)val, len);

	mutex_unlock(&info->vgpu_lock);
}

static void kvmgt_page_track_remove_region(gfn_t gfn, unsigned long nr_pages,
					   struct kvm_page_track_notifier_node *node)
{
	unsigned long i;
	struct intel_vgpu *info =
		container_of(node, struct intel_vgpu, track_node);

	mutex_lock(&info->vgpu_lock);

	for (i = 0; i < nr_pages; i++) {
		if (kvmgt_gfn_is_write_protected(info, gfn + i))
			kvmgt_protect_table_del(info, gfn + i);
	}

	mutex_unlock(&info->vgpu_lock);
}

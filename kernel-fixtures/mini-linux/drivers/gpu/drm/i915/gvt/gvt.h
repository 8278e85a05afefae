/* SPDX-License-Identifier: MIT */
/*
 * GVT-g core definitions (miniature): the per-vGPU state shared by the
 * device model and the KVMGT glue.
 */

#ifndef _GVT_H_
#define _GVT_H_

#include <uapi/linux/pci_regs.h>
#include <linux/vfio.h>
#include <linux/mdev.h>

#include <asm/kvm_page_track.h>

#include "intel_gvt.h"

#include "debug.h"
#include "mmio.h"
#include "gtt.h"
#include "display.h"
#include "page_track.h"

#define GVT_MAX_VGPU 8

enum {
	INTEL_VGPU_STATUS_ATTACHED = 0,
	INTEL_VGPU_STATUS_ACTIVE,
	INTEL_VGPU_STATUS_NR_BITS,
};

struct intel_vgpu {
	struct vfio_device vfio_device;
	struct intel_gvt *gvt;
	struct mutex vgpu_lock;
	int id;
	DECLARE_BITMAP(status, INTEL_VGPU_STATUS_NR_BITS);
	bool pv_notified;
	bool failsafe;
	unsigned int resetting_eng;

	struct intel_vgpu_gtt gtt;
	struct intel_vgpu_display display;
	struct radix_tree_root page_track_tree;
	/* Set on PCI_D3, reset on DMLR, not reflecting the actual PM state */
	bool d3_entered;

	struct dentry *debugfs;

	struct vfio_region *region;
	int num_regions;
	struct eventfd_ctx *msi_trigger;

	/* Caches of guest pages already mapped for DMA, by gfn and address. */
	struct rb_root gfn_cache;
	struct rb_root dma_addr_cache;
	unsigned long nr_cache_entries;
	struct mutex cache_lock;

	struct kvm_page_track_notifier_node track_node;
#define NR_BKT (1 << 18)
	struct hlist_head ptable[NR_BKT];
#undef NR_BKT
};

void intel_gvt_activate_vgpu(struct intel_vgpu *vgpu);
void intel_gvt_release_vgpu(struct intel_vgpu *vgpu);
int intel_vgpu_page_track_handler(struct intel_vgpu *vgpu, u64 gpa,
		void *data, unsigned int bytes);

int intel_gvt_page_track_add(struct intel_vgpu *info, u64 gfn);
int intel_gvt_page_track_remove(struct intel_vgpu *info, u64 gfn);

#endif

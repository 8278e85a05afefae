/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Kernel-based Virtual Machine driver for Linux
 *
 * Architecture specific interfaces, x86 version (miniature)
 */

#ifndef _ASM_X86_KVM_HOST_H
#define _ASM_X86_KVM_HOST_H

#include <linux/types.h>
#include <linux/mm.h>
#include <linux/mmu_notifier.h>
#include <linux/kvm_types.h>

#include <asm/kvm_page_track.h>

#define KVM_MAX_NR_ADDRESS_SPACES	2

#define KVM_HAVE_MMU_RWLOCK

struct kvm_arch {
	unsigned long n_used_mmu_pages;
	unsigned long n_requested_mmu_pages;
	unsigned long n_max_mmu_pages;
	unsigned int indirect_shadow_pages;
	u8 mmu_valid_gen;
	struct hlist_head *mmu_page_hash;
	struct list_head active_mmu_pages;
#ifdef CONFIG_KVM_EXTERNAL_WRITE_TRACKING
	struct kvm_page_track_notifier_head track_notifier_head;
#endif
	/* Protects marking pages unsync during page faults. */
	spinlock_t mmu_unsync_pages_lock;

	atomic_t noncoherent_dma_count;
	atomic_t assigned_device_count;

	/*
	 * Set once any external user registered for write tracking; read
	 * with smp_load_acquire(), see page_track.c.
	 */
	bool external_write_tracking_enabled;
};

void kvm_arch_register_noncoherent_dma(struct kvm *kvm);
void kvm_arch_unregister_noncoherent_dma(struct kvm *kvm);
void kvm_arch_start_assignment(struct kvm *kvm);
void kvm_arch_end_assignment(struct kvm *kvm);

#endif /* _ASM_X86_KVM_HOST_H */

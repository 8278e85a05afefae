/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_X86_KVM_PAGE_TRACK_H
#define _ASM_X86_KVM_PAGE_TRACK_H

#include <linux/kvm_types.h>

#ifdef CONFIG_KVM_EXTERNAL_WRITE_TRACKING
/*
 * Head of the list of external write-tracking notifiers of one VM.
 *
 * Writers hold kvm->mmu_lock; readers are protected by track_srcu.
 */
struct kvm_page_track_notifier_head {
	struct srcu_struct track_srcu;
	struct hlist_head track_notifier_list;
};

struct kvm_page_track_notifier_node {
	struct hlist_node node;

	/*
	 * Called after the guest wrote to a write-tracked page and the
	 * write has been emulated.
	 *
	 * @gpa: guest physical address of the write.
	 * @new: the bytes written.
	 * @bytes: how many bytes were written.
	 * @node: this node
	 */
	void (*track_write)(gpa_t gpa, const u8 *new, int bytes,
			    struct kvm_page_track_notifier_node *node);

	/*
	 * Called when a memslot is removed from the guest.
	 *
	 * @gfn:       first gfn of the removed region
	 * @nr_pages:  size of the removed region, in pages
	 * @node:      this node
	 */
	void (*track_remove_region)(gfn_t gfn, unsigned long nr_pages,
				    struct kvm_page_track_notifier_node *node);
};

int kvm_page_track_register_notifier(struct kvm_file *kf,
				     struct kvm_page_track_notifier_node *n);
void kvm_page_track_unregister_notifier(struct kvm_file *kf,
					struct kvm_page_track_notifier_node *n);

int kvm_write_track_add_gfn(struct kvm_file *kf, gfn_t gfn);
int kvm_write_track_remove_gfn(struct kvm_file *kf, gfn_t gfn);
#else
/*
 * Keep the node type defined without write tracking, so that structures
 * embedding one (and headers compiled on their own) still build.
 */
struct kvm_page_track_notifier_node {};
#endif /* CONFIG_KVM_EXTERNAL_WRITE_TRACKING */

#endif

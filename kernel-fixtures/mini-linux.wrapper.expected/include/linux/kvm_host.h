/* SPDX-License-Identifier: GPL-2.0-only */
#ifndef __KVM_HOST_H
#define __KVM_HOST_H

#include <linux/types.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/spinlock.h>
#include <linux/refcount.h>
#include <linux/rcupdate.h>
#include <linux/srcu.h>
#include <linux/xarray.h>
#include <linux/nospec.h>
#include <linux/slab.h>
#include <linux/kvm_types.h>
#include <linux/file.h>
#include <linux/fs.h>

#include <asm/kvm_host.h>

#ifndef KVM_MAX_NR_ADDRESS_SPACES
#define KVM_MAX_NR_ADDRESS_SPACES	1
#endif

struct kvm_device_ops;
struct kvm_memory_slot;

struct kvm_memslots {
	u64 generation;
	atomic_long_t last_used_slot;
	struct rb_root_cached hva_tree;
	struct rb_root gfn_tree;
	int node_idx;
};

struct kvm {
#ifdef KVM_HAVE_MMU_RWLOCK
	rwlock_t mmu_lock;
#else
	spinlock_t mmu_lock;
#endif /* KVM_HAVE_MMU_RWLOCK */

	struct mutex slots_lock;

	/*
	 * Guards the architecture's private memslot data; taken inside
	 * slots_lock, or under kvm->srcu when slots_lock cannot be taken.
	 */
	struct mutex slots_arch_lock;
	struct mm_struct *mm; /* userspace tied to this vm */
	unsigned long nr_memslot_pages;
	struct kvm_memslots __rcu *memslots[KVM_MAX_NR_ADDRESS_SPACES];
	struct xarray vcpu_array;

	atomic_t online_vcpus;
	int max_vcpus;
	int created_vcpus;
	struct list_head vm_list;
	struct mutex lock;
	struct list_head devices;
	struct kvm_arch arch;
	refcount_t users_count;
	struct srcu_struct srcu;
	struct srcu_struct irq_srcu;
	pid_t userspace_pid;
	bool vm_dead;
};

#ifndef __KVM_HAVE_ARCH_VM_ALLOC
static inline struct kvm *kvm_arch_alloc_vm(void)
{
	return kzalloc(sizeof(struct kvm), GFP_KERNEL_ACCOUNT);
}
#endif

#ifndef __KVM_HAVE_ARCH_VM_FREE
static inline void kvm_arch_free_vm(struct kvm *kvm)
{
	kfree(kvm);
}
#endif

int kvm_arch_init_vm(struct kvm *kvm, unsigned long type);
void kvm_arch_destroy_vm(struct kvm *kvm);
int kvm_vm_ioctl_check_extension(struct kvm *kvm, long ext);
long kvm_arch_vm_ioctl(struct file *filp, unsigned int ioctl, unsigned long arg);

void kvm_get_kvm(struct kvm *kvm);
bool kvm_get_kvm_safe(struct kvm *kvm);
void kvm_put_kvm(struct kvm *kvm);
bool file_is_kvm(struct file *file);
struct kvm_file *kvm_file_from_file(struct file *file);
struct kvm *kvm_file_get_kvm(struct kvm_file *kf);
void kvm_put_kvm_no_destroy(struct kvm *kvm);

/*
 * struct kvm_file - a reference to a VM for code outside KVM
 *
 * A struct kvm_file pointer is the VM's struct file under a type of its
 * own, so that an arbitrary struct file cannot be passed where a VM is
 * wanted. The type is never defined: kvm_file_from_file() makes one
 * after checking the file, kvm_file_get() and kvm_file_put() manage its
 * reference and kvm_file_get_kvm() returns the VM.
 */
struct kvm_file;

/* Returns @kf with a new reference, or NULL if the VM is being destroyed. */
static inline struct kvm_file *kvm_file_get(struct kvm_file *kf)
{
	struct file *file = (struct file *)kf;

	return (struct kvm_file *)get_file_active(&file);
}

static inline void kvm_file_put(struct kvm_file *kf)
{
	fput((struct file *)kf);
}

static inline struct kvm_memslots *__kvm_memslots(struct kvm *kvm, int as_id)
{
	as_id = array_index_nospec(as_id, KVM_MAX_NR_ADDRESS_SPACES);
	return srcu_dereference_check(kvm->memslots[as_id], &kvm->srcu,
			lockdep_is_held(&kvm->slots_lock) ||
			!refcount_read(&kvm->users_count));
}

struct kvm_memory_slot *gfn_to_memslot(struct kvm *kvm, gfn_t gfn);

#ifdef CONFIG_HAVE_KVM_IRQCHIP
int kvm_irqfd(struct kvm *kvm, struct kvm_irqfd *args);
void kvm_irqfd_release(struct kvm *kvm);
#else
static inline int kvm_irqfd(struct kvm *kvm, struct kvm_irqfd *args)
{
	return -EINVAL;
}

static inline void kvm_irqfd_release(struct kvm *kvm)
{
}
#endif

struct kvm_device {
	const struct kvm_device_ops *ops;
	struct kvm_file *kvm_file;
	struct kvm *kvm;
	void *private;
	struct list_head vm_node;
};

/* create, destroy and name must be provided by every device type */
struct kvm_device_ops {
	const char *name;

	/*
	 * Runs with kvm->lock held; work that must not run under the lock
	 * belongs in init.
	 */
	int (*create)(struct kvm_device *dev, u32 type);

	/* Runs after a successful create, without kvm->lock. */
	void (*init)(struct kvm_device *dev);

	/* Frees dev; may run before or after the VM's I/O regions go away. */
	void (*destroy)(struct kvm_device *dev);

	/*
	 * Alternative to destroy, called with kvm->lock held when the
	 * device file descriptor is closed.
	 */
	void (*release)(struct kvm_device *dev);

	int (*set_attr)(struct kvm_device *dev, struct kvm_device_attr *attr);
	int (*get_attr)(struct kvm_device *dev, struct kvm_device_attr *attr);
	int (*has_attr)(struct kvm_device *dev, struct kvm_device_attr *attr);
	long (*ioctl)(struct kvm_device *dev, unsigned int ioctl,
		      unsigned long arg);
	int (*mmap)(struct kvm_device *dev, struct vm_area_struct *vma);
};

struct kvm_device *kvm_device_from_filp(struct file *filp);
int kvm_register_device_ops(const struct kvm_device_ops *ops, u32 type);
void kvm_unregister_device_ops(u32 type);

extern struct kvm_device_ops kvm_mpic_ops;
extern struct kvm_device_ops kvm_arm_vgic_v2_ops;
extern struct kvm_device_ops kvm_arm_vgic_v3_ops;

#endif

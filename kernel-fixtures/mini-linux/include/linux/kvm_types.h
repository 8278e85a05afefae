/* SPDX-License-Identifier: GPL-2.0-only */

#ifndef __KVM_TYPES_H__
#define __KVM_TYPES_H__

struct kvm;
struct kvm_async_pf;
struct kvm_device_ops;
struct kvm_gfn_range;
struct kvm_memory_slot;
struct kvm_run;
struct kvm_vcpu;
struct kvm_memslots;

#include <linux/mutex.h>
#include <linux/types.h>
#include <linux/spinlock_types.h>

#include <asm/kvm_types.h>

/*
 * Address types:
 *
 *  gpa - guest physical address
 *  gfn - guest frame number
 *  hva - host virtual address
 */

typedef u64            gpa_t;
typedef u64            gfn_t;
typedef unsigned long  hva_t;

#endif /* __KVM_TYPES_H__ */

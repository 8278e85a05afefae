// kvm-file as a Coccinelle semantic patch, for scripts/bench-diff.sh: the type
// changes of respin's kvm-file recipe that a semantic patch states directly (the
// fields and parameters that become struct file *, kvm_put_kvm() on them becoming
// fput()). It does not add the helper, the back pointer or the conversions at
// use sites that respin works out from the types, so it touches fewer files;
// it is the peer's cost for the same search, not the same series.
//   spatch --sp-file scripts/kvm-file.cocci --dir TREE --use-gitgrep -j 2 --very-quiet
// (with -j, spatch writes a folder of its workers' output in the current one: not in TREE)

@fields@
@@
(
struct vfio_device {
  ...
- struct kvm *kvm;
+ struct file *kvm;
  ...
};
|
struct vfio_device_file {
  ...
- struct kvm *kvm;
+ struct file *kvm;
  ...
};
|
struct vfio_group {
  ...
- struct kvm *kvm;
+ struct file *kvm;
  ...
};
)

@params@
identifier p;
type T;
@@
 T \(vfio_group_set_kvm\|vfio_device_get_kvm_safe\|vfio_device_file_set_kvm\|kvm_vfio_file_set_kvm\|
     vfio_file_set_kvm\|kvm_page_track_register_notifier\|kvm_page_track_unregister_notifier\|
     kvm_write_track_add_gfn\|kvm_write_track_remove_gfn\)(...,
- struct kvm *p
+ struct file *p
 ,...) { ... }

@protos@
identifier p;
type T;
@@
 T \(vfio_group_set_kvm\|vfio_device_get_kvm_safe\|vfio_device_file_set_kvm\|kvm_vfio_file_set_kvm\|
     vfio_file_set_kvm\|kvm_page_track_register_notifier\|kvm_page_track_unregister_notifier\|
     kvm_write_track_add_gfn\|kvm_write_track_remove_gfn\)(...,
- struct kvm *p
+ struct file *p
 ,...);

@puts@
struct vfio_device *d;
@@
- kvm_put_kvm(d->kvm)
+ fput(d->kvm)

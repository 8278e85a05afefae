# kvm-file-words.sh: sourced by the benchmarks (`. "$root/scripts/kvm-file-words.sh"`).
# Sets grep_args to `-e WORD` for each word respin's candidate scan looks for in the
# kvm-file recipe (Recipe.identifiers()), the names a `git grep -l -w` baseline asks for.
grep_args=()
for n in file_to_kvm file_is_kvm kvm_device kvm_ioctl_create_device vfio_device vfio_device_file vfio_group \
  vfio_group_set_kvm vfio_device_get_kvm_safe vfio_device_file_set_kvm kvm_vfio_file_set_kvm vfio_file_set_kvm \
  put_kvm vfio_device_put_kvm kvm_page_track_register_notifier kvm_page_track_unregister_notifier \
  kvm_write_track_add_gfn kvm_write_track_remove_gfn; do
  grep_args+=(-e "$n")
done

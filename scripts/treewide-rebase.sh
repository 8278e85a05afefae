# treewide-rebase.sh: the rebase stage of scripts/treewide-acceptance.sh,
# sourced by scripts/treewide-stages.sh. Upstream moves: a commit on the base
# adds a hwmon driver whose probe still takes two arguments (and uses the id),
# with its Kconfig entry and Makefile line, written with plumbing so that no
# work tree is touched. respin rebase must convert it in the hwmon group's
# patch and name it in "Changes in v2".

new_driver() {
  cat <<'EOF'
// SPDX-License-Identifier: GPL-2.0-only
/*
 * Microchip EMC1812/EMC1813 remote diode temperature sensors
 */

#include <linux/err.h>
#include <linux/hwmon.h>
#include <linux/i2c.h>
#include <linux/module.h>
#include <linux/regmap.h>

#define EMC1812_REG_INT_TEMP	0x00
#define EMC1812_REG_EXT1_TEMP	0x01
#define EMC1812_REG_EXT2_TEMP	0x23

enum emc181x_chip { emc1812, emc1813 };

struct emc1812_data {
	struct regmap *regmap;
	enum emc181x_chip chip;
};

static const u8 emc1812_temp_reg[] = {
	EMC1812_REG_INT_TEMP, EMC1812_REG_EXT1_TEMP, EMC1812_REG_EXT2_TEMP,
};

static umode_t emc1812_is_visible(const void *drvdata, enum hwmon_sensor_types type,
				  u32 attr, int channel)
{
	const struct emc1812_data *data = drvdata;

	if (channel == 2 && data->chip == emc1812)
		return 0;
	return 0444;
}

static int emc1812_read(struct device *dev, enum hwmon_sensor_types type,
			u32 attr, int channel, long *val)
{
	struct emc1812_data *data = dev_get_drvdata(dev);
	unsigned int regval;
	int ret;

	ret = regmap_read(data->regmap, emc1812_temp_reg[channel], &regval);
	if (ret)
		return ret;
	*val = (long)(s8)regval * 1000;
	return 0;
}

static const struct hwmon_ops emc1812_ops = {
	.is_visible = emc1812_is_visible,
	.read = emc1812_read,
};

static const struct hwmon_channel_info *emc1812_info[] = {
	HWMON_CHANNEL_INFO(temp, HWMON_T_INPUT, HWMON_T_INPUT, HWMON_T_INPUT),
	NULL
};

static const struct hwmon_chip_info emc1812_chip_info = {
	.ops = &emc1812_ops,
	.info = emc1812_info,
};

static const struct regmap_config emc1812_regmap_config = {
	.reg_bits = 8,
	.val_bits = 8,
	.max_register = 0xff,
};

static int emc1812_probe(struct i2c_client *client,
			 const struct i2c_device_id *id)
{
	struct device *dev = &client->dev;
	struct emc1812_data *data;
	struct device *hwmon_dev;

	data = devm_kzalloc(dev, sizeof(*data), GFP_KERNEL);
	if (!data)
		return -ENOMEM;

	data->chip = id->driver_data;
	data->regmap = devm_regmap_init_i2c(client, &emc1812_regmap_config);
	if (IS_ERR(data->regmap))
		return PTR_ERR(data->regmap);

	hwmon_dev = devm_hwmon_device_register_with_info(dev, client->name, data,
							 &emc1812_chip_info, NULL);
	return PTR_ERR_OR_ZERO(hwmon_dev);
}

static const struct i2c_device_id emc1812_id[] = {
	{ "emc1812", emc1812 },
	{ "emc1813", emc1813 },
	{ }
};
MODULE_DEVICE_TABLE(i2c, emc1812_id);

static struct i2c_driver emc1812_driver = {
	.driver = {
		.name = "emc1812",
	},
	.probe = emc1812_probe,
	.id_table = emc1812_id,
};
module_i2c_driver(emc1812_driver);

MODULE_DESCRIPTION("Microchip EMC1812/EMC1813 temperature sensor driver");
MODULE_LICENSE("GPL");
EOF
}

upstream_commit() { # -> the new base's commit id (also refs/heads/upstream)
  local index=$work/upstream.index blob kconfig makefile tree commit
  blob=$(new_driver | g hash-object -w --stdin)
  kconfig=$(g show "$base:drivers/hwmon/Kconfig" | awk '
    /^config SENSORS_EMC1403$/ && !done {
      print "config SENSORS_EMC1812"
      print "\ttristate \"Microchip EMC1812 and compatibles\""
      print "\tdepends on I2C"
      print "\tselect REGMAP_I2C"
      print "\thelp"
      print "\t  If you say yes here you get support for the Microchip EMC1812"
      print "\t  and EMC1813 remote diode temperature sensors."
      print ""
      print "\t  This driver can also be built as a module. If so, the module"
      print "\t  will be called emc1812."
      print ""
      done = 1
    }
    { print }' | g hash-object -w --stdin)
  makefile=$(g show "$base:drivers/hwmon/Makefile" | awk '
    { print } /^obj-\$\(CONFIG_SENSORS_EMC1403\)/ { print "obj-$(CONFIG_SENSORS_EMC1812)\t+= emc1812.o" }' | g hash-object -w --stdin)
  rm -f "$index"
  GIT_INDEX_FILE=$index g read-tree "$base"
  GIT_INDEX_FILE=$index g update-index --add --cacheinfo "100644,$blob,drivers/hwmon/emc1812.c" \
    --cacheinfo "100644,$kconfig,drivers/hwmon/Kconfig" --cacheinfo "100644,$makefile,drivers/hwmon/Makefile"
  tree=$(GIT_INDEX_FILE=$index g write-tree)
  rm -f "$index"
  commit=$(GIT_AUTHOR_NAME="Hwmon Developer" GIT_AUTHOR_EMAIL="hwmon@localhost" \
    GIT_COMMITTER_NAME="Hwmon Developer" GIT_COMMITTER_EMAIL="hwmon@localhost" \
    GIT_AUTHOR_DATE=2024-11-20T10:00:00Z GIT_COMMITTER_DATE=2024-11-20T10:00:00Z \
    g commit-tree "$tree" -p "$base" -m "hwmon: Add driver for Microchip EMC1812")
  g update-ref refs/heads/upstream "$commit"
  printf '%s\n' "$commit"
}

stage_rebase() {
  local onto t rc=0 hits p v1p cover f want have
  [ -n "$(g rev-parse -q --verify "refs/heads/$branch" 2>/dev/null)" ] || { result rebase "series branch" "missing: run --from series" FAILED; return 0; }
  g for-each-ref --format='%(refname)' refs/heads/respin/treewide-acceptance-v2 | while read -r f; do g update-ref -d "$f"; done
  rm -rf "$v2"
  onto=$(upstream_commit)
  t=$(date +%s)
  /usr/bin/time -v -o "$work/logs/rebase.time" "$root/scripts/respin" rebase --series "$name" --repo "$clone" \
    --onto "$onto" -o "$v2" --date 2024-11-21T10:00:00Z >"$work/logs/rebase.log" 2>&1 || rc=$?
  tail -n 15 "$work/logs/rebase.log"
  result rebase "respin rebase --onto (emc1812 added upstream) exit code" "$rc in $(secs "$t") s" "$([ "$rc" -le 1 ] && echo ok || echo FAILED)"
  [ "$rc" -le 1 ] || return 0
  result rebase "rebase wall time, CPU (user + system), peak RSS (/usr/bin/time -v)" \
    "$(awk -F': ' '/Elapsed \(wall clock\)/ { w = $2 } /User time|System time/ { c += $2 }
      /Maximum resident set size/ { r = $2 } END { printf "%s, %.0f s, %d MiB", w, c, r / 1024 }' "$work/logs/rebase.time")" info
  # The same recipe and split on a base with one more driver: the same patches,
  # each with its group's paragraph where v1 had it (a lost --split drops it).
  local n1 n2 par1 par2
  n1=$(patches_of "$series" | wc -l) n2=$(patches_of "$v2" | wc -l)
  result rebase "patches v1, v2" "$n1, $n2" "$([ "$n1" = "$n2" ] && echo ok || echo FAILED)"
  par1=$(patches_of "$series" | xargs grep -l '^This patch changes the files of ' | wc -l)
  par2=$(patches_of "$v2" | xargs grep -l '^This patch changes the files of ' | wc -l)
  result rebase "patches naming their group of files (This patch changes the files of ...), v1, v2" "$par1, $par2" \
    "$([ "$par1" = "$par2" ] && echo ok || echo FAILED)"
  # The v2 patches whose diff is not v1's (index lines aside).
  local changed=() a b
  mapfile -t a < <(patches_of "$series")
  mapfile -t b < <(patches_of "$v2")
  for p in "${!b[@]}"; do
    [ -n "${a[$p]:-}" ] && cmp -s <(sed -n '/^diff --git/,$p' "${a[$p]}" | grep -v '^index ') \
      <(sed -n '/^diff --git/,$p' "${b[$p]}" | grep -v '^index ') || changed+=("$(basename "${b[$p]}" | cut -c1-40)")
  done
  result rebase "v2 patches whose diff differs from v1's" "${#changed[@]}: ${changed[*]}" info
  # A phased migration converts the new driver in its group's patch of each
  # phase that changes it (here the hwmon patch moving drivers to .probe_new
  # and the one moving them back), so one patch or more, each a v1 group's.
  mapfile -t hits < <(grep -l '^diff --git a/drivers/hwmon/emc1812.c ' "$v2"/*.patch || true)
  result rebase "v2 patches touching drivers/hwmon/emc1812.c" "${#hits[@]}" "$([ "${#hits[@]}" -ge 1 ] && echo ok || echo FAILED)"
  [ "${#hits[@]}" -ge 1 ] || return 0
  local st=FAILED names=()
  for p in "${hits[@]}"; do names+=("$(basename "$p")"); done
  cat "${hits[@]}" | grep -q '^-static int emc1812_probe(struct i2c_client \*client,$' &&
    cat "${hits[@]}" | grep -q '^+static int emc1812_probe(struct i2c_client \*client)$' &&
    cat "${hits[@]}" | grep -q '^+	const struct i2c_device_id \*id = i2c_client_get_device_id(client);$' && st=ok
  result rebase "emc1812_probe() takes the client, id from i2c_client_get_device_id()" "${names[*]}" "$st"
  # Its groups: the other files of each such patch are exactly those of one v1 patch.
  local groups=0
  for p in "${hits[@]}"; do
    want=$(files_of "$p" | grep -vx 'drivers/hwmon/emc1812.c' | paste -sd' ')
    v1p=""
    while read -r f; do [ "$(files_of "$f" | paste -sd' ')" = "$want" ] && v1p=$(basename "$f"); done < <(patches_of "$series")
    say "  $(basename "$p"): other files as in v1's ${v1p:-(no v1 patch)}"
    [ -z "$v1p" ] || groups=$((groups + 1))
  done
  result rebase "of them, patches whose other files are a v1 group patch's" "$groups of ${#hits[@]}" "$([ "$groups" = "${#hits[@]}" ] && echo ok || echo FAILED)"
  # After the series the driver is in .probe, with one parameter.
  have=$(g show "refs/heads/respin/treewide-acceptance-v2:drivers/hwmon/emc1812.c" 2>/dev/null | grep -E '^\s*\.probe(_new)? = |^static int emc1812_probe' | tr -s '\t' ' ' | paste -sd' ' || true)
  result rebase "emc1812.c after the last v2 patch" "${have:-missing}" \
    "$(grep -q '^static int emc1812_probe(struct i2c_client \*client) ' <<<"$have " && grep -q '\.probe = emc1812_probe' <<<"$have" && ! grep -q probe_new <<<"$have" && echo ok || echo FAILED)"
  cover=$(find "$v2" -maxdepth 1 -name '*cover-letter.patch' | head -n 1)
  # The changelog: from its header to the next blank line after an entry.
  have=$(awk '/^Changes in v2/ { on = 1; print; next } on && /^$/ && n { exit } on && NF { n++; print }' "${cover:-/dev/null}")
  # sed reads it all: head would close the pipe early, and under pipefail a
  # changelog longer than the pipe buffer would end the script.
  printf '%s\n' "${have:-(no \"Changes in v2\" in ${cover:-the cover letter})}" | sed -n '1,30s/^/  /p'
  result rebase "\"Changes in v2\": lines, entries (- ...)" "$(grep -c . <<<"$have"), $(grep -c '^- ' <<<"$have")" info
  # v2 has v1's patches: no bullet may say that patches merged, split, came or went.
  local shape
  shape=$(grep -cE '^- (Patches "|Patch "|New patch "|Dropped ")' <<<"$have" || true)
  result rebase "\"Changes in v2\": patches told merged, split, new or dropped" "$shape" \
    "$([ "$n1" != "$n2" ] || [ "$shape" = 0 ] && echo ok || echo FAILED)"
  result rebase "\"Changes in v2\" names emc1812" "$(grep -m1 emc1812 <<<"$have" | cut -c1-60 || echo no)" "$(grep -q emc1812 <<<"$have" && echo ok || echo FAILED)"
}

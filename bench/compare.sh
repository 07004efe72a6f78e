#!/usr/bin/env bash
# Builds the same generated archive with Concord, with Hugo (Debian's hugo
# package, installed here if missing) and with the floor program
# (bench/floor: read, decode, goldmark, one template, one write per file),
# in interleaved runs, and prints the medians and the ratios that issue 5
# sets as targets. Not part of CI's pass/fail: it takes minutes.
#
#   bench/compare.sh                      # N = 1000 and 5000, 3 runs, on tmpfs
#   SIZES="1000 5000 20000" RUNS=5 bench/compare.sh
#   OUT_ROOT=/var/tmp/concord-bench bench/compare.sh   # outputs on disk
#
# Sources are generated once per size under $BENCH_DIR (default
# /dev/shm/concord-bench), outputs go under $OUT_ROOT (default the same
# tmpfs: the disk of the machines we measure on makes many-file writes
# slow and noisy, which hides the generators' own cost).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-"1000 5000"}
runs=${RUNS:-3}
bench=${BENCH_DIR:-/dev/shm/concord-bench}
outroot=${OUT_ROOT:-$bench/out}
mkdir -p "$bench/bin" "$outroot"

if ! command -v hugo >/dev/null; then
	as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
	as_root apt-get update -q
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q hugo
fi
echo "hugo: $(hugo version | cut -d' ' -f1-2)   go: $(go version | cut -d' ' -f3)   cpus: $(nproc)"

go build -o "$bench/bin/concord" ./cmd/concord
go build -o "$bench/bin/floor" ./bench/floor
go build -o "$bench/bin/concord-corpus" ./cmd/concord-corpus

# measure NAME CMD...: runs CMD under /usr/bin/time and appends
# "name wall cpu rss_kb" to $results.
measure() {
	local name=$1
	shift
	/usr/bin/time -f "%e %U %S %M" -o "$bench/time.txt" "$@" >/dev/null 2>"$bench/stderr.txt" || {
		echo "$name failed:" >&2
		cat "$bench/stderr.txt" >&2
		exit 1
	}
	read -r wall user sys rss <"$bench/time.txt"
	echo "$name $wall $(awk "BEGIN { print $user + $sys }") $rss" >>"$results"
}

# edit_one FILE: appends a word to the last line of a file, as an editor's
# one-paragraph change (the paragraph structure stays the same).
edit_one() {
	sed -i '$ s/$/ Edited./' "$1"
}

results=$(mktemp)
for n in $sizes; do
	src="$bench/concord-$n"
	hsrc="$bench/hugo-$n"
	[ -d "$src" ] || "$bench/bin/concord-corpus" -n "$n" -out "$src" -theme themes/default >/dev/null
	[ -d "$hsrc" ] || "$bench/bin/concord-corpus" -n "$n" -format hugo -out "$hsrc" >/dev/null
	# The first declaration, by a sorted glob (a pipe into head would
	# end the script under pipefail).
	decls=("$src"/content/declarations/*/)
	first=${decls[0]%/}
	hfirst="$hsrc/content/declarations/$(basename "$first")"
	mds=("$first"/*.md)
	hmds=("$hfirst"/index.*.md)
	for run in $(seq "$runs"); do
		# Rotate the order, so no tool always runs on a warm or a tired machine.
		order=("concord" "hugo" "floor")
		order=("${order[@]:$((run % 3))}" "${order[@]:0:$((run % 3))}")
		for tool in "${order[@]}"; do
			out="$outroot/$tool-$n"
			rm -rf "$out" "$outroot/.$tool-$n.concord-staging"
			case $tool in
			concord)
				measure "$n concord" "$bench/bin/concord" build --source "$src" --out "$out"
				edit_one "${mds[0]}"
				measure "$n concord-rebuild" "$bench/bin/concord" build --source "$src" --out "$out"
				;;
			hugo)
				measure "$n hugo" hugo --quiet --source "$hsrc" --destination "$out"
				edit_one "${hmds[0]}"
				measure "$n hugo-rebuild" hugo --quiet --source "$hsrc" --destination "$out"
				;;
			floor)
				measure "$n floor" "$bench/bin/floor" -source "$src" -out "$out"
				;;
			esac
		done
	done
done

# Medians per (N, tool), then the ratios.
awk '
function median(list,   n, a, i, j, t) {
	n = split(list, a, " ")
	for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{ k = $1 " " $2; wall[k] = wall[k] " " $3; cpu[k] = cpu[k] " " $4; rss[k] = rss[k] " " $5; if (!seen[$1]++) sizes[++ns] = $1 }
END {
	printf "%-7s %-16s %9s %9s %9s\n", "N", "tool", "wall s", "cpu s", "rss MB"
	split("concord concord-rebuild hugo hugo-rebuild floor", tools, " ")
	for (s = 1; s <= ns; s++) {
		n = sizes[s]
		for (t = 1; t <= 5; t++) {
			k = n " " tools[t]
			if (!(k in wall)) continue
			W[k] = median(wall[k]); C[k] = median(cpu[k]); R[k] = median(rss[k]) / 1024
			printf "%-7s %-16s %9.2f %9.2f %9.0f\n", n, tools[t], W[k], C[k], R[k]
		}
	}
	print ""
	printf "%-7s %14s %14s %14s %16s\n", "N", "wall/hugo", "cpu/floor", "rss/hugo", "rebuild/hugo"
	printf "%-7s %14s %14s %14s %16s\n", "", "(target 0.33)", "(target 1.5)", "(target 0.2)", "(target 0.1)"
	for (s = 1; s <= ns; s++) {
		n = sizes[s]
		printf "%-7s %14.2f %14.2f %14.2f %16.2f\n", n, W[n " concord"] / W[n " hugo"], C[n " concord"] / C[n " floor"], R[n " concord"] / R[n " hugo"], W[n " concord-rebuild"] / W[n " hugo-rebuild"]
	}
}' "$results"
rm -f "$results"

#!/usr/bin/env bash
# Generation benchmark: sdkgen against the parse floor, in one run.
#
#   Scripts/benchmark-generate.sh [runs] [--compare] [--no-compile]     (runs: default 5, after 1 warm-up run)
#
# The floor is Benchmarks/YAMLFloor/yaml-floor.c: a C program that only counts libyaml's events of the same file
# (no generator can load the document faster). For each document (the Files API, the next Files API from
# ../shared/specs when present, the whole OpenRouter API) it runs, each in its own process:
#   floor        yaml-floor FILE
#   empty        sdkgen generate into an empty output folder (the last run's set aside before each run)
#   empty-tmpfs  the same with the output folder in /dev/shm, when there is one: sdkgen's own cost, without the
#                disk's inode allocation (on this machine's journal-less ext4, creating files slows down for
#                minutes after many were deleted anywhere on the disk: see set_aside)
#   up-to-date   sdkgen generate into a folder that already holds the same output (nothing is written; the
#                up-to-date short-cut answers from its cache, which this script keeps in its temporary folder)
# then the scaling series: synthetic documents of 1x, 4x and 16x the whole OpenRouter document
# (Scripts/scale-document.py, which needs PyYAML), with the cost per MB against the 1x document's; with
# --compare, swift-openapi-generator 1.14.3 generating the same documents (the whole one patched on a copy so
# that it accepts it; its CLI is built once into .build-bench, several minutes); and last the compile times of
# the generated clients (Scripts/benchmark-compile.sh, with --compare its side of them too; --no-compile skips).
# and prints the medians of wall time, user+sys cpu time and peak RSS (from /usr/bin/time), the ratios to the
# floor, and the load average before and after (on a shared machine, compare the ratios rather than the times;
# `valgrind --tool=callgrind` instruction counts are the repeatable measure).
# Needs gcc, libyaml-dev and /usr/bin/time (apt-get install time). sdkgen is built in release mode with
# --scratch-path .build-release (SCRATCH_PATH overrides).
set -euo pipefail

cd "$(dirname "$0")/.."
repo="$(pwd)"
runs=5
compare=0
compile=1
for argument in "$@"; do
    case "$argument" in
        --compare) compare=1 ;;
        --no-compile) compile=0 ;;
        [0-9]*) runs="$argument" ;;
        *) echo "usage: $0 [runs] [--compare] [--no-compile]" >&2; exit 2 ;;
    esac
done
scratch="${SCRATCH_PATH:-.build-release}"

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time is required: sudo apt-get install -y time" >&2
    exit 1
fi
if ! command -v gcc >/dev/null; then
    echo "error: gcc is required for the floor program: sudo apt-get install -y gcc libyaml-dev" >&2
    exit 1
fi

work="$(mktemp -d)"
# A second output location in memory (tmpfs), when there is one: the "empty (tmpfs)" rows measure sdkgen without
# the disk's inode allocation (see set_aside below).
memory=""
if [[ -d /dev/shm && -w /dev/shm ]]; then memory="$(mktemp -d /dev/shm/sdkgen-bench.XXXXXX)"; fi
trap 'rm -rf "$work" ${memory:+"$memory"}' EXIT
# The up-to-date cache of these runs (the user's own is left alone): an empty folder misses it, an up-to-date
# folder takes the short-cut, as a user's second run does.
export SDKGEN_CACHE_DIR="$work/cache"

# On Linux the measured sdkgen links the Swift libraries statically, as the README's standalone build does: a run
# then maps no Swift shared library (the Files document: 97.7 M instructions dynamic, 84.1 M static).
link=()
[[ "$(uname -s)" == Linux ]] && link=(--static-swift-stdlib)
echo "Building sdkgen (release ${link[*]:-}, scratch path $scratch) and the floor program..."
swift build -c release --product sdkgen --scratch-path "$scratch" "${link[@]}" >/dev/null
sdkgen="$(swift build -c release --scratch-path "$scratch" "${link[@]}" --show-bin-path)/sdkgen"
if ! gcc -O2 -o "$work/yaml-floor" Benchmarks/YAMLFloor/yaml-floor.c -lyaml; then
    echo "error: cannot build the floor program (needs libyaml-dev: sudo apt-get install -y libyaml-dev)" >&2
    exit 1
fi

documents=("Files=spec/openrouter-files.openapi.yaml")
if [[ -f ../shared/specs/openrouter-files.next.openapi.yaml ]]; then
    documents+=("next-Files=../shared/specs/openrouter-files.next.openapi.yaml")
else
    documents+=("next-Files=spec/openrouter-files.next.openapi.yaml")
fi
documents+=("OpenRouter=spec/openrouter.openapi.yaml")

# measure NAME COMMAND...: one run; appends "wall-ms cpu-ms rss-kib" to $work/NAME. Times come from bash's
# `time` (millisecond resolution; it includes /usr/bin/time's own ~1 ms), the peak RSS from /usr/bin/time.
measure() {
    local name="$1"; shift
    local TIMEFORMAT='%3R %3U %3S'
    { time /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/stderr" || {
        echo "error: '$*' failed:" >&2; cat "$work/stderr" >&2; exit 1; }; } 2> "$work/time"
    read -r wall user sys < "$work/time"
    awk -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$(tail -1 "$work/rss")" \
        'BEGIN { printf "%.1f %.1f %d\n", wall * 1000, (user + sys) * 1000, rss }' >> "$work/$name"
}

# set_aside FOLDER: makes FOLDER absent for an "empty" run by moving it into $work/set-aside (removed on exit)
# rather than deleting it. On ext4 without a journal (this machine's disk: /proc/fs/jbd2 is empty), the kernel
# skips inodes freed in the last minute or more when it allocates new ones (fs/ext4/ialloc.c, recently_deleted),
# so deleting the last run's 904 files before each run made the next run's file creations scan past them: up to
# a third of a run's time went to the benchmark's own deletions, not to sdkgen.
set_aside_count=0
# The deletions at the end of a benchmark (its EXIT trap) still slow file creation for a few minutes after it;
# the "empty (tmpfs)" rows show what sdkgen itself costs.
set_aside() {
    [[ -e "$1" ]] || return 0
    set_aside_count=$((set_aside_count + 1))
    mkdir -p "$(dirname "$1")/set-aside"
    mv "$1" "$(dirname "$1")/set-aside/$set_aside_count"
}

# median FILE COLUMN
median() {
    cut -d' ' -f"$2" "$1" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# series NAME SETUP COMMAND...: 1 warm-up and $runs measured runs, SETUP (a shell snippet) before each.
series() {
    local name="$1" setup="$2"; shift 2
    : > "$work/$name"
    eval "$setup"; measure "$name.warmup" "$@"
    for _ in $(seq "$runs"); do eval "$setup"; measure "$name" "$@"; done
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
printf '\n%-11s %-11s %10s %10s %9s %8s %8s %8s\n' document run wall-ms cpu-ms rss-MiB "wall×" "cpu×" "rss×"
for entry in "${documents[@]}"; do
    label="${entry%%=*}"; file="${entry#*=}"
    out="$work/out-$label"
    series "$label-floor" ":" "$work/yaml-floor" "$file"
    series "$label-empty" "set_aside '$out'" "$sdkgen" generate --spec "$file" --output "$out" --module Client --quiet
    series "$label-same" ":" "$sdkgen" generate --spec "$file" --output "$out" --module Client --quiet
    runs_shown=(floor empty same)
    if [[ -n "$memory" ]]; then
        series "$label-tmpfs" "set_aside '$memory/out-$label'" "$sdkgen" generate --spec "$file" \
            --output "$memory/out-$label" --module Client --quiet
        runs_shown+=(tmpfs)
    fi
    floor_wall="$(median "$work/$label-floor" 1)"; floor_cpu="$(median "$work/$label-floor" 2)"
    floor_rss="$(median "$work/$label-floor" 3)"
    for run in "${runs_shown[@]}"; do
        wall="$(median "$work/$label-$run" 1)"; cpu="$(median "$work/$label-$run" 2)"; rss="$(median "$work/$label-$run" 3)"
        shown="$run"; [[ "$run" == same ]] && shown="up-to-date"; [[ "$run" == tmpfs ]] && shown="empty-tmpfs"
        awk -v d="$label" -v r="$shown" -v w="$wall" -v c="$cpu" -v m="$rss" -v fw="$floor_wall" -v fc="$floor_cpu" \
            -v fm="$floor_rss" 'BEGIN { printf "%-11s %-11s %10.1f %10.1f %9.1f %8.1f %8s %8.1f\n", d, r, w, c, m / 1024,
                w / fw, (fc > 0 ? sprintf("%.1f", c / fc) : "-"), m / fm }'
    done
done
# Scaling: synthetic documents of 1x, 4x and 16x the OpenRouter document (Scripts/scale-document.py: every
# component and path copied with suffixed names), into an empty folder; cost per MB against the 1x figure.
if python3 -c 'import yaml' 2>/dev/null; then
    printf '\n%-11s %9s %10s %10s %9s %11s %11s %9s\n' scale MB wall-ms cpu-ms rss-MiB "wall/MB×" "cpu/MB×" "rss/MB×"
    base_wall=""; base_cpu=""; base_rss=""
    for factor in 1 4 16; do
        scaled="$work/scaled-$factor.yaml"
        python3 Scripts/scale-document.py spec/openrouter.openapi.yaml "$factor" "$scaled"
        megabytes="$(awk -v b="$(wc -c < "$scaled")" 'BEGIN { printf "%.2f", b / 1048576 }')"
        out="$work/out-scaled-$factor"
        series "scaled-$factor" "set_aside '$out'" "$sdkgen" generate --spec "$scaled" --output "$out" --module Client --quiet
        wall="$(median "$work/scaled-$factor" 1)"; cpu="$(median "$work/scaled-$factor" 2)"
        rss="$(median "$work/scaled-$factor" 3)"
        if [[ -z "$base_wall" ]]; then
            base_wall="$(awk -v w="$wall" -v m="$megabytes" 'BEGIN { print w / m }')"
            base_cpu="$(awk -v c="$cpu" -v m="$megabytes" 'BEGIN { print c / m }')"
            base_rss="$(awk -v r="$rss" -v m="$megabytes" 'BEGIN { print r / m }')"
        fi
        awk -v f="${factor}x" -v m="$megabytes" -v w="$wall" -v c="$cpu" -v r="$rss" -v bw="$base_wall" \
            -v bc="$base_cpu" -v br="$base_rss" 'BEGIN { printf "%-11s %9.2f %10.1f %10.1f %9.1f %11.2f %11.2f %9.2f\n",
            f, m, w, c, r / 1024, (w / m) / bw, (c / m) / bc, (r / m) / br }'
    done
    echo "(×: time or memory per MB against the 1x document's; 1.00 is linear)"
else
    echo
    echo "scaling series skipped: Scripts/scale-document.py needs PyYAML (pip install pyyaml)"
fi

# swift-openapi-generator generating the same documents (types and client), in the same run.
if [[ $compare == 1 ]]; then
    source Scripts/swift-openapi-generator.sh
    soag_build "$repo"
    soag_config "$work/soag-config.yaml"
    soag_patch spec/openrouter.openapi.yaml "$work/openrouter.patched.yaml"
    printf '\n%-30s %10s %10s %9s %12s %12s\n' "swift-openapi-generator" wall-ms cpu-ms rss-MiB "sdkgen/it" "(cpu)"
    for entry in "Files=spec/openrouter-files.openapi.yaml" "OpenRouter=$work/openrouter.patched.yaml"; do
        label="${entry%%=*}"; file="${entry#*=}"
        out="$work/soag-out-$label"
        series "soag-$label" "set_aside '$out'; mkdir -p '$out'" "$soag_generator" generate --config "$work/soag-config.yaml" \
            --output-directory "$out" "$file"
        wall="$(median "$work/soag-$label" 1)"; cpu="$(median "$work/soag-$label" 2)"; rss="$(median "$work/soag-$label" 3)"
        ours_wall="$(median "$work/$label-empty" 1)"; ours_cpu="$(median "$work/$label-empty" 2)"
        awk -v d="$label (empty folder)" -v w="$wall" -v c="$cpu" -v m="$rss" -v ow="$ours_wall" -v oc="$ours_cpu" \
            'BEGIN { printf "%-30s %10.1f %10.1f %9.1f %12.3f %12.3f\n", d, w, c, m / 1024, ow / w, oc / c }'
    done
    echo "(sdkgen/it: sdkgen's median into an empty folder over swift-openapi-generator's; the whole document patched for it)"
fi

echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "medians of $runs runs after 1 warm-up; × is the ratio to the floor of the same document; cpu is user+sys"
[[ -n "$memory" ]] && echo "empty-tmpfs: into an empty folder in /dev/shm (memory), without the disk's inode allocation"

if [[ $compile == 1 ]]; then
    echo
    echo "Compile times of the generated clients (Scripts/benchmark-compile.sh):"
    if [[ $compare == 1 ]]; then bash Scripts/benchmark-compile.sh --compare; else bash Scripts/benchmark-compile.sh; fi
fi
exit 0

#!/usr/bin/env bash
# Regenerate every configured client, e.g. after a spec change. Usable from Makefiles and CI.
#
#   Scripts/regenerate.sh [sdkgen.yaml ...]        (default: spec/sdkgen.yaml)
#
# Builds sdkgen once in release mode, runs `sdkgen generate --config FILE` for each config file (every client
# it lists), then shows what changed in the output folders (`git status --short`, inside a git work tree).
# Config paths are relative to the current folder. Exits 1 when a generation fails (the other configs still
# run), or with the build's status when sdkgen does not build.
#
# Environment: SCRATCH_PATH  build folder (default .build)
#              SDKGEN_FLAGS  extra flags for `sdkgen generate`, e.g. "--warnings-as-errors"
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
scratch="${SCRATCH_PATH:-.build}"

configs=()
if [ "$#" -eq 0 ]; then
    configs=("$root/spec/sdkgen.yaml")
else
    for config in "$@"; do
        case "$config" in
            /*) configs+=("$config") ;;
            *) configs+=("$PWD/$config") ;;
        esac
    done
fi
for config in "${configs[@]}"; do
    if [ ! -f "$config" ]; then
        echo "error: no config file at $config" >&2
        exit 2
    fi
done

cd "$root"
echo "== building sdkgen (release)"
swift build -c release --product sdkgen --scratch-path "$scratch"
sdkgen="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/sdkgen"

failed=0
outputs=()
for config in "${configs[@]}"; do
    echo "== sdkgen generate --config ${config#"$root/"}"
    log="$(mktemp)"
    # shellcheck disable=SC2086 # SDKGEN_FLAGS is a list of flags
    if "$sdkgen" generate --config "$config" ${SDKGEN_FLAGS:-} | tee "$log"; then :; else failed=1; fi
    # "Module: 51 files in Generated/Module (0 written, 51 unchanged, 0 removed)" names each output folder.
    while IFS= read -r folder; do outputs+=("$folder"); done < <(sed -n 's/^[^:]*: [0-9]* files in \(.*\) ([0-9]* written, .*$/\1/p' "$log")
    rm -f "$log"
done

if [ "${#outputs[@]}" -gt 0 ] && git -C "$root" rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    echo "== changes in the output folders (git status --short)"
    changes="$(git -C "$root" status --short --untracked-files=all -- "${outputs[@]}" 2> /dev/null || true)"
    if [ -n "$changes" ]; then echo "$changes"; else echo "(none)"; fi
fi

if [ "$failed" -ne 0 ]; then
    echo "error: generation failed for at least one config" >&2
    exit 1
fi

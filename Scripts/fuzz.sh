#!/usr/bin/env bash
# A long fuzz run of the generator: CASES mutated documents (from the fixtures and the Files document) through
# load → read → generate, in memory. Each must give a clean result or error diagnostics; a crash, a hang, or a
# failure without an error fails the run. Runs are deterministic: the same CASES and SEED give the same documents.
#
# Usage: Scripts/fuzz.sh [CASES] [SEED]          (defaults: 100000 cases, seed 1)
# Environment: SCRATCH_PATH  SwiftPM scratch folder (default .build)
#
# Failing inputs are saved under $TMPDIR/sdkgen-fuzz-failures/; if the run crashes, the documents the two workers
# were on are printed. Keep every such input in Tests/Fixtures/Regressions/ once fixed.
set -euo pipefail

cases=${1:-100000}
seed=${2:-1}
cd "$(dirname "$0")/.."
scratch=${SCRATCH_PATH:-.build}
current=$(mktemp -d "${TMPDIR:-/tmp}/sdkgen-fuzz-current.XXXXXX")

swift build --build-tests --scratch-path "$scratch"
echo "fuzzing $cases cases with seed $seed"
started=$(date +%s)
status=0
SDKGEN_FUZZ_CASES="$cases" SDKGEN_FUZZ_SEED="$seed" SDKGEN_FUZZ_CURRENT_DIR="$current" \
    swift test --skip-build --scratch-path "$scratch" --filter 'SDKGenCoreTests.FuzzTests/testLongRun' || status=$?
elapsed=$(( $(date +%s) - started ))

if [ "$status" -ne 0 ]; then
    echo "fuzz run FAILED after ${elapsed} s (status $status). Documents in progress when it stopped:"
    for file in "$current"/worker-*.yaml; do
        [ -e "$file" ] || continue
        kept="${TMPDIR:-/tmp}/sdkgen-fuzz-crash-seed$seed-$(basename "$file")"
        cp "$file" "$kept"
        echo "  $kept"
    done
    exit "$status"
fi
rm -rf "$current"
echo "fuzz run passed: $cases cases, seed $seed, ${elapsed} s"

#!/usr/bin/env bash
# The corpus check: every real public document in ../shared/corpus/ and the OpenRouter documents in ../shared/specs/
# must either generate a client that type-checks in Swift 6 mode with zero warnings, or be refused with an error
# that names a place in the document. Documents under documents_with_errors/ may be refused; the others must not be.
#
#   Scripts/corpus-check.sh [SHARED_DIR]        (default: ../shared next to the repository)
#
# Type-checking is whole-module (`-wmo`, one frontend): on the whole OpenRouter client 11 s instead of 151 s for
# swiftc's default of one frontend job per batch of files, which parses and checks every file's declarations again.
#
# Each accepted document is generated and type-checked twice: as a client that carries its runtime (the default), and
# with `--runtime module`, against the SDKGenRuntime module (built here, debug), so that generated code calls nothing
# the module keeps internal.
#
# Prints one row per document (generate seconds, warnings, type-check seconds of both, result) and exits 1 if any
# fails. Set SDKGEN to use another sdkgen binary (default: the debug build, built if missing).
set -uo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
if [[ ! -d "$shared/corpus" ]]; then
    echo "error: no corpus at $shared/corpus" >&2
    exit 1
fi
if [[ -z "${SDKGEN:-}" ]]; then
    swift build --product sdkgen >/dev/null || exit 1
    SDKGEN="$(swift build --show-bin-path)/sdkgen"
fi
swift build --target SDKGenRuntime >/dev/null || exit 1
runtime_modules="$(swift build --show-bin-path)/Modules"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

failures=0
printf '%-72s %8s %8s %9s  %s\n' "document" "gen s" "warnings" "check s" "result"
while IFS= read -r document; do
    name="${document#"$shared"/}"
    out="$work/$(echo "$name" | tr '/.' '__')"
    start=$(date +%s.%N)
    "$SDKGEN" generate --spec "$document" --output "$out" --module Corpus --quiet >"$out.log" 2>&1
    status=$?
    generated=$(date +%s.%N)
    warnings=$(grep -c ': warning: \|^warning: ' "$out.log")
    gen_seconds=$(awk -v a="$start" -v b="$generated" 'BEGIN { printf "%.2f", b - a }')
    if [[ $status -ne 0 ]]; then
        if [[ "$name" == */documents_with_errors/* ]] && grep -qE '^[^ ]+:[0-9]+:[0-9]+: error: ' "$out.log"; then
            result="refused as expected: $(grep -m1 -E ': error: ' "$out.log" | cut -c1-90)"
        else
            result="FAILED: generation exited $status"; failures=$((failures + 1)); sed 's/^/    /' "$out.log" | head -20
        fi
        printf '%-72s %8s %8s %9s  %s\n' "$name" "$gen_seconds" "$warnings" "-" "$result"
        continue
    fi
    mapfile -t sources < <(find "$out" -name '*.swift' | sort)
    check_start=$(date +%s.%N)
    swiftc -typecheck -wmo -swift-version 6 -warnings-as-errors -module-name Corpus "${sources[@]}" >"$out.typecheck" 2>&1
    check_status=$?
    checked=$(date +%s.%N)
    "$SDKGEN" generate --spec "$document" --output "$out.module" --module Corpus --runtime module --quiet \
        >"$out.module.log" 2>&1
    mapfile -t module_sources < <(find "$out.module" -name '*.swift' | sort)
    module_start=$(date +%s.%N)
    swiftc -typecheck -wmo -swift-version 6 -warnings-as-errors -module-name Corpus -I "$runtime_modules" \
        "${module_sources[@]}" >>"$out.typecheck" 2>&1
    module_status=$?
    module_checked=$(date +%s.%N)
    check_seconds=$(awk -v a="$check_start" -v b="$checked" -v c="$module_start" -v d="$module_checked" \
        'BEGIN { printf "%.1f+%.1f", b - a, d - c }')
    if [[ $check_status -eq 0 && $module_status -eq 0 ]]; then
        result="compiles, 0 warnings (${#sources[@]} files; ${#module_sources[@]} with the runtime module)"
    else
        result="FAILED: $(grep -c 'error:' "$out.typecheck") compiler errors"; failures=$((failures + 1))
        grep -E 'error:' "$out.typecheck" | sed -E 's/^.*\/([^/]+:[0-9]+:[0-9]+:)/\1/' | sort | uniq | head -10 | sed 's/^/    /'
    fi
    printf '%-72s %8s %8s %9s  %s\n' "$name" "$gen_seconds" "$warnings" "$check_seconds" "$result"
done < <(find "$shared/corpus" "$shared/specs" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) | sort)

if [[ $failures -ne 0 ]]; then
    echo "corpus check: $failures document(s) failed" >&2
    exit 1
fi
echo "corpus check: every document generates a client that type-checks with zero warnings (carrying its runtime and with the runtime module), or is refused where expected"

#!/usr/bin/env bash
# Compile-time benchmark of the generated code: generates the Files client and the whole-OpenRouter-API client into
# throwaway SwiftPM packages (Swift 6 language mode, complete strict concurrency, Foundation only) and measures a
# clean debug `swift build` of each, plus an incremental build of the Files client after touching its files; then
# the same with `--runtime module`, the runtime (a copy of Sources/SDKGenRuntime) built beforehand, as a dependency
# is, like swift-openapi-generator's runtime packages in its rows.
#
#   Scripts/benchmark-compile.sh [--compare] [--keep DIR]
#
#   --compare    also measure swift-openapi-generator 1.14.3's client of the same documents (its CLI, built once
#                from the package mirror; slow the first time)
#   --keep DIR   work in DIR and keep it (default: a temporary folder, removed at the end)
#
# Set SDKGEN to use another sdkgen binary (default: the debug build in .build-bench, built if missing).
# Prints one row per measurement: wall seconds, cpu-s (user + sys of every process the build ran) and the load
# average when the build started. The machine is shared: compare cpu-s, not wall time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
compare=0
work=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --compare) compare=1 ;;
        --keep) work="$2"; shift ;;
        *) echo "usage: $0 [--compare] [--keep DIR]" >&2; exit 2 ;;
    esac
    shift
done
if [[ -z "$work" ]]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
else
    rm -rf "$work" && mkdir -p "$work"
fi
if [[ -z "${SDKGEN:-}" ]]; then
    swift build --scratch-path .build-bench --product sdkgen >/dev/null
    SDKGEN="$repo/.build-bench/debug/sdkgen"
fi

# A package with one library target `Client` whose sources are in Sources/Client.
write_package() { # dir [package dependencies] [target dependencies]
    mkdir -p "$1/Sources/Client"
    cat >"$1/Package.swift" <<PACKAGE
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Bench",
    platforms: [.macOS(.v15)],
    products: [.library(name: "Client", targets: ["Client"])],
    dependencies: [${2:-}],
    targets: [
        .target(
            name: "Client", dependencies: [${3:-}],
            swiftSettings: [.unsafeFlags(["-strict-concurrency=complete"])])
    ],
    swiftLanguageModes: [.v6]
)
PACKAGE
}

# A package whose `Client` target (Sources/Client) depends on a target `SDKGenRuntime`: a copy of
# Sources/SDKGenRuntime, compiled as the sdkgen package's library of that name would be (`runtime: module`).
write_runtime_package() { # dir
    mkdir -p "$1/Sources/Client"
    cp -R Sources/SDKGenRuntime "$1/Sources/SDKGenRuntime"
    cat >"$1/Package.swift" <<PACKAGE
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Bench",
    platforms: [.macOS(.v15)],
    products: [.library(name: "Client", targets: ["Client"])],
    targets: [
        .target(name: "SDKGenRuntime", swiftSettings: [.unsafeFlags(["-strict-concurrency=complete"])]),
        .target(
            name: "Client", dependencies: ["SDKGenRuntime"],
            swiftSettings: [.unsafeFlags(["-strict-concurrency=complete"])]),
    ],
    swiftLanguageModes: [.v6]
)
PACKAGE
}

# measure LABEL DIR [clean|touch|client]: one debug build of the package in DIR (clean: from nothing; touch: after
# touching the client's files; client: with everything but the Client target already built, as a dependency is);
# fails on any warning in the client's sources.
measure() {
    local label="$1" dir="$2" mode="${3:-clean}" load times log
    if [[ "$mode" == clean ]]; then
        rm -rf "$dir/.build/debug" "$dir/.build/"*-unknown-* "$dir/.build/"*-apple-* 2>/dev/null || true
    elif [[ "$mode" == client ]]; then
        swift build --package-path "$dir" ${BUILD_FLAGS:-} >/dev/null 2>&1 || true
        rm -rf "$dir/.build/"*/debug/Client.build "$dir/.build/"*/debug/Modules/Client.* 2>/dev/null || true
    else
        find "$dir/Sources/Client" -name '*.swift' -exec touch {} +
    fi
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    log="$dir/build-$mode.log"
    /usr/bin/time -o "$dir/time-$mode" -f '%e %U %S' swift build --package-path "$dir" ${BUILD_FLAGS:-} >"$log" 2>&1 || {
        if [[ -n "${COUNT_WARNINGS:-}" ]]; then
            # Another generator's output that does not compile is a result, not a failure of this script.
            printf '%-62s %s\n' "$label" "does not compile: $(grep -c "^$dir/Sources/Client/.*: error: " "$log") errors"
            return 0
        fi
        tail -20 "$log" >&2
        echo "error: $label failed to build (log: $log)" >&2
        exit 1
    }
    times="$(tail -1 "$dir/time-$mode")"
    # Only the client's own sources are judged (a dependency's warnings are not ours); sdkgen's must have none,
    # another generator's are counted (swift-openapi-generator's `public import` warnings, for one).
    if [[ -n "${COUNT_WARNINGS:-}" ]]; then
        label="$label, $(grep -c "^$dir/Sources/Client/.*: warning: " "$log") warnings"
    elif grep -q "^$dir/Sources/Client/.*: \(warning\|error\): " "$log"; then
        grep "^$dir/Sources/Client/.*: \(warning\|error\): " "$log" | head -5 >&2
        echo "error: $label built with warnings or errors (log: $log)" >&2
        exit 1
    fi
    read -r wall user sys <<<"$times"
    printf '%-62s %8s %8.1f   %s\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$load"
}

files_count() { find "$1/Sources/Client" -name '*.swift' | wc -l | tr -d ' '; }

# generate_client FOLDER ARGUMENTS...: sdkgen into FOLDER/Sources/Client; the document's warnings (the whole
# OpenRouter document has 9) go to FOLDER/generate.log, and are shown only when the generation fails.
generate_client() {
    local folder="$1"; shift
    "$SDKGEN" generate --output "$folder/Sources/Client" --module Client --quiet "$@" 2>"$folder/generate.log" || {
        cat "$folder/generate.log" >&2; exit 1; }
}

printf '%-62s %8s %8s   %s\n' "build" "wall s" "cpu-s" "load average (1, 5, 15 min)"

files="$work/sdkgen-files"
write_package "$files"
generate_client "$files" --spec spec/openrouter-files.openapi.yaml
swift package --package-path "$files" resolve >/dev/null 2>&1
measure "sdkgen Files client, clean ($(files_count "$files") files)" "$files"
measure "sdkgen Files client, after touching its files" "$files" touch

whole="$work/sdkgen-whole"
write_package "$whole"
generate_client "$whole" --spec spec/openrouter.openapi.yaml
measure "sdkgen whole-API client, clean ($(files_count "$whole") files)" "$whole"

# The same clients with `--runtime module`: the runtime is a dependency, built before the measured build.
files_module="$work/sdkgen-files-module"
write_runtime_package "$files_module"
generate_client "$files_module" --spec spec/openrouter-files.openapi.yaml --runtime module
measure "sdkgen Files client, runtime module, clean ($(files_count "$files_module") files)" "$files_module" client
measure "sdkgen Files client, runtime module, after touching its files" "$files_module" touch

whole_module="$work/sdkgen-whole-module"
write_runtime_package "$whole_module"
generate_client "$whole_module" --spec spec/openrouter.openapi.yaml --runtime module
measure "sdkgen whole-API client, runtime module, clean ($(files_count "$whole_module") files)" "$whole_module" client

[[ $compare == 1 ]] || exit 0
export COUNT_WARNINGS=1

# swift-openapi-generator 1.14.3: its CLI, built once (release) into .build-bench, generates types and client.
source Scripts/swift-openapi-generator.sh
soag_build "$repo"
generator="$soag_generator"
runtime_dependencies='
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", exact: "1.4.0"),'
runtime_products='
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),'

# soag_package NAME DOCUMENT: a package whose Client target is the generator's output for DOCUMENT.
soag_package() {
    local dir="$work/$1"
    write_package "$dir" "$runtime_dependencies" "$runtime_products"
    soag_config "$dir/config.yaml"
    "$generator" generate --config "$dir/config.yaml" --output-directory "$dir/Sources/Client" "$2" >"$dir/generate.log" 2>&1
    swift package --package-path "$dir" resolve >/dev/null 2>&1
}

soag_package soag-files spec/openrouter-files.openapi.yaml
measure "swift-openapi-generator Files client, clean (with its runtime)" "$work/soag-files"
measure "swift-openapi-generator Files client, after touching its files" "$work/soag-files" touch

# The whole document needs two patches before OpenAPIKit accepts it (on a copy; see soag_patch).
patched="$work/openrouter.patched.yaml"
soag_patch spec/openrouter.openapi.yaml "$patched"
soag_package soag-whole "$patched"
measure "swift-openapi-generator whole-API client, clean (with its runtime)" "$work/soag-whole"

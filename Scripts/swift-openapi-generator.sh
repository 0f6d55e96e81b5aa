# Sourced by the benchmark scripts: Apple's swift-openapi-generator 1.14.3 (from the package mirror), for side by
# side figures. Nothing of it is committed; its CLI is built once (release) into .build-bench/.

# soag_build REPO: builds the CLI once (several minutes the first time); sets soag_generator to its path.
soag_build() {
    local tool="$1/.build-bench/swift-openapi-generator-cli"
    if [[ ! -x "$tool/.build/release/swift-openapi-generator" ]]; then
        mkdir -p "$tool"
        cat >"$tool/Package.swift" <<'PACKAGE'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "OpenAPIGeneratorCLI",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")],
    targets: []
)
PACKAGE
        echo "(building swift-openapi-generator 1.14.3 once, several minutes)" >&2
        swift build --package-path "$tool" -c release --product swift-openapi-generator >"$tool/build.log" 2>&1
    fi
    soag_generator="$tool/.build/release/swift-openapi-generator"
}

# soag_patch DOCUMENT OUTPUT: the whole OpenRouter document as OpenAPIKit accepts it: the OpenAPI 3.0 boolean
# `exclusiveMinimum: true` becomes the 3.1 number `exclusiveMinimum: 0` (next to `minimum: 0`), and the vendor
# extension `x-speakeasy-unknown-values: allow` written inside a discriminator's `mapping` is removed.
soag_patch() {
    python3 - "$1" "$2" <<'PATCH'
import re, sys
text = open(sys.argv[1]).read().replace("exclusiveMinimum: true", "exclusiveMinimum: 0")
text = re.sub(r"(\n(\s+)mapping:\n(?:\2  \S.*\n)*?)\2  x-speakeasy-unknown-values: allow\n", r"\1", text)
open(sys.argv[2], "w").write(text)
PATCH
}

# soag_config FILE: the configuration both scripts use (types and client, public, idiomatic names).
soag_config() {
    printf 'generate:\n  - types\n  - client\naccessModifier: public\nnamingStrategy: idiomatic\n' >"$1"
}

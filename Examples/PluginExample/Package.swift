// swift-tools-version:6.0
import PackageDescription

// Uses sdkgen the way an app would: as a package dependency whose build plugin generates the client from the
// target's `openapi.yaml` at build time. (An app would write `.package(url: "…/sdkgen.git", from: "0.1.0")`.)
let package = Package(
    name: "PluginExample",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "sdkgen", path: "../.."),
    ],
    targets: [
        // Holds only openapi.yaml and sdkgen.yaml: the Swift code is generated.
        .target(
            name: "FilesAPI",
            plugins: [.plugin(name: "SDKGenPlugin", package: "sdkgen")]),
        .testTarget(name: "FilesAPITests", dependencies: ["FilesAPI"]),
        // The same document with `runtime: module` in its sdkgen.yaml: the client imports the SDKGenRuntime library.
        .target(
            name: "FilesAPIOnRuntimeModule",
            dependencies: [.product(name: "SDKGenRuntime", package: "sdkgen")],
            plugins: [.plugin(name: "SDKGenPlugin", package: "sdkgen")]),
        .testTarget(name: "FilesAPIOnRuntimeModuleTests", dependencies: ["FilesAPIOnRuntimeModule"]),
    ],
    swiftLanguageModes: [.v6]
)

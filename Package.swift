// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sdkgen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .library(name: "SDKGenCore", targets: ["SDKGenCore"]),
        // The runtime as a module of its own, for clients generated with `runtime: module`.
        .library(name: "SDKGenRuntime", targets: ["SDKGenRuntime"]),
        .library(name: "OpenRouterFiles", targets: ["OpenRouterFiles"]),
        .library(name: "OpenRouter", targets: ["OpenRouter"]),
        .plugin(name: "SDKGenPlugin", targets: ["SDKGenPlugin"]),
        .plugin(name: "GenerateSDKCommand", targets: ["GenerateSDKCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
    ],
    targets: [
        // MARK: - The generator
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]),
        .target(
            name: "SDKGenCore",
            dependencies: ["CYAML", "SDKGenEmbedded", .product(name: "Mustache", package: "swift-mustache")]),
        // Only program-written code: Templates/ and the runtime templates derived from Sources/SDKGenRuntime/,
        // embedded as EmbeddedTemplates.swift (written by TemplateEmbedder, checked by a test). Not a build plugin:
        // SwiftPM does not run build plugins for the tools of another package's plugin
        // (swiftlang/swift-package-manager#7936), which would break SDKGenPlugin for every user.
        .target(name: "SDKGenEmbedded"),
        // The command line is parsed by hand (Sources/sdkgen/CommandLine): ArgumentParser's reflection was a
        // quarter of generating the Files API, and one package fewer for the build plugin to compile.
        .executableTarget(name: "sdkgen", dependencies: ["SDKGenCore"]),
        .executableTarget(name: "TemplateEmbedder"),

        // MARK: - The runtime every generated client carries (its source of truth, compiled and unit-tested here),
        // and the module that clients generated with `runtime: module` import instead
        .target(name: "SDKGenRuntime"),

        // MARK: - Workflows: generate at build time, or regenerate committed code on demand
        .plugin(name: "SDKGenPlugin", capability: .buildTool(), dependencies: ["sdkgen"]),
        .plugin(
            name: "GenerateSDKCommand",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate the clients listed in sdkgen.yaml (or spec/sdkgen.yaml)"),
                permissions: [.writeToPackageDirectory(reason: "sdkgen writes the generated clients into the output folders sdkgen.yaml names")]),
            dependencies: ["sdkgen"]),

        // MARK: - The generated sample client (golden output, compiled)
        .target(name: "OpenRouterFiles", path: "Generated/OpenRouterFiles", exclude: [".sdkgen-manifest", ".sdkgen-api"]),
        .target(name: "OpenRouterFilesNext", path: "Generated/OpenRouterFilesNext", exclude: [".sdkgen-manifest", ".sdkgen-api"]),
        .target(
            name: "OpenRouter", dependencies: ["SDKGenRuntime"], path: "Generated/OpenRouter",
            exclude: [".sdkgen-manifest", ".sdkgen-api"]),
        .target(name: "RealDocuments", path: "Generated/RealDocuments", exclude: [".sdkgen-manifest", ".sdkgen-api"]),

        // MARK: - Tests
        .target(
            name: "TestServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Tests/TestServer"),
        .target(name: "AsyncTestSupport", path: "Tests/AsyncTestSupport"),
        .testTarget(name: "SDKGenCoreTests", dependencies: ["SDKGenCore", "TemplateEmbedder"]),
        .testTarget(name: "sdkgenTests", dependencies: ["sdkgen"]),
        .testTarget(name: "SDKGenRuntimeTests", dependencies: ["SDKGenRuntime", "AsyncTestSupport", "TestServer"]),
        .testTarget(name: "TestServerTests", dependencies: ["TestServer"]),
        .testTarget(name: "OpenRouterFilesTests", dependencies: ["OpenRouterFiles", "TestServer", "AsyncTestSupport"]),
        .testTarget(name: "OpenRouterTests", dependencies: ["OpenRouter", "OpenRouterFilesNext", "TestServer"]),
        .testTarget(name: "RealDocumentsTests", dependencies: ["RealDocuments", "TestServer"]),
        // The README's Swift snippets, compiled as written (and a test that they are the README's text).
        .testTarget(name: "ReadmeSnippetTests", dependencies: ["OpenRouterFiles", "OpenRouter"]),

        // MARK: - Benchmarks
        .executableTarget(name: "TransferBenchmark", dependencies: ["OpenRouterFiles", "TestServer"], path: "Benchmarks/TransferBenchmark"),
    ],
    swiftLanguageModes: [.v6]
)

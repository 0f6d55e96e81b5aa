import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk [--config FILE] [sdkgen options]`:
/// runs `sdkgen generate` with the package's `sdkgen.yaml` (the package root's, else `spec/sdkgen.yaml`), for
/// packages that commit the generated code. Other arguments (`--warnings-as-errors`, `--quiet`, …) go to sdkgen.
@main
struct GenerateSDKCommand: CommandPlugin {
    static let configCandidates = ["sdkgen.yaml", "spec/sdkgen.yaml"]

    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        _ = extractor.extractOption(named: "target")
        _ = extractor.extractOption(named: "product")
        let root = context.package.directoryURL
        let explicit = extractor.extractOption(named: "config").last
        let config: URL
        if let explicit {
            config = explicit.hasPrefix("/") ? URL(fileURLWithPath: explicit) : root.appending(path: explicit)
        } else if let found = Self.configCandidates.map({ root.appending(path: $0) })
            .first(where: { FileManager.default.fileExists(atPath: $0.path) })
        {
            config = found
        } else {
            throw CommandError("no sdkgen.yaml in \(root.path) or its spec/ folder; pass --config FILE")
        }

        let process = Process()
        process.executableURL = try context.tool(named: "sdkgen").url
        process.arguments = ["generate", "--config", config.path] + extractor.remainingArguments
        process.currentDirectoryURL = root
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw CommandError("sdkgen generate failed (exit status \(process.terminationStatus))")
        }
    }
}

/// A message SwiftPM shows as the command's error.
struct CommandError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The runtime as a module of its own (`runtime: module`): the `SDKGenRuntime` library of sdkgen's package, which
/// the generated files import instead of carrying `Runtime/` files.
enum RuntimeModule {
    /// The module's name: the library product and target `SDKGenRuntime` of sdkgen's package.
    static let name = "SDKGenRuntime"

    /// The import every generated file has: the module, with what only generated code calls (declared
    /// `@_spi(Generated) public` in the runtime, `TemplateEmbedder` keeps the SPI name in step).
    static let generatedCodeImport = "@_spi(Generated) import \(name)"

    /// The import `Client/GeneratedFrom.swift` has besides: the module re-exported, so that code importing the client
    /// sees `RequestOptions`, `APIError` and the rest of the runtime without importing `SDKGenRuntime` itself.
    static let reexport = "@_exported import \(name)"

    /// The type of the module that only the runtime of this sdkgen version declares
    /// (`SDKGenRuntimeVersion.sdkgen_0_1_0`, in `Sources/SDKGenRuntime/ModuleOnly/RuntimeVersion.swift`).
    static var versionType: String {
        let version = GeneratorVersion.current.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        return "SDKGenRuntimeVersion.sdkgen_" + version
    }
}

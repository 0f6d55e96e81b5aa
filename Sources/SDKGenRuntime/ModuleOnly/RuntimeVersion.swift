// Only in the SDKGenRuntime module: TemplateEmbedder leaves the files of ModuleOnly/ out of the runtime that
// clients carry (a client generated with `runtime: embedded` has its own runtime, always of its generator).

/// Which sdkgen this runtime module belongs to, as a type a client can name.
///
/// A client generated with `runtime: module` names its generator's member in `Client/GeneratedFrom.swift`. Built
/// against the `SDKGenRuntime` of another sdkgen version, that client then fails on that one line, whose comment
/// says what to do, rather than on whatever declaration of the runtime changed between the versions.
public enum SDKGenRuntimeVersion {
    /// The runtime of sdkgen 0.1.0 (a test keeps the name in step with the generator's version).
    public enum sdkgen_0_1_0 {}
}

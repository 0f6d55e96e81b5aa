import Foundation
import XCTest
@testable import SDKGenCore

/// Thousands of broken, odd and hostile documents through load → read → generate (in memory): each must give
/// either a clean result or at least one error diagnostic, and never crash, hang or blow up.
///
/// The run is seeded and deterministic. `Scripts/fuzz.sh CASES SEED` runs a longer one (`testLongRun`).
/// Inputs that ever failed are kept in `Tests/Fixtures/Regressions/` and checked on every run.
final class FuzzTests: XCTestCase {
    func testMutatedDocumentsGiveOutputOrErrorsNeverACrash() throws {
        let report = try FuzzHarness.run(cases: 4_000, seed: 20_261_129)
        print("fuzz: \(report.summary)")
        XCTAssertEqual(report.failures, [], report.summary)
        XCTAssertGreaterThan(
            report.generated, 100, "some mutations still generate: the cases are not all trivially broken")
        XCTAssertGreaterThan(report.rejected, 100)
    }

    /// `SDKGEN_FUZZ_CASES=100000 SDKGEN_FUZZ_SEED=1 swift test --filter FuzzTests/testLongRun` (see `Scripts/fuzz.sh`).
    func testLongRun() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let cases = environment["SDKGEN_FUZZ_CASES"].flatMap(Int.init) else {
            throw XCTSkip("set SDKGEN_FUZZ_CASES (and SDKGEN_FUZZ_SEED) to run; Scripts/fuzz.sh does")
        }
        let seed = environment["SDKGEN_FUZZ_SEED"].flatMap(UInt64.init) ?? 1
        let report = try FuzzHarness.run(
            cases: cases, seed: seed, currentInputFolder: environment["SDKGEN_FUZZ_CURRENT_DIR"])
        print("fuzz: \(report.summary)")
        XCTAssertEqual(report.failures, [], report.summary)
    }

    func testRegressionInputs() throws {
        let folder = RepositoryPaths.fixtures.appendingPathComponent("Regressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            !$0.hasPrefix(".") && $0 != "README.md"
        }.sorted()
        XCTAssertFalse(names.isEmpty)
        for name in names {
            let url = folder.appendingPathComponent(name)
            let bytes = [UInt8](try Data(contentsOf: url))
            let started = Date()
            XCTAssertNil(FuzzHarness.check(bytes, file: url.path), name)
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, name)
        }
    }

    func testTheMutatorIsDeterministic() throws {
        let corpus = try FuzzHarness.corpus()
        let mutator = DocumentMutator(corpus: corpus.map(\.bytes))
        var first = SeededGenerator(seed: 7)
        var second = SeededGenerator(seed: 7)
        for _ in 0..<50 {
            XCTAssertEqual(mutator.mutate(using: &first).bytes, mutator.mutate(using: &second).bytes)
        }
    }
}

/// Runs mutated documents through the pipeline and checks what comes out.
enum FuzzHarness {
    struct Report {
        var cases = 0
        /// Documents that generated (warnings at most).
        var generated = 0
        /// Documents refused with errors (by the loader or the reader).
        var rejected = 0
        var failures: [String] = []
        var seconds = 0.0

        var summary: String {
            let rate = seconds > 0 ? Int(Double(cases) / seconds) : 0
            var text =
                "\(cases) cases in \(String(format: "%.1f", seconds)) s (\(rate)/s): \(generated) generated, \(rejected) rejected with errors, \(failures.count) failures"
            for failure in failures.prefix(20) { text += "\n  " + failure }
            return text
        }
    }

    /// Templates without the runtime files: they do not depend on the document, and rendering them is most of
    /// the time of a generation.
    static let templates = TemplateSet(texts: TemplateSet.embedded.texts.filter { !$0.key.hasPrefix("Runtime/") })

    /// The fixture documents and the Files document, with their paths.
    static func corpus() throws -> [(path: String, bytes: [UInt8])] {
        var paths = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.fixtures.path).sorted()
            .map { RepositoryPaths.fixtures.appendingPathComponent("\($0)/openapi.yaml").path }
            .filter { FileManager.default.fileExists(atPath: $0) }
        paths.append(RepositoryPaths.spec.path)
        return try paths.map { ($0, [UInt8](try Data(contentsOf: URL(fileURLWithPath: $0)))) }
    }

    /// Runs `cases` mutated documents on two workers (each with its own seeded generator).
    /// With `currentInputFolder`, each worker writes the document it is on to `worker-N.yaml` there first, so the
    /// input of a crash can be recovered.
    static func run(cases: Int, seed: UInt64, workers: Int = 2, currentInputFolder: String? = nil) throws -> Report {
        let corpus = try corpus()
        let mutator = DocumentMutator(corpus: corpus.map(\.bytes))
        let collector = ReportCollector()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var rng = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(worker))
            var local = Report()
            for index in stride(from: worker, to: cases, by: workers) {
                let (bytes, source) = mutator.mutate(using: &rng)
                let file = corpus[source].path
                if let folder = currentInputFolder {
                    try? Data(bytes).write(
                        to: URL(fileURLWithPath: folder).appendingPathComponent("worker-\(worker).yaml"))
                }
                let caseStarted = Date()
                let outcome = evaluate(bytes, file: file)
                let elapsed = Date().timeIntervalSince(caseStarted)
                local.cases += 1
                var failure = outcome.failure
                // Wall-clock time on a shared machine: only a case far slower than any should be is a failure.
                if failure == nil, elapsed > 30 { failure = "took \(Int(elapsed)) s" }
                if let failure {
                    let saved = save(bytes, name: "seed\(seed)-case\(index)")
                    local.failures.append(
                        "case \(index) (from \(URL(fileURLWithPath: file).lastPathComponent)): \(failure); input saved to \(saved)"
                    )
                } else if outcome.generated {
                    local.generated += 1
                } else {
                    local.rejected += 1
                }
            }
            collector.add(local)
        }
        var report = collector.report
        report.seconds = Date().timeIntervalSince(started)
        return report
    }

    /// nil when `bytes` gives a clean result or errors; else what went wrong.
    static func check(_ bytes: [UInt8], file: String) -> String? {
        evaluate(bytes, file: file).failure
    }

    private static func evaluate(_ bytes: [UInt8], file: String) -> (failure: String?, generated: Bool) {
        let root: Node
        do {
            root = try DocumentLoader.load(bytes: bytes, file: file)
        } catch {
            return (checkRefusal(error.diagnostics, stage: "load", file: file), false)
        }
        let result: Pipeline.Result
        do {
            result = try Pipeline.generate(
                root: root, file: file, source: SourceDescription(fileName: "fuzz.yaml", sha256: "0"),
                options: GeneratorOptions(moduleName: "Fuzz"), templates: templates)
        } catch {
            return (checkRefusal(error.diagnostics, stage: "generate", file: file), false)
        }
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            return ("generation succeeded with an error: \(error)", true)
        }
        if let failure = checkDiagnostics(result.diagnostics, file: file) { return (failure, true) }
        var paths: Set<String> = []
        for generated in result.files {
            guard paths.insert(generated.path.lowercased()).inserted else {
                return ("two files at \(generated.path)", true)
            }
            guard OutputWriter.isSafeRelativePath(generated.path),
                generated.path.split(separator: "/").allSatisfy({ $0.utf8.count <= 200 })
            else {
                return ("unusable file path \(generated.path)", true)
            }
            guard SwiftCodeScanner.isBalanced(generated.contents) else {
                return ("\(generated.path) leaves a comment, string literal or interpolation open", true)
            }
        }
        return (result.files.isEmpty ? "no files" : nil, true)
    }

    /// A refusal must carry at least one error, and well-formed diagnostics.
    private static func checkRefusal(_ diagnostics: [Diagnostic], stage: String, file: String) -> String? {
        guard diagnostics.contains(where: { $0.severity == .error }) else {
            return "\(stage) failed without an error: \(diagnostics.map(\.description))"
        }
        return checkDiagnostics(diagnostics, file: file)
    }

    private static func checkDiagnostics(_ diagnostics: [Diagnostic], file: String) -> String? {
        for diagnostic in diagnostics {
            if let location = diagnostic.location, location.line < 1 || location.column < 1 {
                return "diagnostic with a bad location: \(diagnostic)"
            }
            if diagnostic.message.isEmpty { return "empty diagnostic message" }
        }
        return nil
    }

    /// Writes a failing input to the temporary folder; returns its path.
    private static func save(_ bytes: [UInt8], name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-fuzz-failures")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name + ".yaml")
        try? Data(bytes).write(to: url)
        return url.path
    }
}

/// Collects the workers' reports.
private final class ReportCollector: @unchecked Sendable {
    // Guarded by `lock`.
    private let lock = NSLock()
    private var combined = FuzzHarness.Report()

    func add(_ report: FuzzHarness.Report) {
        lock.withLock {
            combined.cases += report.cases
            combined.generated += report.generated
            combined.rejected += report.rejected
            combined.failures += report.failures
        }
    }

    var report: FuzzHarness.Report {
        lock.withLock { combined }
    }
}

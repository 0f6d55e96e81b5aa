import ArgumentParser
import Foundation
import SDKGenCore

// Exit codes: 0 success, 1 errors in the document or config, 2 usage errors.
do {
    var command = try SDKGenCommand.parseAsRoot()
    try command.run()
} catch let error as DiagnosticError {
    DiagnosticPrinter.print(error.diagnostics)
    exit(1)
} catch {
    let code = SDKGenCommand.exitCode(for: error)
    if code == .success || code.rawValue == 1 {
        SDKGenCommand.exit(withError: error)
    }
    // Usage errors (ArgumentParser's 64) become 2, as documented.
    let message = SDKGenCommand.fullMessage(for: error)
    if !message.isEmpty { DiagnosticPrinter.message(message) }
    exit(2)
}

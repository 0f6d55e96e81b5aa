import Foundation
import SDKGenCore

// A run's large values are freed by the exit rather than just before it (see `KeptUntilExit`).
KeptUntilExit.enable()

// Exit codes: 0 success, 1 errors in the document or config, 2 usage errors.
do {
    try SDKGenCommand.run(Array(CommandLine.arguments.dropFirst()))
} catch let error as DiagnosticError {
    DiagnosticPrinter.print(error.diagnostics)
    exit(1)
} catch let error as ExitStatus {
    exit(error.status)
} catch let error as UsageError {
    DiagnosticPrinter.message("error: \(error.message)")
    if let command = error.command {
        DiagnosticPrinter.message("usage: \(HelpText.usage(command, hasSubcommands: command.name.isEmpty))")
        DiagnosticPrinter.message("  See '\(command.invocation) --help' for more information.")
    }
    exit(2)
} catch {
    DiagnosticPrinter.message("error: \(error.localizedDescription)")
    exit(1)
}

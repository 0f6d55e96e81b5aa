/// A command line sdkgen cannot run: exit status 2, with the message and how to get help.
struct UsageError: Error {
    /// What is wrong, as one sentence without a trailing period.
    let message: String
    /// The command whose help to point to.
    let command: CommandDescription?

    init(_ message: String, command: CommandDescription? = nil) {
        self.message = message
        self.command = command
    }
}

/// Ends the run with `status` after the command printed why (1: errors in the document or config, or a check
/// that failed).
struct ExitStatus: Error {
    let status: Int32

    init(_ status: Int32) {
        self.status = status
    }
}

import CYAML

/// Runs libyaml's event parser over a buffer and feeds each event to an `EventTreeBuilder`.
enum LibYAMLEventReader {
    /// Reads events until the builder stops or libyaml reports an error (recorded as a diagnostic).
    /// `bytes` must not be empty.
    static func read(_ bytes: [UInt8], into builder: inout EventTreeBuilder) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            builder.error("YAML syntax error: libyaml could not start (out of memory)", at: nil)
            return
        }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { buffer in
            // libyaml keeps this pointer: the whole loop stays inside the closure.
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    reportError(parser, buffer: buffer, into: &builder)
                    return
                }
                let step = builder.handle(event)
                yaml_event_delete(&event)
                if step == .stop { return }
            }
        }
    }

    /// `YAML syntax error: <problem> <context>` at libyaml's problem mark (or, for a reader
    /// error such as invalid UTF-8, at the byte offset it names).
    private static func reportError(
        _ parser: yaml_parser_t, buffer: UnsafeBufferPointer<UInt8>,
        into builder: inout EventTreeBuilder
    ) {
        var message = "YAML syntax error: "
        message += parser.problem.map { String(cString: $0) } ?? "libyaml failed without saying why"
        let mark: yaml_mark_t
        if parser.error == YAML_READER_ERROR {
            if parser.problem_value >= 0 {
                message += " (0x" + hex(parser.problem_value) + ")"
            }
            mark = markOfOffset(parser.problem_offset, in: buffer)
        } else {
            mark = parser.problem_mark
        }
        if let context = parser.context {
            message += " " + String(cString: context)
        }
        // libyaml gives up on implicit keys longer than 1024 characters, and says only that the ':' is missing
        // or not allowed.
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        let keyTooLong =
            parser.context != nil && parser.problem_mark.index - parser.context_mark.index > 1024
            && problem == "could not find expected ':'"
        let valueAfterLongKey =
            problem == "mapping values are not allowed in this context" && parser.problem_mark.column > 1024
        if parser.error == YAML_SCANNER_ERROR, keyTooLong || valueAfterLongKey {
            message +=
                " (a key longer than 1024 characters needs YAML's explicit form: '? key' on one line, ': value' on the next)"
        }
        if parser.error == YAML_MEMORY_ERROR {
            message = "YAML syntax error: libyaml ran out of memory"
        }
        builder.error(message, at: builder.location(mark))
    }

    private static func hex(_ value: Int32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count < 2 ? "0" + digits : digits
    }

    /// The 0-based line and column (in characters) of a byte offset; a leading byte order mark
    /// takes no column, as in libyaml.
    private static func markOfOffset(_ offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> yaml_mark_t {
        var line = 0
        var column = 0
        var index = 0
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            index = 3
        }
        let end = min(offset, buffer.count)
        while index < end {
            let byte = buffer[index]
            let crlf = byte == UInt8(ascii: "\r") && index + 1 < buffer.count && buffer[index + 1] == UInt8(ascii: "\n")
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && !crlf) {
                line += 1
                column = 0
            } else if byte & 0xC0 != 0x80 && !crlf {
                column += 1
            }
            index += 1
        }
        return yaml_mark_t(index: offset, line: line, column: column)
    }
}

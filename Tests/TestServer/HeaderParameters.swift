import Foundation

/// Parsing of header values with parameters, such as
/// `form-data; name="file"; filename="a.txt"` or `multipart/form-data; boundary=XYZ`.
enum HeaderParameters {
    /// The value before the first `;`, lowercased and trimmed.
    static func mainValue(_ header: String) -> String {
        let end = header.firstIndex(of: ";") ?? header.endIndex
        return header[..<end].trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The parameters after the first `;`, names lowercased, quoted strings unquoted and unescaped.
    /// An RFC 5987 `name*=UTF-8''value` parameter is decoded and also stored under `name`
    /// (it wins over a plain `name`).
    static func parameters(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        var extended: [String: String] = [:]
        let scalars = Array(header.unicodeScalars)
        var index = scalars.firstIndex(of: ";").map { $0 + 1 } ?? scalars.count
        while index < scalars.count {
            while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == ";" {
                index += 1
            }
            var name = ""
            while index < scalars.count, scalars[index] != "=", scalars[index] != ";" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            name = name.trimmingCharacters(in: .whitespaces).lowercased()
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                while index < scalars.count, scalars[index] == " " { index += 1 }
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        if scalars[index] == "\\", index + 1 < scalars.count { index += 1 }
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < scalars.count, scalars[index] != ";" {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    value = value.trimmingCharacters(in: .whitespaces)
                }
            }
            if name.isEmpty { continue }
            if name.hasSuffix("*") {
                extended[String(name.dropLast())] = decodeExtended(value)
            } else {
                result[name] = value
            }
        }
        for (name, value) in extended { result[name] = value }
        return result
    }

    /// Decodes `charset'language'percent-encoded` (RFC 5987); returns the input if malformed.
    private static func decodeExtended(_ value: String) -> String {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else { return value }
        return String(pieces[2]).removingPercentEncoding ?? value
    }
}

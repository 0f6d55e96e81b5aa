import Foundation

/// JSON Pointer helpers (RFC 6901) for `$ref`s and diagnostic locations.
enum JSONPointer {
    /// Escapes one reference token: `~` → `~0`, `/` → `~1`.
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        // One pass over the bytes (every media type has a `/`: Foundation's `replacingOccurrences`, twice, was 3 %
        // of a whole-OpenRouter run). `~` and `/` are ASCII, so no other character is touched.
        var escaped: [UInt8] = []
        escaped.reserveCapacity(token.utf8.count + 4)
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "~"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "0")]
            case UInt8(ascii: "/"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "1")]
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Unescapes one reference token, percent-decoding first as URI fragments require.
    static func unescape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) else { return token }
        let decoded = token.removingPercentEncoding ?? token
        return decoded.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }

    /// The tokens of a fragment like `#/components/schemas/X` (nil when it is not a local pointer).
    static func tokens(ofFragment ref: String) -> [String]? {
        guard ref.hasPrefix("#") else { return nil }
        let body = ref.dropFirst()
        if body.isEmpty { return [] }
        guard body.hasPrefix("/") else { return nil }
        return body.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { unescape(String($0)) }
    }

    /// Follows tokens from a node.
    static func resolve(_ tokens: [String], in root: Node) -> Node? {
        var current = root
        for token in tokens {
            switch current.kind {
            case .mapping(let mapping):
                guard let next = mapping[token] else { return nil }
                current = next
            case .sequence(let items):
                guard let index = Int(token), items.indices.contains(index) else { return nil }
                current = items[index]
            case .scalar:
                return nil
            }
        }
        return current
    }
}

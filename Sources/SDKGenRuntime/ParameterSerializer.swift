import Foundation

/// Serializes parameter values per OpenAPI 3 `style` and `explode`.
enum ParameterSerializer {
    /// A path placeholder's replacement text (`simple`, `label` or `matrix`; other styles act as `simple`).
    static func path(name: String, _ value: ParameterRepresentation, style: ParameterStyle, explode: Bool) -> String {
        let encode = PercentEncoding.pathSegment
        switch style {
        case .label:
            let separator = explode ? "." : ","
            switch value {
            case let .primitive(text):
                return "." + encode(text)
            case let .array(values):
                return "." + values.map(encode).joined(separator: separator)
            case let .object(pairs):
                let pieces =
                    explode
                    ? pairs.map { encode($0.0) + "=" + encode($0.1) }
                    : pairs.flatMap { [encode($0.0), encode($0.1)] }
                return "." + pieces.joined(separator: separator)
            }
        case .matrix:
            let key = encode(name)
            switch value {
            case let .primitive(text):
                return ";" + key + "=" + encode(text)
            case let .array(values):
                if explode {
                    return values.map { ";" + key + "=" + encode($0) }.joined()
                }
                return ";" + key + "=" + values.map(encode).joined(separator: ",")
            case let .object(pairs):
                if explode {
                    return pairs.map { ";" + encode($0.0) + "=" + encode($0.1) }.joined()
                }
                return ";" + key + "=" + pairs.flatMap { [encode($0.0), encode($0.1)] }.joined(separator: ",")
            }
        default:
            return simple(value, explode: explode, encode: encode)
        }
    }

    /// `simple` style: `a,b` for lists, `k,v,k2,v2` (or `k=v,k2=v2` exploded) for objects.
    static func simple(_ value: ParameterRepresentation, explode: Bool, encode: (String) -> String) -> String {
        switch value {
        case let .primitive(text):
            return encode(text)
        case let .array(values):
            return values.map(encode).joined(separator: ",")
        case let .object(pairs):
            if explode {
                return pairs.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: ",")
            }
            return pairs.flatMap { [encode($0.0), encode($0.1)] }.joined(separator: ",")
        }
    }

    /// Encoded `name=value` query pieces for one parameter. Empty lists and objects produce nothing.
    static func query(name: String, _ value: ParameterRepresentation, style: ParameterStyle, explode: Bool) -> [String]
    {
        let encode = PercentEncoding.queryComponent
        let key = encode(name)
        switch value {
        case let .primitive(text):
            return [key + "=" + encode(text)]
        case let .array(values):
            guard !values.isEmpty else { return [] }
            if explode || style == .deepObject {
                return values.map { key + "=" + encode($0) }
            }
            return [key + "=" + values.map(encode).joined(separator: delimiter(for: style))]
        case let .object(pairs):
            guard !pairs.isEmpty else { return [] }
            if style == .deepObject {
                return pairs.map { encode(name + "[" + $0.0 + "]") + "=" + encode($0.1) }
            }
            if explode {
                return pairs.map { encode($0.0) + "=" + encode($0.1) }
            }
            let flat = pairs.flatMap { [encode($0.0), encode($0.1)] }
            return [key + "=" + flat.joined(separator: delimiter(for: style))]
        }
    }

    /// The delimiter of a non-exploded list in the query, already encoded.
    private static func delimiter(for style: ParameterStyle) -> String {
        switch style {
        case .spaceDelimited: return "%20"
        case .pipeDelimited: return "%7C"
        default: return ","
        }
    }
}

/// Percent-encoding for each part of a request.
enum PercentEncoding {
    /// Encodes every byte outside RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`).
    static func unreserved(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += hex(byte)
            }
        }
        return result
    }

    /// A path segment value: ``unreserved(_:)``, and `.` or `..` fully encoded so they are no dot-segments.
    static func pathSegment(_ text: String) -> String {
        if text == "." || text == ".." {
            return String(repeating: "%2E", count: text.count)
        }
        return unreserved(text)
    }

    /// A query name or value: ``unreserved(_:)`` (so `+`, `&`, `=`, `#` and spaces are all encoded).
    static func queryComponent(_ text: String) -> String {
        unreserved(text)
    }

    /// A cookie value: bytes outside RFC 6265 `cookie-octet` (and `%`) are encoded.
    static func cookie(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let allowed =
                byte == 0x21 || (0x23...0x2B).contains(byte) || (0x2D...0x3A).contains(byte)
                || (0x3C...0x5B).contains(byte) || (0x5D...0x7E).contains(byte)
            if allowed && byte != UInt8(ascii: "%") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += hex(byte)
            }
        }
        return result
    }

    /// Whether `byte` is an RFC 3986 unreserved character.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// `%XX` for a byte, upper-case hex.
    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}

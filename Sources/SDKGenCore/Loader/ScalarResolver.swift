/// Turns a scalar's text, style and tag into a `Scalar`, following the YAML 1.2 core schema
/// (without YAML 1.1's `yes`/`no`/`on`/`off`: those stay strings).
enum ScalarResolver {
    /// The explicit tags the resolver honours.
    enum Tag: Equatable {
        case string, int, float, bool, null
        /// The non-specific tag `!`: the scalar is a string.
        case nonSpecific
        /// Any other tag: ignored, the scalar resolves as if untagged.
        case other

        init(_ text: UnsafePointer<UInt8>) {
            switch String(cString: text) {
            case "tag:yaml.org,2002:str": self = .string
            case "tag:yaml.org,2002:int": self = .int
            case "tag:yaml.org,2002:float": self = .float
            case "tag:yaml.org,2002:bool": self = .bool
            case "tag:yaml.org,2002:null": self = .null
            case "!": self = .nonSpecific
            default: self = .other
            }
        }

        /// The tag's short name for messages.
        var name: String {
            switch self {
            case .string: "!!str"
            case .int: "!!int"
            case .float: "!!float"
            case .bool: "!!bool"
            case .null: "!!null"
            case .nonSpecific: "!"
            case .other: "tag"
            }
        }
    }

    /// Resolves a scalar; nil when an explicit tag does not fit the text (`!!int abc`).
    static func resolve(_ raw: UnsafeBufferPointer<UInt8>, plain: Bool, tag: Tag?) -> Scalar? {
        guard let tag, tag != .other else {
            return plain ? resolvePlain(raw) : .string(makeString(raw))
        }
        switch tag {
        case .string, .nonSpecific, .other:
            return .string(makeString(raw))
        case .int:
            return integer(raw)
        case .float:
            switch number(raw) {
            case .int(let value)?: return .double(Double(value))
            case let other: return other
            }
        case .bool:
            return boolean(raw).map { Scalar.bool($0) }
        case .null:
            return raw.isEmpty || isNull(raw) ? .null : nil
        }
    }

    /// Resolves an untagged plain scalar: null, bool, int, float, or else a string.
    static func resolvePlain(_ raw: UnsafeBufferPointer<UInt8>) -> Scalar {
        guard let first = raw.first else { return .null }
        switch first {
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "~"):
            if isNull(raw) { return .null }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = boolean(raw) { return .bool(value) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            if let value = number(raw) { return value }
        default:
            break
        }
        return .string(makeString(raw))
    }

    static func makeString(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: raw, as: UTF8.self)
    }

    private static func isNull(_ raw: UnsafeBufferPointer<UInt8>) -> Bool {
        raw.elementsEqual("null".utf8) || raw.elementsEqual("Null".utf8)
            || raw.elementsEqual("NULL".utf8) || raw.elementsEqual("~".utf8)
    }

    private static func boolean(_ raw: UnsafeBufferPointer<UInt8>) -> Bool? {
        if raw.elementsEqual("true".utf8) || raw.elementsEqual("True".utf8) || raw.elementsEqual("TRUE".utf8) {
            return true
        }
        if raw.elementsEqual("false".utf8) || raw.elementsEqual("False".utf8) || raw.elementsEqual("FALSE".utf8) {
            return false
        }
        return nil
    }

    /// An int (or a double when it overflows) or a float; nil when the text is not a number.
    private static func number(_ raw: UnsafeBufferPointer<UInt8>) -> Scalar? {
        if let value = integer(raw) { return value }
        return float(raw)
    }

    /// Decimal, `0x` hex or `0o` octal digits with an optional sign.
    private static func integer(_ raw: UnsafeBufferPointer<UInt8>) -> Scalar? {
        var start = 0
        var negative = false
        if let first = raw.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            start = 1
        }
        var radix: UInt = 10
        if raw.count - start > 2, raw[start] == UInt8(ascii: "0") {
            let marker = raw[start + 1]
            if marker == UInt8(ascii: "x") {
                radix = 16
                start += 2
            } else if marker == UInt8(ascii: "o") {
                radix = 8
                start += 2
            }
        }
        guard start < raw.count else { return nil }
        var magnitude: UInt = 0
        var overflow = false
        var approximate: Double = 0
        for index in start..<raw.count {
            guard let digit = digitValue(raw[index], radix: radix) else { return nil }
            approximate = approximate * Double(radix) + Double(digit)
            let (shifted, overflowA) = magnitude.multipliedReportingOverflow(by: radix)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            magnitude = sum
            overflow = overflow || overflowA || overflowB
        }
        if !overflow {
            if !negative, magnitude <= UInt(Int.max) { return .int(Int(magnitude)) }
            if negative, magnitude <= UInt(Int.max) { return .int(-Int(magnitude)) }
            if negative, magnitude == UInt(Int.max) + 1 { return .int(Int.min) }
        }
        if radix == 10, let value = Double(makeString(raw)) { return .double(value) }
        return .double(negative ? -approximate : approximate)
    }

    private static func digitValue(_ byte: UInt8, radix: UInt) -> UInt? {
        let value: UInt
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, `[-+]?.inf`, `.nan`.
    private static func float(_ raw: UnsafeBufferPointer<UInt8>) -> Scalar? {
        var index = 0
        var negative = false
        if let first = raw.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            index = 1
        }
        let rest = UnsafeBufferPointer(rebasing: raw[index...])
        if rest.elementsEqual(".inf".utf8) || rest.elementsEqual(".Inf".utf8) || rest.elementsEqual(".INF".utf8) {
            return .double(negative ? -Double.infinity : Double.infinity)
        }
        if index == 0,
            rest.elementsEqual(".nan".utf8) || rest.elementsEqual(".NaN".utf8) || rest.elementsEqual(".NAN".utf8)
        {
            return .double(Double.nan)
        }
        let integerDigits = countDigits(raw, from: &index)
        var fractionDigits = 0
        if index < raw.count, raw[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = countDigits(raw, from: &index)
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < raw.count, raw[index] == UInt8(ascii: "e") || raw[index] == UInt8(ascii: "E") {
            index += 1
            if index < raw.count, raw[index] == UInt8(ascii: "+") || raw[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard countDigits(raw, from: &index) > 0 else { return nil }
        }
        guard index == raw.count else { return nil }
        guard let value = Double(makeString(raw)) else { return nil }
        return .double(value)
    }

    private static func countDigits(_ raw: UnsafeBufferPointer<UInt8>, from index: inout Int) -> Int {
        let start = index
        while index < raw.count, raw[index] >= UInt8(ascii: "0"), raw[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }
}

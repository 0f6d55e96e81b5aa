/// Turns a view model into dictionaries and arrays once, before rendering.
///
/// swift-mustache otherwise reflects a struct with `Mirror` on every key lookup, which made rendering the whole
/// OpenRouter document take seconds; dictionaries answer lookups directly. Nil optionals are left out, which is
/// what a missing key means to mustache (the lookup continues in the enclosing context either way).
enum TemplateData {
    /// The view model as nested `[String: Any]` / `[Any]` with scalars kept.
    static func convert(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let literal as SwiftLiteral: return literal.code
        case let comment as CommentText: return comment.text
        case let line as DocLine: return ["text": line.text]
        case let lines as [DocLine]: return lines.map { ["text": $0.text] as [String: Any] }
        default: return reflect(value)
        }
    }

    private static func reflect(_ value: Any) -> Any {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let present = unwrapped(child.value) else { continue }
                dictionary[label] = convert(present)
            }
            return dictionary
        case .collection:
            return mirror.children.map { convert($0.value) }
        case .optional:
            return unwrapped(value).map(convert) ?? [String: Any]()
        default:
            return value
        }
    }

    /// The wrapped value of an optional (nil when empty), or the value itself.
    private static func unwrapped(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is [DocLine], is SwiftLiteral, is CommentText: return value
        default: break
        }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrapped($0.value) } ?? nil
    }
}

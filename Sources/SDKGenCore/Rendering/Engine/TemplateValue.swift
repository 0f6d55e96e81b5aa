import Mustache

/// What a template reads for a name: typed, so rendering needs neither reflection nor dynamic casts.
enum TemplateValue {
    /// No such name, or a nil value: the lookup goes on to the enclosing views, as Mustache's does.
    case missing
    /// Text, written as it is (numbers are written as their decimal text).
    case text(String)
    /// A flag: a section renders once when true, an inverted section when false.
    case flag(Bool)
    /// A list: a section renders once per item, an inverted section when it is empty.
    case list(any TemplateList)
    /// A view: a section renders once with it as the innermost view.
    case object(any TemplateContext)
}

/// A view the templates read names from (`TemplateLookup/`): each stored property answered by name.
///
/// Every view also answers swift-mustache's lookups (`MustacheParent`) through the same switch, for template sets
/// that only swift-mustache renders (see `TemplateEngine`).
protocol TemplateContext: MustacheParent, TemplateValueConvertible {
    /// The stored property `key`, as the templates read it (`.missing`: no such property, or nil).
    func templateValue(forKey key: TemplateKey) -> TemplateValue
}

extension TemplateContext {
    /// The view itself, entered by a section.
    var templateValue: TemplateValue { .object(self) }

    /// swift-mustache's lookup: the same answer, as the values swift-mustache renders.
    func child(named key: String) -> Any? {
        TemplateKey.named(key).flatMap { templateValue(forKey: $0).mustacheValue }
    }
}

/// A list of values a section iterates.
protocol TemplateList {
    /// How many items the list has.
    var count: Int { get }
    /// The item at `index` (0 ..< count).
    func item(at index: Int) -> TemplateValue
}

/// A stored property's type, as templates read it.
protocol TemplateValueConvertible {
    /// The value a template reads.
    var templateValue: TemplateValue { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue { .text(String(self)) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue { self?.templateValue ?? .missing }
}

extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    var templateValue: TemplateValue { .list(self) }
}

extension Array: TemplateList where Element: TemplateValueConvertible {
    func item(at index: Int) -> TemplateValue { self[index].templateValue }
}

extension TemplateValue {
    /// The value as swift-mustache reads it: text, a flag, an array, a view, or nil.
    var mustacheValue: Any? {
        switch self {
        case .missing: nil
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let list): (0..<list.count).map { list.item(at: $0).mustacheValue as Any }
        case .object(let context): context
        }
    }
}

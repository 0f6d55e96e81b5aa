import Foundation

/// Server URLs with `{variable}` placeholders (OpenAPI server variables).
public enum ServerURL {
    /// `template` with each `{name}` replaced by its value, percent-encoded (everything but RFC 3986 unreserved
    /// characters), so a value can neither add a path segment, a query or a user nor change the host's shape.
    public static func expand(_ template: String, _ values: [String: String]) -> URL {
        var text = template
        for name in values.keys.sorted() {
            text = text.replacingOccurrences(of: "{\(name)}", with: PercentEncoding.unreserved(values[name] ?? ""))
        }
        guard let url = URL(string: text) else {
            preconditionFailure("the server URL \(text) is not a URL")
        }
        return url
    }
}

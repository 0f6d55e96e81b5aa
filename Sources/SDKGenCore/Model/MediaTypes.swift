import Foundation

/// Classifies media types the way the generated client treats them.
public enum MediaTypes {
    /// The media type without parameters, lower-cased.
    public static func essence(_ mediaType: String) -> String {
        let base = mediaType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? mediaType
        return base.trimmingWhitespace().lowercased()
    }

    /// `application/json` and `+json` types.
    public static func isJSON(_ mediaType: String) -> Bool {
        let essence = essence(mediaType)
        return essence == "application/json" || essence.hasSuffix("+json")
    }

    /// `multipart/form-data` or `application/x-www-form-urlencoded`.
    public static func isForm(_ mediaType: String) -> Bool {
        isMultipart(mediaType) || isURLEncodedForm(mediaType)
    }

    /// `multipart/form-data`.
    public static func isMultipart(_ mediaType: String) -> Bool {
        essence(mediaType) == "multipart/form-data"
    }

    /// `application/x-www-form-urlencoded`.
    public static func isURLEncodedForm(_ mediaType: String) -> Bool {
        essence(mediaType) == "application/x-www-form-urlencoded"
    }

    /// `text/event-stream`.
    public static func isEventStream(_ mediaType: String) -> Bool {
        essence(mediaType) == "text/event-stream"
    }

    /// JSON Lines or NDJSON (`application/jsonl`, `application/x-ndjson` and their aliases): one JSON value per line.
    public static func isJSONLines(_ mediaType: String) -> Bool {
        [
            "application/jsonl", "application/x-jsonl", "application/jsonlines", "application/x-jsonlines",
            "application/x-ndjson", "application/ndjson",
        ].contains(essence(mediaType))
    }

    /// JSON text sequences (RFC 7464, `application/json-seq`).
    public static func isJSONSequence(_ mediaType: String) -> Bool {
        essence(mediaType) == "application/json-seq"
    }

    /// `text/*`.
    public static func isText(_ mediaType: String) -> Bool {
        essence(mediaType).hasPrefix("text/") && !isEventStream(mediaType)
    }
}

import Foundation

/// Reads the delay a server asks for before the next attempt.
enum RetryAfter {
    /// The delay asked for by `retry-after-ms` (milliseconds, preferred) or `Retry-After`
    /// (delta-seconds or an HTTP-date, relative to `now`); `nil` when absent or unreadable.
    /// A date in the past gives zero.
    static func delay(from headers: HTTPHeaders, now: Date = Date()) -> Duration? {
        if let text = headers["retry-after-ms"], let milliseconds = parseNumber(text) {
            return .milliseconds(milliseconds)
        }
        guard let text = headers["Retry-After"] else { return nil }
        if let seconds = parseNumber(text) {
            return .seconds(seconds)
        }
        if let date = parseHTTPDate(text) {
            return .seconds(max(0, date.timeIntervalSince(now)))
        }
        return nil
    }

    /// A non-negative decimal number (fractions allowed), capped at one billion; `nil` otherwise.
    static func parseNumber(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty,
            trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            let value = Double(trimmed), value.isFinite, value >= 0
        else {
            return nil
        }
        return min(value, 1_000_000_000)
    }

    /// Parses an HTTP-date in any of the three RFC 9110 formats:
    /// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT`, `Sun Nov  6 08:49:37 1994`.
    static func parseHTTPDate(_ text: String) -> Date? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // IMF-fixdate: [Sun, 06, Nov, 1994, 08:49:37, GMT]
        if words.count == 6, words[5] == "GMT", let day = Int(words[1]), let month = month(words[2]),
            let year = Int(words[3]), words[3].count == 4
        {
            return makeDate(year: year, month: month, day: day, time: words[4])
        }
        // RFC 850: [Sunday, 06-Nov-94, 08:49:37, GMT]
        if words.count == 4, words[3] == "GMT" {
            let parts = words[1].split(separator: "-").map(String.init)
            guard parts.count == 3, let day = Int(parts[0]), let month = month(parts[1]),
                let shortYear = Int(parts[2]), parts[2].count == 2
            else { return nil }
            // Two-digit years: 70-99 are 1970-1999, the rest 2000-2069.
            let year = shortYear >= 70 ? 1900 + shortYear : 2000 + shortYear
            return makeDate(year: year, month: month, day: day, time: words[2])
        }
        // asctime: [Sun, Nov, 6, 08:49:37, 1994]
        if words.count == 5, let month = month(words[1]), let day = Int(words[2]),
            let year = Int(words[4]), words[4].count == 4
        {
            return makeDate(year: year, month: month, day: day, time: words[3])
        }
        return nil
    }

    /// The month number of a three-letter English month name.
    private static func month(_ name: String) -> Int? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let index = names.firstIndex(of: name.lowercased()) else { return nil }
        return index + 1
    }

    /// A UTC date from its fields and `HH:MM:SS`.
    private static func makeDate(year: Int, month: Int, day: Int, time: String) -> Date? {
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 2 }),
            let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2]),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (1...31).contains(day)
        else {
            return nil
        }
        guard let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day) else { return nil }
        let seconds = Double(days) * 86_400 + Double(hour * 3600 + minute * 60 + second)
        return Date(timeIntervalSince1970: seconds)
    }
}

import Foundation
import Testing
@_spi(Generated) @testable import SDKGenRuntime

private struct Stamped: Codable, Equatable { var at: Date }

@Suite("JSON values and coding")
struct JSONTests {
    @Test func jsonValueRoundTrip() throws {
        let value: JSONValue = [
            "null": nil, "bool": true, "int": 9_007_199_254_740_993, "negative": -3, "double": 1.5,
            "string": "a/b \"q\" é", "array": [1, "two", [false]], "object": ["nested": ["deep": 0.25]],
        ]
        let data = try JSONCoding.makeEncoder().encode(value)
        let decoded = try JSONCoding.makeDecoder().decode(JSONValue.self, from: data)
        #expect(decoded == value)
        #expect(decoded["int"] == .integer(9_007_199_254_740_993))
        #expect(decoded["int"]?.integerValue == 9_007_199_254_740_993)
        #expect(decoded["array"]?[1]?.stringValue == "two")
        #expect(decoded["object"]?["nested"]?["deep"]?.doubleValue == 0.25)
        #expect(decoded["null"]?.isNull == true)
        #expect(decoded["bool"]?.boolValue == true)
        #expect(decoded["missing"] == nil && decoded["array"]?[9] == nil)
        #expect(String(decoding: data, as: UTF8.self).contains("a/b"))
    }

    @Test func numbersCompareByValue() {
        #expect(JSONValue.integer(1) == JSONValue.number(1.0))
        #expect(JSONValue.integer(1).hashValue == JSONValue.number(1.0).hashValue)
        #expect(JSONValue.integer(1) != JSONValue.number(1.5))
        #expect(JSONValue.integer(9_007_199_254_740_993) != JSONValue.number(9_007_199_254_740_992))
        #expect(Set<JSONValue>([.integer(2), .number(2)]).count == 1)
    }

    @Test func descriptionIsCompactJSON() {
        let value: JSONValue = ["b": [1, nil], "a": "x"]
        #expect(value.description == #"{"a":"x","b":[1,null]}"#)
    }

    @Test func decodesTopLevelScalarsAndEmptyContainers() throws {
        let decoder = JSONCoding.makeDecoder()
        #expect(try decoder.decode(JSONValue.self, from: Data("null".utf8)) == .null)
        #expect(try decoder.decode(JSONValue.self, from: Data("[]".utf8)) == .array([]))
        #expect(try decoder.decode(JSONValue.self, from: Data("{}".utf8)) == .object([:]))
        #expect(try decoder.decode(JSONValue.self, from: Data("1e3".utf8)).doubleValue == 1000)
        #expect(try decoder.decode(JSONValue.self, from: Data("\"s\"".utf8)) == "s")
    }

    @Test func datesWithAndWithoutFractionalSeconds() throws {
        let decoder = JSONCoding.makeDecoder()
        func decode(_ text: String) throws -> Date {
            try decoder.decode(Stamped.self, from: Data("{\"at\":\"\(text)\"}".utf8)).at
        }
        #expect(try decode("2024-05-01T12:30:00Z").timeIntervalSince1970 == 1_714_566_600)
        #expect(abs(try decode("2024-05-01T12:30:00.123Z").timeIntervalSince1970 - 1_714_566_600.123) < 1e-6)
        #expect(abs(try decode("2024-05-01T12:30:00.123456789Z").timeIntervalSince1970 - 1_714_566_600.123457) < 1e-5)
        #expect(try decode("2024-05-01T14:30:00+02:00").timeIntervalSince1970 == 1_714_566_600)
        #expect(try decode("2024-05-01T07:00:00-0530").timeIntervalSince1970 == 1_714_566_600)
        #expect(try decode("2024-05-01").timeIntervalSince1970 == 1_714_521_600)
        #expect(try decode("1969-12-31T23:59:59Z").timeIntervalSince1970 == -1)
        #expect(throws: DecodingError.self) { try decode("2024-02-30T00:00:00Z") }
        #expect(throws: DecodingError.self) { try decode("yesterday") }
        #expect(throws: DecodingError.self) { try decode("2024-05-01T12:30:00.Z") }
    }

    @Test func dateEncoding() throws {
        let encoder = JSONCoding.makeEncoder()
        let whole = try encoder.encode(Stamped(at: Date(timeIntervalSince1970: 1_714_566_600)))
        #expect(String(decoding: whole, as: UTF8.self) == #"{"at":"2024-05-01T12:30:00Z"}"#)
        let fractional = try encoder.encode(Stamped(at: Date(timeIntervalSince1970: 1_714_566_600.25)))
        #expect(String(decoding: fractional, as: UTF8.self) == #"{"at":"2024-05-01T12:30:00.250Z"}"#)
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59.500Z")
        #expect(JSONCoding.formatDate(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
        for seconds in stride(from: -2_000_000_000.0, through: 4_000_000_000.0, by: 77_777_777.125) {
            let date = Date(timeIntervalSince1970: seconds)
            let parsed = JSONCoding.parseDate(JSONCoding.formatDate(date))
            #expect(parsed.map { abs($0.timeIntervalSince1970 - seconds) < 0.001 } == true, "\(seconds)")
        }
    }
}

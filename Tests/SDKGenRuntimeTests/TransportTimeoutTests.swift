import Foundation
import Testing
@testable import SDKGenRuntime

@Suite("URLSession timeouts")
struct TransportTimeoutTests {
    @Test func timeoutsAreNeverShortenedByTheTransport() {
        #if canImport(FoundationNetworking)
            // FoundationNetworking arms its timer with Int(timeoutInterval) seconds: round up.
            #expect(URLSessionTransport.timeoutInterval(for: .milliseconds(300)) == 1)
            #expect(URLSessionTransport.timeoutInterval(for: .milliseconds(1500)) == 2)
            #expect(URLSessionTransport.timeoutInterval(for: .seconds(30)) == 30)
            #expect(URLSessionTransport.timeoutInterval(for: .zero) == 1)
        #else
            #expect(URLSessionTransport.timeoutInterval(for: .milliseconds(300)) == 0.3)
            #expect(URLSessionTransport.timeoutInterval(for: .seconds(30)) == 30)
        #endif
    }

    @Test func theRequestCarriesTheTimeout() throws {
        let request = HTTPRequest(
            method: "GET", url: URL(string: "http://127.0.0.1:1/x")!, timeout: .milliseconds(2500))
        let urlRequest = try URLSessionTransport.makeURLRequest(request)
        #expect(urlRequest.timeoutInterval >= 2.5)
        #expect(urlRequest.timeoutInterval <= 3)
    }
}

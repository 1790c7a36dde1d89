import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests to a live test server over separate connections, so that concurrent requests
/// really reach the server at once (Hummingbird's test client sends them one at a time).
enum LoopbackClient {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 32
        configuration.timeoutIntervalForRequest = 120
        return URLSession(configuration: configuration)
    }()

    /// `POST path` with `body` on 127.0.0.1:`port`: the status and the body.
    static func post(port: Int, path: String, body: [String: Any]) async throws -> (status: Int, body: [String: Any]) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = "POST"
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await session.data(for: request)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, object)
    }
}

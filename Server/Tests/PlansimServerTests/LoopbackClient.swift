import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Requests to a live test server (``LiveServer``) over URLSession, each on its own
/// connection, so that concurrent requests really reach the server at once.
enum LoopbackClient {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 32
        // Idle time allowed on a connection: a request queued for a run slot sends nothing
        // until its turn (ConcurrencyTests waits up to 1,200 s on a loaded machine).
        configuration.timeoutIntervalForRequest = 1_500
        return URLSession(configuration: configuration)
    }()

    /// An answer: status, headers and body.
    struct Reply: Sendable {
        let status: Int
        let headers: [String: String]
        let data: Data

        /// The body parsed as a JSON object (empty when it is not one).
        var object: [String: Any] { (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:] }
        /// The body as UTF-8 text.
        var text: String { String(decoding: data, as: UTF8.self) }

        /// A header's value, its name matched without regard to case.
        func header(_ name: String) -> String? { headers.first { $0.key.lowercased() == name.lowercased() }?.value }
    }

    /// `method path` on 127.0.0.1:`port` with `body` (raw bytes) and `headers`.
    static func send(
        port: Int, path: String, method: String = "GET", body: Data? = nil, headers: [String: String] = [:]
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await session.data(for: request)
        let http = response as? HTTPURLResponse
        var fields: [String: String] = [:]
        for (name, value) in http?.allHeaderFields ?? [:] { fields["\(name)"] = "\(value)" }
        return Reply(status: http?.statusCode ?? 0, headers: fields, data: data)
    }

    /// `POST path` with the JSON object `body`.
    static func post(port: Int, path: String, json body: [String: Any]) async throws -> Reply {
        try await send(port: port, path: path, method: "POST", body: try JSONSerialization.data(withJSONObject: body))
    }

    /// `POST path` with `body` on 127.0.0.1:`port`: the status and the body as a JSON object.
    static func post(port: Int, path: String, body: [String: Any]) async throws -> (status: Int, body: [String: Any]) {
        let reply = try await post(port: port, path: path, json: body)
        return (reply.status, reply.object)
    }
}

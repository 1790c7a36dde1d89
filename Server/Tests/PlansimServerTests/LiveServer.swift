import Foundation
import PlansimServer

/// The real `plansim serve` server (``ServeApplication``), started in this process on
/// 127.0.0.1 with a free port, for the length of one test.
enum LiveServer {
    struct NotStarted: Error {}

    /// Starts the server with `configuration`, runs `body` with its port, then stops it.
    ///
    /// - Throws: ``NotStarted`` when the server does not listen; whatever `body` throws.
    static func with<T>(
        _ configuration: ServeConfiguration = ServeFixture.configuration(), _ body: (Int) async throws -> T
    ) async throws -> T {
        let (ports, announced) = AsyncStream<Int>.makeStream()
        let server = Task {
            try? await ServeApplication.run(configuration, host: "127.0.0.1", port: 0) { announced.yield($0) }
            announced.finish()  // it stopped, or never listened
        }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw NotStarted() }
        return try await body(port)
    }
}

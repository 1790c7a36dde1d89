import Foundation
import Hummingbird
import Logging

/// Starts the `plansim serve` server and runs it until the process is stopped.
public enum ServeApplication {
    /// Binds `host`:`port` (0: a free port), calls `announce` with the port bound once the
    /// server listens, then serves until interrupted (SIGINT or SIGTERM end it cleanly).
    ///
    /// - Throws: when the address cannot be bound.
    public static func run(
        _ configuration: ServeConfiguration, host: String, port: Int, announce: @escaping @Sendable (Int) -> Void
    ) async throws {
        var logger = Logger(label: "plansim-serve")
        logger.logLevel = .warning
        let app = Application(
            router: ServeRoutes.router(configuration),
            configuration: .init(address: .hostname(host, port: port), serverName: "plansim"),
            onServerRunning: { channel in announce(channel.localAddress?.port ?? port) },
            logger: logger)
        try await app.runService()
    }
}

public import Foundation
public import Testing

/// Locations the tests need, found from this file's place in the repository.
public enum TestPaths {
    /// The repository root.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, or nil when absent: tests that need it declare
    /// `.enabled(if: TestPaths.hasShared, TestPaths.sharedMissing)` and are reported skipped
    /// (in CI, with `PLANSIM_REQUIRE_CLIENTS=1`, they run and fail instead).
    public static var shared: URL? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Whether a test needing `../shared` should run: it is present, or CI requires it.
    public static var hasShared: Bool { Clients.runs(shared != nil) }

    /// The reason a test needing `../shared` is skipped.
    public static let sharedMissing: Comment = "../shared (the reference data) is not beside this clone"

    /// `../shared`, or a thrown failure when it is absent (a test that runs only because
    /// CI requires it).
    public static func requireShared() throws -> URL {
        guard let shared else { throw Clients.Missing(what: "../shared (the reference data)") }
        return shared
    }

    /// The `plansim` binary the tests run: `PLANSIM_BINARY` when set, else the one built
    /// beside the running test binary (`swift build --build-tests` builds both in the same
    /// configuration folder, so it is never an older build of another configuration).
    /// Contract: never falls back to another folder's binary, which may be stale; if
    /// none is there the path is returned anyway and launching it fails, naming it.
    public static var plansimBinary: URL {
        if let chosen = ProcessInfo.processInfo.environment["PLANSIM_BINARY"], !chosen.isEmpty {
            return URL(fileURLWithPath: chosen)
        }
        return testBinaryFolder.appendingPathComponent("plansim")
    }

    /// The folder of the running test binary (`.build/<triple>/<configuration>/`), leaving
    /// the `.xctest` bundle on platforms where the binary sits inside one.
    static var testBinaryFolder: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path.contains(".xctest") { url = url.deletingLastPathComponent() }
        return url
    }
}

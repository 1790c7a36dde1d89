public import Foundation

/// Locations the tests need, found from this file's place in the repository.
public enum TestPaths {
    /// The repository root.
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the repository, or nil (with the reason) when absent: tests that
    /// need it skip with that message.
    public static var shared: URL? {
        let url = repository.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    public static let sharedMissingMessage = "../shared is not beside this clone; reference-data tests skipped"

    /// The NIST StRD folder of a suite (`linear` or `nonlinear`), if present.
    public static func nist(_ suite: String) -> URL? {
        shared?.appendingPathComponent("reference/nist-strd/\(suite)")
    }

    /// The built `plansim` binary (built by `swift build` before `swift test`).
    public static var plansimBinary: URL {
        for configuration in ["debug", "release"] {
            let url = repository.appendingPathComponent(".build/\(configuration)/plansim")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repository.appendingPathComponent(".build/debug/plansim")
    }
}

public import Foundation

/// What one run of the `plansim` binary did.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String
}

/// Runs the built `plansim` binary, as a user would, and captures its output.
public enum Plansim {
    /// Runs `plansim arguments…` in `directory` (a fresh temporary one by default).
    /// `environment` entries are added to (or replace) the test's own environment.
    public static func run(
        _ arguments: [String], in directory: URL? = nil, input: String? = nil,
        environment extra: [String: String] = [:]
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = TestPaths.plansimBinary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The environment that chooses English (`PLANSIM_LANG=en`), for tests that read
    /// English messages: without a choice plansim speaks the locale's language, and Chinese
    /// under the C locale CI runs in.
    public static let english = ["PLANSIM_LANG": "en"]

    /// A new empty temporary directory.
    public static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plansim-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` inside `directory` and returns the path.
    @discardableResult
    public static func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

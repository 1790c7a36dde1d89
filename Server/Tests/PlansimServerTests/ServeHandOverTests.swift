import Foundation
import PlansimTestSupport
import Testing

/// `plansim serve` hands over to `plansim-serve` beside it (docs/serve.md): without it, one
/// message naming the command that builds it; the server alone refuses to start.
@Suite struct ServeHandOverTests {
    @Test func withoutTheServerTheMessageNamesTheCommandThatBuildsIt() throws {
        let folder = try Plansim.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lone = folder.appendingPathComponent("plansim")
        try FileManager.default.copyItem(at: TestPaths.plansimBinary, to: lone)
        let result = try Self.run(lone, ["serve", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("make serve"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func theServerAloneRefusesNamingPlansimServe() throws {
        let server = TestPaths.plansimBinary.deletingLastPathComponent().appendingPathComponent("plansim-serve")
        let result = try Self.run(server, [])
        #expect(result.status == 1)
        #expect(result.stderr.contains("`plansim serve`"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    /// Runs `binary arguments…` in English and returns its exit status and output.
    static func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(Plansim.english) { $1 }
        let out = Pipe(), err = Pipe()
        (process.standardOutput, process.standardError) = (out, err)
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }
}

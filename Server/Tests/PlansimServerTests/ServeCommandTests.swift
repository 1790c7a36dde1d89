import Foundation
import PlansimTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `plansim serve` end to end: the address first, a free port for `--port 0`, and the
/// refusals of its arguments.
@Suite struct ServeCommandTests {
    @Test func portZeroPrintsTheRealAddressFirstAndServes() async throws {
        let process = Process()
        process.executableURL = TestPaths.plansimBinary
        process.arguments = ["serve", "--port", "0", "--paths", "100"]
        process.currentDirectoryURL = TestPaths.repository
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data("\n".utf8) {
            line += byte
        }
        let address = String(decoding: line, as: UTF8.self)
        #expect(address.hasPrefix("http://127.0.0.1:") && address.hasSuffix("/"))
        let port = Int(address.dropFirst("http://127.0.0.1:".count).dropLast()) ?? 0
        #expect(port > 0 && port != 8080, "a port the system picked")
        let (body, response) = try await URLSession.shared.data(from: try #require(URL(string: address + "api/plan")))
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"indicators\""))
    }

    @Test func anotherHostNeedsAToken() throws {
        let result = try Plansim.run(["serve", "--host", "0.0.0.0", "--port", "0"], environment: Plansim.english)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--token"))
        #expect(result.stdout.isEmpty)
    }

    @Test func pathsOutsideTheRangeAreRefused() throws {
        let result = try Plansim.run(["serve", "--paths", "200001"], environment: Plansim.english)
        #expect(result.status == 1)
        #expect(result.stderr.contains("200,000"))
    }
}

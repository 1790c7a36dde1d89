import Foundation
import PlansimServer
import Testing

/// Every bad request is refused with its status and a JSON message, and the server answers
/// the next request as before.
@Suite struct BadInputTests {
    @Test func aScenarioThatDoesNotCheckIs400WithLocatedDiagnostics() async throws {
        let text = "scenario what_if {\n    horizon 2035\n    shock retail_salez -10% in 2022\n}\n"
        try await LiveServer.with { port in
            let run = try await LoopbackClient.post(
                port: port, path: "/api/run", json: ["scenario": text, "paths": 100, "seed": 1])
            #expect(run.status == 400)
            let diagnostics = run.object["diagnostics"] as? [[String: Any]] ?? []
            #expect(diagnostics.first?["id"] as? String == "E012")
            #expect(diagnostics.first?["line"] as? Int == 3)
            #expect(diagnostics.first?["column"] as? Int == 11)

            let check = try await LoopbackClient.post(
                port: port, path: "/api/check", json: ["scenario": text, "lang": "en"])
            #expect(check.status == 200)
            let first = (check.object["diagnostics"] as? [[String: Any]])?.first ?? [:]
            #expect(first["id"] as? String == "E012")
            #expect((first["message"] as? String)?.contains("retail_salez") == true)
            #expect(first["help"] is String)

            let clean = try await LoopbackClient.post(
                port: port, path: "/api/check", json: ["scenario": ServeFixture.shocked])
            #expect((clean.object["diagnostics"] as? [Any])?.isEmpty == true)
        }
    }

    @Test(arguments: [
        (["scenario": "x", "paths": 0] as [String: any Sendable], "paths"),
        (["scenario": "x", "paths": 200_001], "paths"),
        (["scenario": "x", "paths": 2.5], "paths"),
        (["scenario": "x", "seed": -1], "seed"),
        (["scenario": "x", "seed": 9_007_199_254_740_992.0], "seed"),
        (["scenario": "x", "seed": "7"], "seed"),
        (["paths": 10], "scenario"),
        (["scenario": "x", "format": "exe"], "format"),
    ])
    func outOfRangeFieldsAre400(fields: [String: any Sendable], field: String) async throws {
        try await LiveServer.with { port in
            let reply = try await LoopbackClient.post(port: port, path: "/api/run", json: fields)
            #expect(reply.status == 400)
            let message = (reply.object["error"] as? [String: String])?["en"] ?? ""
            #expect(message.contains("`\(field)`"))
        }
    }

    @Test func malformedJSONIs400AndAnOversizedBodyIs413() async throws {
        try await LiveServer.with { port in
            for bad in ["{\"scenario\": ", "[1, 2]", "", "null"] {
                let reply = try await LoopbackClient.send(
                    port: port, path: "/api/run", method: "POST", body: Data(bad.utf8))
                #expect(reply.status == 400, "\(bad)")
            }
            let big = String(repeating: "#", count: (1 << 20) + 1)
            #expect(
                try await LoopbackClient.post(port: port, path: "/api/check", json: ["scenario": big]).status == 413)
            let after = try await LoopbackClient.post(
                port: port, path: "/api/run", json: ["scenario": ServeFixture.shocked, "paths": 50])
            #expect(after.status == 200, "the server answers after every refusal")
        }
    }

    /// The paths are written byte for byte on the socket, as a hostile client sends them.
    @Test func unknownAndTraversingPathsAre404WithoutReadingFiles() async throws {
        try await LiveServer.with { port in
            for path in [
                "/nope", "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2E%2E/etc/passwd",
                "/..%2fPackage.swift",
                "/scenarios/baseline.scn", "/api/../Package.swift", "/index.html/..", "//etc/passwd",
            ] {
                let reply = try RawHTTP.get(port: port, path: path)
                #expect(reply.status == 404, "\(path)")
                #expect(!reply.text.contains("swift-tools-version") && !reply.text.contains("root:"))
            }
            #expect(try RawHTTP.get(port: port, path: "/api/plan").status == 200)
        }
    }

    @Test func aTokenGuardsEveryRequest() async throws {
        try await LiveServer.with(ServeFixture.configuration(token: "s3cret")) { port in
            let missing = try await LoopbackClient.send(port: port, path: "/")
            let wrong = try await LoopbackClient.send(port: port, path: "/api/plan?token=wrong")
            let inAddress = try await LoopbackClient.send(port: port, path: "/?token=s3cret")
            let inHeader = try await LoopbackClient.send(
                port: port, path: "/api/plan", headers: ["X-Plansim-Token": "s3cret"])
            #expect(missing.status == 401)
            #expect(wrong.status == 401)
            #expect(inAddress.status == 200)
            #expect(inHeader.status == 200)
        }
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PlansimServer
import Testing

/// Every bad request is refused with its status and a JSON message, and the server answers
/// the next request as before.
@Suite struct BadInputTests {
    @Test func aScenarioThatDoesNotCheckIs400WithLocatedDiagnostics() async throws {
        let text = "scenario what_if {\n    horizon 2035\n    shock retail_salez -10% in 2022\n}\n"
        try await ServeFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/run", method: .post, body: ServeFixture.body(["scenario": text, "paths": 100, "seed": 1])) { response in
                #expect(response.status == .badRequest)
                let diagnostics = ServeFixture.object(response.body)["diagnostics"] as? [[String: Any]] ?? []
                #expect(diagnostics.first?["id"] as? String == "E012")
                #expect(diagnostics.first?["line"] as? Int == 3)
                #expect(diagnostics.first?["column"] as? Int == 11)
            }
            try await client.execute(uri: "/api/check", method: .post, body: ServeFixture.body(["scenario": text, "lang": "en"])) { response in
                #expect(response.status == .ok)
                let first = (ServeFixture.object(response.body)["diagnostics"] as? [[String: Any]])?.first ?? [:]
                #expect(first["id"] as? String == "E012")
                #expect((first["message"] as? String)?.contains("retail_salez") == true)
                #expect(first["help"] is String)
            }
            try await client.execute(uri: "/api/check", method: .post, body: ServeFixture.body(["scenario": ServeFixture.shocked])) { response in
                #expect((ServeFixture.object(response.body)["diagnostics"] as? [Any])?.isEmpty == true)
            }
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
        try await ServeFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/run", method: .post, body: ServeFixture.body(fields)) { response in
                #expect(response.status == .badRequest)
                let message = (ServeFixture.object(response.body)["error"] as? [String: String])?["en"] ?? ""
                #expect(message.contains("`\(field)`"))
            }
        }
    }

    @Test func malformedJSONIs400AndAnOversizedBodyIs413() async throws {
        try await ServeFixture.application().test(.router) { client in
            for bad in ["{\"scenario\": ", "[1, 2]", "", "null"] {
                try await client.execute(uri: "/api/run", method: .post, body: ByteBuffer(string: bad)) { response in
                    #expect(response.status == .badRequest)
                }
            }
            let big = String(repeating: "#", count: (1 << 20) + 1)
            try await client.execute(uri: "/api/check", method: .post, body: ServeFixture.body(["scenario": big])) { response in
                #expect(response.status == .contentTooLarge)
            }
            try await client.execute(uri: "/api/run", method: .post, body: ServeFixture.body(["scenario": ServeFixture.shocked, "paths": 50])) { response in
                #expect(response.status == .ok, "the server answers after every refusal")
            }
        }
    }

    /// A real loopback server, so the paths reach it as a browser or curl would send them.
    @Test func unknownAndTraversingPathsAre404WithoutReadingFiles() async throws {
        try await ServeFixture.application().test(.live) { client in
            for path in ["/nope", "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2E%2E/etc/passwd", "/..%2fPackage.swift",
                         "/scenarios/baseline.scn", "/api/../Package.swift", "/index.html/..", "//etc/passwd"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    #expect(!String(buffer: response.body).contains("swift-tools-version") && !String(buffer: response.body).contains("root:"))
                }
            }
            try await client.execute(uri: "/api/plan", method: .get) { response in #expect(response.status == .ok) }
        }
    }

    @Test func aTokenGuardsEveryRequest() async throws {
        try await ServeFixture.application(ServeFixture.configuration(token: "s3cret")).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/plan?token=wrong", method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/?token=s3cret", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/plan", method: .get, headers: [HTTPField.Name("X-Plansim-Token")!: "s3cret"]) { #expect($0.status == .ok) }
        }
    }
}

import Foundation
import PlanData
import PlansimKit
import PlansimServer
import Testing

/// `POST /api/live`, the page's lean run: the figures of ``LiveRun``; a run of a page's
/// older change than its newest is refused (409) and stopped; bad fields are 400.
@Suite struct LiveAPITests {
    @Test func liveSendsTheLibrarysLiveFigures() async throws {
        let configuration = ServeFixture.configuration()
        var request = RunRequest(
            source: .text(
                ServeFixture.shocked, path: configuration.scenarioFolder.appendingPathComponent("page.scn").path),
            plan: ServeFixture.plan, planSetting: false, paths: 300, seed: 11, threads: 2, invert: false)
        request.language = .zh
        let expected = try #require(try LiveRun.run(request))
        try await LiveServer.with(configuration) { port in
            let reply = try await LoopbackClient.post(
                port: port, path: "/api/live",
                json: ["scenario": ServeFixture.shocked, "paths": 300, "seed": 11, "client": "t1", "generation": 1])
            #expect(reply.status == 200)
            // Exact: the same seed gives the same bits on any thread count (the server runs on 1, this on 2).
            #expect(reply.text == expected + "\n")
            #expect(reply.object["live"] as? Bool == true)
        }
    }

    /// The phases' names of a `Server-Timing` header, in order (`name;dur=…, …`).
    static func phaseNames(_ header: String?) -> [String] {
        (header ?? "").split(separator: ",").map {
            String($0.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func liveAndRunSayTheirPhasesInServerTiming() async throws {
        try await LiveServer.with { port in
            let live = try await LoopbackClient.post(
                port: port, path: "/api/live", json: ["scenario": ServeFixture.shocked, "paths": 50])
            #expect(live.status == 200)
            #expect(
                Self.phaseNames(live.header("Server-Timing"))
                    == ["request", "wait", "parse", "mc", "baseline", "build", "encode", "total"])
            let run = try await LoopbackClient.post(
                port: port, path: "/api/run", json: ["scenario": ServeFixture.shocked, "paths": 50])
            #expect(run.status == 200)
            #expect(Self.phaseNames(run.header("Server-Timing")) == ["request", "wait", "run", "total"])
            // Every phase has a duration in ms (the values are not tested: they are the machine's).
            #expect(live.header("Server-Timing")?.split(separator: ",").allSatisfy { $0.contains(";dur=") } == true)
        }
    }

    @Test func anOlderChangeOfTheSamePageIsRefused() async throws {
        try await LiveServer.with { port in
            let newer = try await LoopbackClient.post(
                port: port, path: "/api/live",
                body: ["scenario": ServeFixture.shocked, "paths": 50, "client": "p", "generation": 7])
            #expect(newer.status == 200)
            let older = try await LoopbackClient.post(
                port: port, path: "/api/live",
                body: ["scenario": ServeFixture.shocked, "paths": 50, "client": "p", "generation": 6])
            #expect(older.status == 409)
            #expect((older.body["error"] as? [String: Any])?["en"] as? String != nil)
            let otherPage = try await LoopbackClient.post(
                port: port, path: "/api/live",
                body: ["scenario": ServeFixture.shocked, "paths": 50, "client": "q", "generation": 1])
            #expect(otherPage.status == 200, "another page's changes are its own")
        }
    }

    @Test(arguments: [
        #"{"client": ""}"#, #"{"client": 3}"#, #"{"generation": -1}"#, #"{"generation": 1.5}"#, #"{"generation": "2"}"#,
    ])
    func badClientOrGenerationIs400(_ field: String) async throws {
        let bad = try #require(try JSONSerialization.jsonObject(with: Data(field.utf8)) as? [String: Any])
        try await LiveServer.with { port in
            let body = bad.merging(["scenario": ServeFixture.shocked, "paths": 50]) { a, _ in a }
            let reply = try await LoopbackClient.post(port: port, path: "/api/live", body: body)
            #expect(reply.status == 400)
        }
    }

    @Test func aTextThatDoesNotCheckIs400WithDiagnostics() async throws {
        try await LiveServer.with { port in
            let reply = try await LoopbackClient.post(
                port: port, path: "/api/live",
                body: ["scenario": "scenario x {\n    assume nope add_factor 1% over 2021..2025\n}\n"])
            #expect(reply.status == 400)
            #expect((reply.body["diagnostics"] as? [Any])?.isEmpty == false)
        }
    }
}

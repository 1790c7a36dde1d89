import Foundation
import PlanData
import PlansimKit
import PlansimServer
import Testing

/// `POST /api/run` returns the document `plansim run --json` prints for the same text.
@Suite struct APIRunTests {
    @Test func runEqualsTheWorkflowsOwnOutput() async throws {
        let configuration = ServeFixture.configuration()
        let expected = try RunWorkflow.run(
            RunRequest(
                source: .text(
                    ServeFixture.shocked, path: configuration.scenarioFolder.appendingPathComponent("page.scn").path),
                plan: ServeFixture.plan, planSetting: false, paths: 300, seed: 11, threads: 2, invert: false)
        ).json
        try await LiveServer.with(configuration) { port in
            let reply = try await LoopbackClient.post(
                port: port, path: "/api/run", json: ["scenario": ServeFixture.shocked, "paths": 300, "seed": 11])
            #expect(reply.status == 200)
            // Exact: the same seed gives the same bits on any thread count (the server runs on 1, this test on 2).
            #expect(ServeFixture.withoutProvenance(reply.data) == ServeFixture.sortedWithoutProvenance(expected))
            #expect(reply.object["paths"] as? Int == 300)
            #expect(reply.object["seed"] as? Int == 11)
            #expect((reply.object["targets"] as? [Any])?.count == ServeFixture.plan.targets.count)
        }
    }

    @Test func aNamedScenarioWithAnIncludeRunsBesideItsFolder() async throws {
        let text = try String(
            contentsOf: ServeFixture.folder.appendingPathComponent("epidemic_shock.scn"), encoding: .utf8)
        try await LiveServer.with { port in
            let reply = try await LoopbackClient.post(
                port: port, path: "/api/run", json: ["scenario": text, "paths": 100, "seed": 3])
            #expect(reply.status == 200)
            #expect(reply.object["scenario"] as? String == "epidemic_shock")
        }
    }

    @Test func planScenariosAndPageAreServed() async throws {
        try await LiveServer.with { port in
            let planReply = try await LoopbackClient.send(port: port, path: "/api/plan")
            let plan = planReply.object
            #expect(planReply.status == 200)
            #expect((plan["indicators"] as? [Any])?.count == ServeFixture.plan.indicators.count)
            #expect((plan["targets"] as? [Any])?.count == ServeFixture.plan.targets.count)
            #expect((plan["page"] as? [String: Any])?["paths"] as? Int == 200)

            let scenarios = try await LoopbackClient.send(port: port, path: "/api/scenarios")
            let names = ((try? JSONSerialization.jsonObject(with: scenarios.data)) as? [[String: Any]] ?? []).compactMap
            { $0["name"] as? String }
            #expect(names.contains("epidemic_shock") && names.contains("baseline"))

            let page = try await LoopbackClient.send(port: port, path: "/")
            #expect(page.status == 200)
            #expect(page.text.contains("<textarea id=\"scenario-text\""))
            #expect(
                !page.text.contains("src=\"http") && !page.text.contains("href=\"http")
                    && !page.text.contains("url(http"), "nothing is loaded from the internet")
        }
    }

    @Test func aBriefingIsAWorkbook() async throws {
        try await LiveServer.with { port in
            let reply = try await LoopbackClient.post(
                port: port, path: "/api/report",
                json: ["scenario": ServeFixture.shocked, "paths": 100, "seed": 3, "format": "xlsx"])
            #expect(reply.status == 200)
            #expect(Array(reply.data.prefix(2)) == [0x50, 0x4B], "an XLSX file is a ZIP package: PK")
            #expect(reply.header("Content-Disposition")?.contains(".xlsx") == true)
        }
    }
}

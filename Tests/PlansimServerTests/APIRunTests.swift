import Foundation
import Hummingbird
import HummingbirdTesting
import PlanData
import PlansimKit
import PlansimServer
import Testing

/// `POST /api/run` returns the document `plansim run --json` prints for the same text.
@Suite struct APIRunTests {
    @Test func runEqualsTheWorkflowsOwnOutput() async throws {
        let configuration = ServeFixture.configuration()
        let expected = try RunWorkflow.run(RunRequest(source: .text(ServeFixture.shocked, path: configuration.scenarioFolder.appendingPathComponent("page.scn").path),
                                                      plan: ServeFixture.plan, planSetting: false, paths: 300, seed: 11, threads: 2, invert: false)).json
        try await ServeFixture.application(configuration).test(.router) { client in
            try await client.execute(uri: "/api/run", method: .post, body: ServeFixture.body(["scenario": ServeFixture.shocked, "paths": 300, "seed": 11])) { response in
                #expect(response.status == .ok)
                // Exact: the same seed gives the same bits on any thread count (the server runs on 1, this test on 2).
                #expect(ServeFixture.withoutProvenance(response.body) == ServeFixture.sortedWithoutProvenance(expected))
                let object = ServeFixture.object(response.body)
                #expect(object["paths"] as? Int == 300)
                #expect(object["seed"] as? Int == 11)
                #expect((object["targets"] as? [Any])?.count == ServeFixture.plan.targets.count)
            }
        }
    }

    @Test func aNamedScenarioWithAnIncludeRunsBesideItsFolder() async throws {
        let text = try String(contentsOf: ServeFixture.folder.appendingPathComponent("epidemic_shock.scn"), encoding: .utf8)
        try await ServeFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/run", method: .post, body: ServeFixture.body(["scenario": text, "paths": 100, "seed": 3])) { response in
                #expect(response.status == .ok)
                #expect(ServeFixture.object(response.body)["scenario"] as? String == "epidemic_shock")
            }
        }
    }

    @Test func planScenariosAndPageAreServed() async throws {
        try await ServeFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/plan", method: .get) { response in
                let plan = ServeFixture.object(response.body)
                #expect(response.status == .ok)
                #expect((plan["indicators"] as? [Any])?.count == ServeFixture.plan.indicators.count)
                #expect((plan["targets"] as? [Any])?.count == ServeFixture.plan.targets.count)
                #expect((plan["page"] as? [String: Any])?["paths"] as? Int == 200)
            }
            try await client.execute(uri: "/api/scenarios", method: .get) { response in
                let names = ((try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
                #expect(names.contains("epidemic_shock") && names.contains("baseline"))
            }
            try await client.execute(uri: "/", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(response.status == .ok)
                #expect(html.contains("<textarea id=\"scenario-text\""))
                #expect(!html.contains("src=\"http") && !html.contains("href=\"http") && !html.contains("url(http"), "nothing is loaded from the internet")
            }
        }
    }

    @Test func aBriefingIsAWorkbook() async throws {
        try await ServeFixture.application().test(.router) { client in
            try await client.execute(uri: "/api/report", method: .post,
                                     body: ServeFixture.body(["scenario": ServeFixture.shocked, "paths": 100, "seed": 3, "format": "xlsx"])) { response in
                #expect(response.status == .ok)
                #expect(Array(Data(buffer: response.body).prefix(2)) == [0x50, 0x4B], "an XLSX file is a ZIP package: PK")
                #expect(response.headers[.contentDisposition]?.contains(".xlsx") == true)
            }
        }
    }
}

import Foundation
import PlanData
import PlansimKit
import Testing

/// The live page's lean run (``LiveRun``): every figure it sends has the bits of the same
/// field of `plansim run --json`; a superseded run stops; ``RunGenerations`` tells which.
@Suite struct LiveRunTests {
    static func request(_ text: String, paths: Int, seed: UInt64, cache: RunCache?) -> RunRequest {
        var request = RunRequest(
            source: .text(text, path: ServeFixture.folder.appendingPathComponent("page.scn").path),
            plan: ServeFixture.plan,
            planSetting: false, paths: paths, seed: seed, threads: 1, invert: false)
        request.cache = cache
        return request
    }

    /// `object[key]` as an array of objects.
    static func objects(_ object: [String: Any], _ key: String) -> [[String: Any]] {
        object[key] as? [[String: Any]] ?? []
    }

    /// The fields of `item` named in `keys`, as sorted-key JSON (numbers as parsed from the text sent).
    static func picked(_ item: [String: Any], _ keys: [String]) -> String {
        let kept = item.filter { keys.contains($0.key) }
        return String(
            decoding: (try? JSONSerialization.data(withJSONObject: kept, options: [.sortedKeys])) ?? Data(),
            as: UTF8.self)
    }

    @Test func everyFigureIsTheFullRunsFigure() throws {
        let cache = RunCache()
        for text in [RunCacheTests.lever(1.5), ServeFixture.shocked, PageScenario.text(for: ServeFixture.plan)] {
            let full = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(RunWorkflow.run(Self.request(text, paths: 300, seed: 5, cache: nil)).jsonText.utf8))
                    as? [String: Any])
            let liveText = try #require(try LiveRun.run(Self.request(text, paths: 300, seed: 5, cache: cache)))
            let live = try #require(try JSONSerialization.jsonObject(with: Data(liveText.utf8)) as? [String: Any])
            #expect(
                live["paths"] as? Int == 300 && live["seed"] as? Int == 5
                    && live["scenario"] as? String == full["scenario"] as? String)
            // Exact (string equality of the numbers as sent): the same preparation, Monte Carlo
            // and baseline on the same seed, so no bit may differ.
            let targetKeys = [
                "indicator", "target_year", "target", "kind", "probability", "required_growth", "simulated_growth",
                "median", "status",
            ]
            #expect(
                Self.objects(live, "targets").map { Self.picked($0, targetKeys) }
                    == Self.objects(full, "targets").map { Self.picked($0, targetKeys) })
            let liveYears = Self.objects(live, "indicators").map {
                (
                    $0["indicator"] as? String ?? "",
                    Self.objects($0, "years").map { Self.picked($0, ["year", "p10", "p50", "p90"]) }
                )
            }
            let fullYears = Self.objects(full, "indicators").map {
                (
                    $0["indicator"] as? String ?? "",
                    Self.objects($0, "years").map { Self.picked($0, ["year", "p10", "p50", "p90"]) }
                )
            }
            #expect(liveYears.map(\.0) == fullYears.map(\.0) && liveYears.map(\.1) == fullYears.map(\.1))
            let medians = { (o: [String: Any]) in
                Self.objects((o["baseline"] as? [String: Any]) ?? [:], "medians").map {
                    Self.picked($0, ["indicator", "year", "p50"])
                }
            }
            #expect(medians(live) == medians(full))
            #expect((live["baseline"] is NSNull) == (full["baseline"] is NSNull))
            #expect(
                live["inversions"] == nil && live["provenance"] == nil && live["assumptions"] == nil,
                "only what the page draws")
        }
    }

    @Test func aSupersededRunStopsAtItsCheckpoint() throws {
        let stopped = try LiveRun.run(
            Self.request(RunCacheTests.lever(2), paths: 300, seed: 5, cache: nil), isCancelled: { true })
        #expect(stopped == nil)
        var asked = 0
        // Cancelled at the second checkpoint (after the Monte Carlo, before the baseline).
        let late = try LiveRun.run(
            Self.request(RunCacheTests.lever(2), paths: 300, seed: 5, cache: nil),
            isCancelled: {
                asked += 1
                return asked >= 2
            })
        #expect(late == nil && asked == 2)
    }

    @Test func aTextThatDoesNotCheckIsRejectedAsByRun() {
        #expect(throws: ScenarioRejection.self) {
            _ = try LiveRun.run(
                Self.request(
                    "scenario what_if {\n    assume nothing_here add_factor 1% over 2021..2025\n}\n", paths: 100,
                    seed: 1, cache: nil))
        }
    }

    @Test func generationsSupersedeOnlyTheSamePage() {
        let generations = RunGenerations(capacity: 2)
        #expect(generations.begin(client: "a", generation: 1))
        #expect(generations.begin(client: "a", generation: 1), "the full pass of the same change")
        #expect(generations.begin(client: "b", generation: 5))
        #expect(generations.begin(client: "a", generation: 2))
        #expect(!generations.isCurrent(client: "a", generation: 1))
        #expect(!generations.begin(client: "a", generation: 1), "an older change arriving late")
        #expect(generations.isCurrent(client: "b", generation: 5), "another page's runs are its own")
        // A third page forgets the least recently seen (b): its runs count as current again.
        #expect(generations.begin(client: "c", generation: 1))
        #expect(generations.isCurrent(client: "b", generation: 1))
    }
}

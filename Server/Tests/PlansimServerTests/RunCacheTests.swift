import Foundation
import PlanData
import PlansimKit
import Testing

/// The live page's ``RunCache``: runs that take their fit and baseline from it give the
/// same bits as runs without it, and it holds at most its capacity.
@Suite struct RunCacheTests {
    /// The page's text with the industrial-output lever at `points` (as the page writes it).
    static func lever(_ points: Double, base: String = PageScenario.text(for: ServeFixture.plan)) -> String {
        base.replacingOccurrences(
            of: "\n}", with: "\n    assume industrial_output add_factor \(points)% over 2021..2025\n}")
    }

    static func run(_ text: String, paths: Int, seed: UInt64, cache: RunCache?, plan: Dataset = ServeFixture.plan)
        throws -> String
    {
        var request = RunRequest(
            source: .text(text, path: ServeFixture.folder.appendingPathComponent("page.scn").path), plan: plan,
            planSetting: false, paths: paths, seed: seed, threads: 1, invert: false)
        request.cache = cache
        return ServeFixture.withoutProvenance(try RunWorkflow.run(request).json)
    }

    @Test func aCachedRunHasTheBitsOfAnUncachedOne() throws {
        let cache = RunCache()
        // Fill the cache with another lever's run first, so the runs compared are hits.
        _ = try Self.run(Self.lever(-2), paths: 400, seed: 5, cache: cache)
        for text in [Self.lever(1.5), ServeFixture.shocked, Self.lever(3, base: ServeFixture.shocked)] {
            let uncached = try Self.run(text, paths: 400, seed: 5, cache: nil)
            // Exact string equality of the whole document (every quantile, probability and
            // the baseline's figures as rendered): the cache may change no bit.
            #expect(try Self.run(text, paths: 400, seed: 5, cache: cache) == uncached)
        }
        let lookups = cache.lookups
        #expect(lookups.fits.misses == 1, "one fit (the page's default models and priors) serves every lever")
        #expect(lookups.baselines.misses == 1 && lookups.baselines.hits == 3, "one baseline per data, paths and seed")
    }

    @Test func anotherPathCountOrPriorIsAnotherEntry() throws {
        let cache = RunCache()
        let prior = Self.lever(0.5).replacingOccurrences(
            of: "\n}", with: "\n    prior linked investment_growth_plan normal(20%, 3%)\n}")
        for (text, paths) in [(Self.lever(0.5), 300), (Self.lever(0.5), 500), (prior, 300)] {
            #expect(
                try Self.run(text, paths: paths, seed: 9, cache: cache)
                    == Self.run(text, paths: paths, seed: 9, cache: nil))
        }
        let lookups = cache.lookups
        // The prior refits the linked core (a new fit entry); the baseline's own fit is the
        // default one, so the third run finds its baseline (300 paths, seed 9) stored.
        #expect(lookups.fits.misses == 2)
        #expect(lookups.baselines.misses == 2 && lookups.baselines.hits == 1)
    }

    @Test func otherDataIsNeverServedTheStoredFit() throws {
        let cache = RunCache()
        var changed = ServeFixture.plan
        let id = try #require(changed.series.keys.sorted().first { !(changed.series[$0]?.points.isEmpty ?? true) })
        let points = try #require(changed.series[id]?.points)
        let last = try #require(points.last)
        // One history value 1 % higher: another dataset, so another fit and another baseline.
        changed.series[id] = Series(
            indicator: id,
            points: points.dropLast() + [
                SeriesPoint(year: last.year, value: last.value * 1.01, origin: last.origin, note: last.note)
            ])
        let text = Self.lever(1)
        let original = try Self.run(text, paths: 300, seed: 4, cache: cache)
        let other = try Self.run(text, paths: 300, seed: 4, cache: cache, plan: changed)
        #expect(other == (try Self.run(text, paths: 300, seed: 4, cache: nil, plan: changed)))
        #expect(other != original)
        #expect(cache.lookups.fits.misses == 2 && cache.lookups.baselines.misses == 2)
        // The plan given again (the same value, its storage remembered): stored entries.
        #expect(try Self.run(text, paths: 300, seed: 4, cache: cache) == original)
        #expect(cache.lookups.fits.misses == 2 && cache.lookups.baselines.misses == 2)
    }

    @Test func theTextTheServerSendsIsTheDocumentRendered() throws {
        var request = RunRequest(
            source: .text(Self.lever(2), path: ServeFixture.folder.appendingPathComponent("page.scn").path),
            plan: ServeFixture.plan,
            planSetting: false, paths: 200, seed: 3, threads: 1, invert: false)
        request.cache = RunCache()
        let outcome = try RunWorkflow.run(request)
        // Exact: the text kept from the readability check is the document rendered again.
        #expect(outcome.jsonText == outcome.json.rendered())
    }

    @Test func theCacheForgetsTheLeastRecentlyUsed() throws {
        let cache = BoundedCache<Int, Int>(capacity: 3)
        for k in [1, 2, 3] { #expect(cache.value(k) { k * 10 } == k * 10) }
        _ = cache.value(1) { -1 }  // 1 is now the most recent; 2 the least
        _ = cache.value(4) { 40 }
        #expect(cache.count == 3)
        #expect(cache.value(1) { -1 } == 10, "1 was kept")
        #expect(cache.value(2) { -2 } == -2, "2 was forgotten and made again")
    }

    @Test func manyThreadsAtOnceGetTheirOwnKeysValues() async {
        let cache = BoundedCache<Int, Int>(capacity: 8)
        let wrong = await withTaskGroup(of: Int.self) { group in
            for k in 0..<400 { group.addTask { cache.value(k % 12) { k % 12 * 7 } == k % 12 * 7 ? 0 : 1 } }
            return await group.reduce(0, +)
        }
        #expect(wrong == 0)
        #expect(cache.count <= 8)
    }
}

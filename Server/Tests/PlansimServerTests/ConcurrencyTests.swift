import Foundation
import PlansimServer
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Several browsers at once: each gets its own result; past the limits a run is refused
/// (503), not queued forever.
@Suite(.serialized) struct ConcurrencyTests {
    /// A short run (to 2026, no baseline beside it), so twenty of them finish quickly on a
    /// loaded machine.
    static let short = "scenario baseline {\n    horizon 2026\n}\n"

    @Test func twentyConcurrentRequestsEachGetTheirOwnResult() async throws {
        var limits = ServerLimits()
        // Every request waits its turn here: the test is about results, not refusals. Twenty
        // debug-build runs through two slots, on a machine running the whole suite at once
        // (and other builds), took over 60 s; the wait is generous so only a wrong result fails.
        limits.slotWait = 1_200
        try await LiveServer.with(ServeFixture.configuration(limits: limits)) { port in
            let seeds = try await withThrowingTaskGroup(of: (UInt64, Int?, Int?).self) { group in
                for seed in UInt64(1)...20 {
                    group.addTask {
                        let (_, object) = try await LoopbackClient.post(
                            port: port, path: "/api/run",
                            body: ["scenario": Self.short, "paths": 40 + Int(seed), "seed": seed])
                        return (seed, object["seed"] as? Int, object["paths"] as? Int)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(seeds.count == 20)
            for (seed, got, paths) in seeds {
                #expect(got == Int(seed))
                #expect(paths == 40 + Int(seed))
            }
        }
    }

    @Test func runsPastTheLimitAreRefusedNotQueued() async throws {
        var limits = ServerLimits()
        limits.concurrentRuns = 1
        limits.slotWait = 0.05
        try await LiveServer.with(ServeFixture.configuration(limits: limits)) { port in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for seed in 1...6 {
                    group.addTask {
                        try await LoopbackClient.post(
                            port: port, path: "/api/run",
                            body: ["scenario": ServeFixture.shocked, "paths": 1_000, "seed": seed]
                        ).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.contains(200))
            #expect(statuses.contains(503))
            #expect(statuses.allSatisfy { $0 == 200 || $0 == 503 })
        }
    }
}

import Foundation
import PlanData
import PlansimKit
import SIMDKernelName
import ScenarioDSL
import Simulation

/// `plansim-bench live-latency [PATHS] [RUNS] [THREADS]`: the server's side of a lever's
/// move on the live page (issue 23; docs/performance.md, "Latency for the live page").
/// It times `LiveRun.run` — what `POST /api/live` does — of the page's scenario text on
/// the embedded plan, with a lever moved before every run (`assume industrial_output
/// add_factor X% over …`, a new value each time, so nothing of the what-if itself is
/// reused) and a warm ``RunCache`` (fits and baseline kept, as on the page after its
/// first change), on THREADS threads (1, as the server runs it).
///
/// Two path counts: PATHS (default: the page's full pass, `LiveRun.defaultPaths`) and the
/// quick pass's (`LiveRun.quickPaths(PATHS)`). For each it prints the median and P10–P90
/// of wall time and of the process's CPU time (which a loaded machine inflates much less)
/// over RUNS runs, and the median wall time of each phase the server reports in its
/// `Server-Timing` header (`parse`, `mc`, `baseline`, `build`, `encode`). First, the cold
/// run (no cache, at PATHS) and, for comparison, `RunWorkflow.run` + JSON at PATHS (what
/// `/api/run` does; the page no longer asks it).
enum LiveLatencyBenchmark {
    static func run(paths: Int, runs: Int, threads: Int) throws {
        let plan = PlanFiles.embedded
        let text = { (k: Int) in leverText(k, plan: plan) }
        func request(_ k: Int, paths: Int, cache: RunCache?) -> RunRequest {
            var request = RunRequest(
                source: .text(text(k), path: "scenarios/page.scn"), plan: plan, planSetting: false, paths: paths,
                seed: 20_210_929, threads: threads, invert: false)
            request.cache = cache
            return request
        }
        let quick = LiveRun.quickPaths(paths)
        print(
            "plansim live latency: LiveRun.run (POST /api/live) of the page's text, \(threads) thread(s), \(runs) runs")
        print("machine: \(machine()); SIMD kernel: \(String(cString: bench_simd_kernel_name()))")
        print("load average before: \(loadAverage())")

        let cold = try timed(runs: min(runs, 5)) { k in _ = try LiveRun.run(request(1000 + k, paths: paths, cache: nil))
        }
        print(summary("cold live run, no cache, \(paths) paths (≤ 5 runs)", cold))
        let cache = RunCache()
        for count in [paths, quick] {
            var phases: [PhaseTimes] = []
            let warm = try timed(runs: runs) { k in
                var times = PhaseTimes()
                _ = try LiveRun.run(request(k + 1, paths: count, cache: cache), times: &times)
                if k >= 0 { phases.append(times) }
            }
            let pass = count == paths && count != quick ? "full pass" : "quick pass"
            print(summary("warm live run, \(count) paths (\(pass))", warm))
            for name in ["parse", "mc", "baseline", "build", "encode"] {
                let values = phases.map { $0.phases.filter { $0.name == name }.reduce(0) { $0 + $1.milliseconds } }
                print("    " + name.padding(toLength: 12, withPad: " ", startingAt: 0) + "wall " + spread(values))
            }
        }
        let full = try timed(runs: runs) { k in
            _ = try RunWorkflow.run(request(k + 1, paths: paths, cache: cache)).json.rendered()
        }
        print(summary("for comparison: RunWorkflow.run + JSON (POST /api/run), \(paths) paths", full))
        let lookups = cache.lookups
        print(
            "cache: fits \(lookups.fits.hits) hits / \(lookups.fits.misses) misses, "
                + "baselines \(lookups.baselines.hits) hits / \(lookups.baselines.misses) misses")
        print("load average after: \(loadAverage())")
    }

    /// The page's text on `plan` with the industrial-output lever at its `k`-th position
    /// (−5 … +5 points).
    static func leverText(_ k: Int, plan: Dataset) -> String {
        let period = plan.plan?.period ?? 2021...2025
        let page = PageScenario.text(for: plan)
        let close = page.range(of: "}", options: .backwards)!.lowerBound
        let points = Double(k % 21 - 10) / 2 + 0.25
        let statement =
            "    assume industrial_output add_factor \(points)% over \(period.lowerBound)..\(period.upperBound)\n"
        return String(page[..<close]) + statement + String(page[close...])
    }

    /// One run's wall time and the process's CPU time (user + system, all threads), in ms.
    struct Sample {
        let wall: Double
        let cpu: Double
    }

    /// The samples of `runs` calls of `body` (after one warm-up call, `body(-1)`).
    static func timed(runs: Int, _ body: (Int) throws -> Void) rethrows -> [Sample] {
        try body(-1)
        return try (0..<runs).map { k in
            let (start, cpuStart) = (DispatchTime.now().uptimeNanoseconds, cpuMilliseconds())
            try body(k)
            return Sample(
                wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpu: cpuMilliseconds() - cpuStart)
        }
    }

    /// User + system CPU time of this process so far, in milliseconds.
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1e3 + Double(t.tv_usec) / 1e3 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    /// The median and P10–P90 of `values` (ms).
    static func spread(_ values: [Double]) -> String {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return "—" }
        func q(_ p: Double) -> Double {
            sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count - 1)).rounded())))]
        }
        return String(format: "%8.2f ms (P10–P90 %7.2f–%7.2f)", q(0.5), q(0.1), q(0.9))
    }

    static func summary(_ name: String, _ samples: [Sample]) -> String {
        name + "\n    " + "total".padding(toLength: 12, withPad: " ", startingAt: 0) + "wall "
            + spread(samples.map(\.wall)) + "   CPU " + spread(samples.map(\.cpu)) + "  n=\(samples.count)"
    }

    /// `lscpu`'s model name (from /proc/cpuinfo) and the processors this process may use.
    static func machine() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(
            separator: ":", maxSplits: 1
        ).last
        let name = model.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        return "\(name), \(ProcessInfo.processInfo.activeProcessorCount) processors"
    }

    /// The 1-, 5- and 15-minute load averages.
    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown").split(separator: " ").prefix(3)
            .joined(separator: " ")
    }
}

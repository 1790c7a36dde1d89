import Foundation
import PlanData
import PlansimKit
import ScenarioDSL
import Simulation
import SIMDKernelName

/// `plansim-bench live-latency [PATHS] [RUNS] [THREADS]`: the live page's library call
/// (issue 26, "Latency for the live page"; docs/performance.md). `RunWorkflow.run` of the
/// page's scenario text (the embedded plan, no inversions), as `POST /api/run` makes it,
/// with a lever moved before every run (`assume industrial_output add_factor X% over …`,
/// a new value each time, so nothing of the what-if itself is reused) and a warm
/// ``RunCache`` (fits and baseline kept, as on the page after its first run).
///
/// Prints the machine, the SIMD kernel chosen and the load average, then the median and
/// P10–P90 of wall time and of the process's CPU time (which a loaded machine inflates
/// much less) over `RUNS` runs of: the cold first run (no cache), the warm run, the warm run
/// with the JSON rendered (what the server sends), and its parts — preparing the text
/// (parse, check, compile, model from the cached fit) and the what-if's Monte Carlo alone.
enum LiveLatencyBenchmark {
    static func run(paths: Int, runs: Int, threads: Int) throws {
        let plan = PlanFiles.embedded
        let period = plan.plan?.period ?? 2021...2025
        let page = PageScenario.text(for: plan)
        let close = page.range(of: "}", options: .backwards)!.lowerBound
        /// The page's text with the industrial-output lever at `k`-th position (−5 … +5 points).
        func text(_ k: Int) -> String {
            let points = Double(k % 21 - 10) / 2 + 0.25
            return String(page[..<close]) + "    assume industrial_output add_factor \(points)% over \(period.lowerBound)..\(period.upperBound)\n" + String(page[close...])
        }
        func request(_ k: Int, cache: RunCache?) -> RunRequest {
            var request = RunRequest(source: .text(text(k), path: "scenarios/page.scn"), plan: plan, planSetting: false, paths: paths,
                                     seed: 20210929, threads: threads, invert: false)
            request.cache = cache
            return request
        }
        print("plansim live latency: RunWorkflow.run of the page's text, \(paths) paths, \(threads) thread(s), no inversions, \(runs) runs")
        print("machine: \(machine()); SIMD kernel: \(String(cString: bench_simd_kernel_name())); load average before: \(loadAverage())")

        let cold = try timed(runs: min(runs, 5)) { k in _ = try RunWorkflow.run(request(1000 + k, cache: nil)) }
        let cache = RunCache()
        _ = try RunWorkflow.run(request(0, cache: cache))
        let warm = try timed(runs: runs) { k in _ = try RunWorkflow.run(request(k + 1, cache: cache)) }
        let rendered = try timed(runs: runs) { k in _ = try RunWorkflow.run(request(k + 1, cache: cache)).json.rendered() }
        let prepare = try timed(runs: runs) { k in
            _ = try PreparedScenario(.text(text(k + 1), path: "scenarios/page.scn"), plan: plan, planSetting: false, scenario: nil, dataFile: nil, cache: cache)
        }
        let prepared = try PreparedScenario(.text(text(7), path: "scenarios/page.scn"), plan: plan, planSetting: false, scenario: nil, dataFile: nil, cache: cache)
        let monteCarlo = timed(runs: runs) { _ in _ = MonteCarlo.run(prepared.model, options: RunOptions(paths: paths, seed: 20210929, threads: threads)) }
        print(summary("cold run, no cache (≤ 5 runs)", cold))
        print(summary("warm run (library call)", warm))
        print(summary("warm run + JSON rendered", rendered))
        print(summary("  of which: prepare the text", prepare))
        print(summary("  of which: what-if Monte Carlo", monteCarlo))
        let lookups = cache.lookups
        print("cache: fits \(lookups.fits.hits) hits / \(lookups.fits.misses) misses, baselines \(lookups.baselines.hits) hits / \(lookups.baselines.misses) misses")
        print("load average after: \(loadAverage())")
    }

    /// One run's wall time and the process's CPU time (user + system, all threads), in ms.
    struct Sample { let wall: Double; let cpu: Double }

    /// The samples of `runs` calls of `body` (after one warm-up call).
    static func timed(runs: Int, _ body: (Int) throws -> Void) rethrows -> [Sample] {
        try body(-1)
        return try (0..<runs).map { k in
            let (start, cpuStart) = (DispatchTime.now().uptimeNanoseconds, cpuMilliseconds())
            try body(k)
            return Sample(wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpu: cpuMilliseconds() - cpuStart)
        }
    }

    /// User + system CPU time of this process so far, in milliseconds.
    static func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1e3 + Double(t.tv_usec) / 1e3 }
        return ms(usage.ru_utime) + ms(usage.ru_stime)
    }

    static func summary(_ name: String, _ samples: [Sample]) -> String {
        func spread(_ values: [Double]) -> String {
            let sorted = values.sorted()
            func q(_ p: Double) -> Double { sorted[min(sorted.count - 1, max(0, Int((p * Double(sorted.count - 1)).rounded())))] }
            return String(format: "%8.2f ms (P10–P90 %7.2f–%7.2f)", q(0.5), q(0.1), q(0.9))
        }
        return name.padding(toLength: 34, withPad: " ", startingAt: 0) + "wall " + spread(samples.map(\.wall)) + "   CPU " + spread(samples.map(\.cpu))
            + "  n=\(samples.count)"
    }

    /// `lscpu`'s model name (from /proc/cpuinfo) and the processors this process may use.
    static func machine() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":", maxSplits: 1).last
        return "\(model.map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"), \(ProcessInfo.processInfo.activeProcessorCount) processors"
    }

    /// The 1-, 5- and 15-minute load averages.
    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "unknown").split(separator: " ").prefix(3).joined(separator: " ")
    }
}

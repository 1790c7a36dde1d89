import Foundation
import PlanData
import PlansimKit
import Reports
import SIMDKernelName
import ScenarioDSL
import Simulation

/// `plansim-bench run-latency [PATHS] [RUNS] [THREADS]`: issue 26's goal for the live
/// page, a run of PATHS paths (default 20,000) without inversions in ≤ 20 ms of compute,
/// as a library call (no process start). It times `RunWorkflow.run` — PlansimKit's run
/// workflow, what `plansim run --no-inversion` and `/api/run` do — of the page's scenario
/// on Haibin's plan (the embedded plan), a lever moved before every run, with a warm
/// ``RunCache``, and splits one run into its parts, timed one after another as the
/// workflow does them: setup (read and compile the text, the model from the cached fit;
/// and once, for comparison, the fit itself without a cache), the simulation
/// (`MonteCarlo.run`: draws, paths, quantile tables) and the summary (the report
/// document from the result). It prints median and P10–P90 of wall and CPU time.
enum RunLatencyBenchmark {
    typealias L = LiveLatencyBenchmark

    static func run(paths: Int, runs: Int, threads: Int) throws {
        let plan = PlanFiles.embedded
        let source = { (k: Int) in ScenarioSource.text(L.leverText(k, plan: plan), path: "scenarios/page.scn") }
        print("plansim run latency: RunWorkflow.run, \(paths) paths, no inversions, \(threads) thread(s), \(runs) runs")
        print("machine: \(L.machine()); SIMD kernel: \(String(cString: bench_simd_kernel_name()))")
        print("load average before: \(L.loadAverage())")
        let cache = RunCache()
        let options = RunOptions(paths: paths, seed: 20_210_929, threads: threads)
        let cold = try L.timed(runs: min(runs, 5)) { k in
            _ = try PreparedScenario(source(100 + k), plan: plan, planSetting: false, scenario: nil, dataFile: nil)
        }
        print(L.summary("setup without a cache (fitting every model), once per plan", cold))
        var setup: [L.Sample] = [], simulation: [L.Sample] = [], summary: [L.Sample] = []
        func part<T>(_ into: inout [L.Sample], _ k: Int, _ body: () throws -> T) rethrows -> T {
            let (start, cpu) = (DispatchTime.now().uptimeNanoseconds, L.cpuMilliseconds())
            let value = try body()
            if k >= 0 {
                into.append(
                    L.Sample(
                        wall: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6, cpu: L.cpuMilliseconds() - cpu
                    ))
            }
            return value
        }
        _ = try L.timed(runs: runs) { k in
            let prepared = try part(&setup, k) {
                try PreparedScenario(
                    source(k + 1), plan: plan, planSetting: false, scenario: nil, dataFile: nil, cache: cache)
            }
            let result = part(&simulation, k) { MonteCarlo.run(prepared.model, options: options) }
            let provenance = prepared.provenance(paths: paths, seed: options.seed)
            _ = part(&summary, k) {
                ReportDocument(result: result, dataset: prepared.dataset, inversions: [], provenance: provenance)
            }
        }
        print(L.summary("setup (text compiled, model from the cached fit)", setup))
        print(L.summary("simulation (MonteCarlo.run)", simulation))
        print(L.summary("summary (the report document from the result)", summary))
        let whole = try L.timed(runs: runs) { k in
            var request = RunRequest(
                source: source(k + 1), plan: plan, planSetting: false, paths: paths, seed: 20_210_929,
                threads: threads, invert: false)
            request.cache = cache
            _ = try RunWorkflow.run(request)
        }
        print(
            L.summary(
                "whole RunWorkflow.run (also tracking, the baseline from the cache, the readability check)", whole))
        print("load average after: \(L.loadAverage())")
    }
}

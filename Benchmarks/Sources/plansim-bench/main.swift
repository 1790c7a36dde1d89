import Foundation
import LinearAlgebra
import PlansimKit

// plansim-bench NAME DATA_DIR: runs one benchmark and prints `plansim <case> median_ms=…`
// lines that compare.sh sets beside the peer's.
BLASThreads.set(1)
let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: plansim-bench ols DATA_DIR | normals COUNT | scenario-check LINES | live-latency PATHS [RUNS] [THREADS] | run-latency PATHS [RUNS] [THREADS]\n".utf8))
    exit(1)
}
do {
    switch arguments[1] {
    case "ols": try OLSBenchmark.run(dataDirectory: arguments[2])
    case "normals": NormalsBenchmark.run(count: Int(arguments[2]) ?? 154_000_000)
    case "scenario-check": ScenarioCheckBenchmark.run(lines: Int(arguments[2]) ?? 10_000)
    case "live-latency":
        try LiveLatencyBenchmark.run(paths: Int(arguments[2]) ?? LiveRun.defaultPaths, runs: arguments.count > 3 ? Int(arguments[3]) ?? 30 : 30,
                                     threads: arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1)
    case "run-latency":
        try RunLatencyBenchmark.run(
            paths: Int(arguments[2]) ?? 20_000, runs: arguments.count > 3 ? Int(arguments[3]) ?? 30 : 30,
            threads: arguments.count > 4 ? Int(arguments[4]) ?? 1 : 1)
    default:
        FileHandle.standardError.write(Data("unknown benchmark \(arguments[1]); known: ols, normals, scenario-check, live-latency, run-latency\n".utf8))
        exit(1)
    }
} catch {
    FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
    exit(2)
}

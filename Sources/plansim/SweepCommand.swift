import ArgumentParser
import Foundation
import PlanData
import ScenarioDSL
import Reports
import Sensitivity

/// `plansim sweep FILE [--sweep NAME] [--shard k/n] [--resume] [--threads N] [--seed S] [--json] [--quiet] [--out DIR]`.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a scenario's sensitivity sweep: which uncertain assumptions decide a target.",
        discussion: "Slurm and Kubernetes recipes for --shard: docs/sweeps.md.")

    @Argument(help: "A scenario file with a `sweep` block.") var file: String
    @Option(help: "The scenario (when the file defines several).") var scenario: String?
    @Option(help: "The sweep (when the scenario has several).") var sweep: String?
    @Option(help: "Run slice k of n, e.g. 2/8 (for a Slurm job array or an indexed Job).") var shard = "1/1"
    @Flag(help: "Continue an interrupted sweep in --out.") var resume = false
    @Option(help: "Worker threads (default: all cores).") var threads = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Seed (default: the scenario's).") var seed: UInt64?
    @Option(help: "Monte Carlo paths per sample (default 1: the deterministic model).") var pathsPerSample = 1
    @Flag(help: "Round N up to a power of two when Sobol' sampling needs it.") var roundN = false
    @Option(help: "Directory (default notebooks-out/<sweep>/).") var out: String?
    @Flag(help: "No progress bar.") var quiet = false
    @Flag(help: "Print indices.json instead of the tornado.") var json = false
    @OptionGroup var data: DataOptions

    func validate() throws {
        guard SweepCommand.parseShard(shard) != nil else { throw ValidationError("--shard must be k/n with 1 ≤ k ≤ n, got `\(shard)`") }
        guard (1...100_000).contains(pathsPerSample) else { throw ValidationError("--paths-per-sample must be from 1 to 100,000") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    static func parseShard(_ text: String) -> SweepRunner.Shard? {
        let parts = text.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2, parts[1] >= 1, (1...parts[1]).contains(parts[0]) else { return nil }
        return .init(k: parts[0], n: parts[1])
    }

    /// The sweep's plan on the plan's data, with the scenario's `data` file or `--data`
    /// (which wins) applied.
    static func plan(file: String, scenario: String?, sweep: String?, seed: UInt64?, roundN: Bool, pathsPerSample: Int,
                     dataFile: String? = nil, planFile: String? = nil) throws -> SweepPlan {
        let program = try ScenarioFiles.program(file, dataset: try PlanLoader.load(planFile), planSetting: planFile == nil)
        let embedded = program.dataset
        let diagnostics = program.allDiagnostics()
        if !diagnostics.isEmpty { ScenarioFiles.fail(diagnostics, in: program) }
        let name = try RunCommand.pick(scenario, in: program, file: file)
        var dataset = embedded
        let scenarioData: String? = { if case .success(let spec) = program.compile(name) { return spec.dataFile } else { return nil } }()
        if let user = dataFile ?? scenarioData { dataset = embedded.applying(try UserData.load(path: user, for: embedded)) }
        let text = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
        do {
            return try SweepPlan.make(program: program, scenario: name, sweep: sweep, dataset: dataset, seed: seed, roundUp: roundN,
                                      pathsPerSample: pathsPerSample, version: PlansimVersion.current, scenarioText: text)
        } catch {
            throw InputIssue(file: file, field: sweep, message: error.message, help: error.help)
        }
    }

    func run() throws {
        let plan = try Self.plan(file: file, scenario: scenario, sweep: sweep, seed: seed, roundN: roundN, pathsPerSample: pathsPerSample,
                                 dataFile: data.dataFile, planFile: data.planFile)
        let shard = Self.parseShard(shard)!
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/\(plan.sweep.name)")
        let bar = ProgressBar(enabled: !quiet && !json)
        let recipe: [(String, JSONValue)] = [("file", .string(URL(fileURLWithPath: file).standardizedFileURL.path)), ("scenario_name", .string(plan.scenario)),
                                             ("data", data.dataFile.map { .string(URL(fileURLWithPath: $0).standardizedFileURL.path) } ?? .null),
                                             ("plan", data.planFile.map { .string(URL(fileURLWithPath: $0).standardizedFileURL.path) } ?? .null),
                                             ("paths_per_sample", .integer(pathsPerSample)), ("round_n", .bool(roundN))]
        do {
            try SweepRunner.run(plan, into: directory, shard: shard, resume: resume, threads: threads, recipe: recipe,
                                progress: bar.enabled ? { @Sendable (done: Int, total: Int) in bar.update(done, total) } : nil)
        } catch {
            throw InputIssue(file: directory.path, message: error.message, help: error.help)
        }
        bar.finish()
        if shard.n > 1 {
            print("shard \(shard.k)/\(shard.n) of sweep \(plan.sweep.name) written to \(directory.path); join the slices with `plansim merge DIR…`")
            return
        }
        try MergeCommand.finish(plan, from: [directory], into: directory, json: json)
    }
}

/// `plansim merge DIR… [--out DIR] [--json]`.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge", abstract: "Join the slices of a sharded sweep; refuses slices of another sweep.")
    @Argument(help: "Slice directories written by `plansim sweep --shard k/n`.") var directories: [String]
    @Option(help: "Write the results here (default: the first directory).") var out: String?
    @Flag(help: "Print indices.json instead of the tornado.") var json = false

    func run() throws {
        let first = URL(fileURLWithPath: directories[0])
        guard let data = FileManager.default.contents(atPath: first.appendingPathComponent("manifest.json").path),
              let manifest = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let file = manifest["file"] as? String, let sweep = manifest["sweep"] as? String else {
            throw InputIssue(file: first.path, message: "not a sweep directory (no readable manifest.json)", help: "give directories that `plansim sweep` wrote")
        }
        let plan = try SweepCommand.plan(file: file, scenario: manifest["scenario_name"] as? String, sweep: sweep,
                                         seed: (manifest["seed"] as? NSNumber)?.uint64Value, roundN: manifest["round_n"] as? Bool ?? false,
                                         pathsPerSample: manifest["paths_per_sample"] as? Int ?? 1, dataFile: manifest["data"] as? String,
                                         planFile: manifest["plan"] as? String)
        try Self.finish(plan, from: directories.map { URL(fileURLWithPath: $0) }, into: URL(fileURLWithPath: out ?? directories[0]), json: json)
    }

    static func finish(_ plan: SweepPlan, from directories: [URL], into directory: URL, json: Bool) throws {
        let outputs: [[Double]]
        do { outputs = try SweepMerge.collect(plan, from: directories) } catch {
            throw InputIssue(file: directories.map(\.path).joined(separator: ", "), message: error.message, help: error.help)
        }
        let result = SweepMerge.analyze(plan, outputs: outputs)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try SweepMerge.write(plan, result, into: directory)
        } catch {
            throw InputIssue(file: directory.path, message: "cannot write the sweep results", help: "choose a directory you can write to with `--out`")
        }
        let summary = SweepSummary(
            sweep: plan.sweep.name, scenario: plan.scenario, method: plan.sweep.method, n: plan.n, runs: plan.rows.count,
            measure: plan.outputNames.last ?? "",
            rows: result.sobol.map { $0.indices.map { SweepSummary.Row(name: $0.name, main: $0.st, mainConf: $0.stConf, first: $0.s1, firstConf: $0.s1Conf) } }
                ?? result.morris.map { $0.map { SweepSummary.Row(name: $0.name, main: $0.muStar, mainConf: .nan, first: $0.mu, firstConf: .nan) } } ?? [])
        try AtomicWriter.write([("summary.md", Data(summary.markdown(language: Language.zh).utf8)), ("summary-en.md", Data(summary.markdown(language: Language.en).utf8)),
                                ("tornado.svg", Data(summary.tornadoSVG(language: Language.zh).utf8)), ("tornado-en.svg", Data(summary.tornadoSVG(language: Language.en).utf8))],
                               into: directory)
        print(json ? SweepMerge.indicesJSON(plan, result).rendered() : SweepMerge.tornado(plan, result) + "\nresults in \(directory.path)/")
    }
}

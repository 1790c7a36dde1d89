import ArgumentParser
import Foundation
import PlanData
import Reports
import Simulation

/// `plansim run [--paths N] [--seed S] [--threads N] [--data FILE] [--json] [--out DIR]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate the plan to 2035: the briefing table, target probabilities, and results under notebooks-out/.",
        discussion: "Runs the built-in baseline scenario: the plan as written, 2035 horizon (docs/methods.md).")

    @Option(help: "Monte Carlo paths (1 to 100,000,000).") var paths = 100_000
    @Option(help: "Seed: a non-negative integer. The same seed gives the same numbers, bit for bit, on any number of threads.")
    var seed: String = "20210929"
    @Option(help: "Worker threads (default: all cores).") var threads = ProcessInfo.processInfo.activeProcessorCount
    @Option(help: "Write results here instead of notebooks-out/<scenario>/.") var out: String?
    @Flag(help: "Skip the target inversions (faster).") var noInversion = false
    @Flag(help: "No progress bar.") var quiet = false
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: "Print the JSON document instead of the table.") var json = false

    static let scenario = "baseline"

    func validate() throws {
        guard (1...RunOptions.maximumPaths).contains(paths) else {
            throw ValidationError("--paths must be from 1 to \(RunOptions.maximumPaths), got \(paths)")
        }
        guard UInt64(seed) != nil else {
            throw ValidationError("--seed must be a non-negative integer below 2^64, got `\(seed)`")
        }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }

    func run() throws {
        let dataset = try data.dataset()
        let seedValue = UInt64(seed)!
        let (model, _, _) = SimulationModel.baseline(dataset)
        var options = RunOptions(paths: paths, seed: seedValue, threads: threads)
        let bar = ProgressBar(enabled: !quiet && !json && paths >= 200_000)
        if bar.enabled {
            options.progress = { @Sendable (done: Int, total: Int) in bar.update(done, total) }
        }
        let result = MonteCarlo.run(model, options: options)
        bar.finish()
        var inversions: [InversionResult] = []
        if !noInversion {
            for id in ["industrial_output", "fixed_investment", "new_employment"] {
                inversions += TargetInversion.solve(model, target: id, levels: [0.5, 0.8], paths: min(paths, 10_000),
                                                    seed: seedValue, threads: threads)
            }
        }
        let provenance = RunProvenance(
            version: PlansimVersion.current, scenario: Self.scenario,
            scenarioSHA256: SHA256.hex(Array("plansim built-in baseline \(PlansimVersion.current)".utf8)),
            seed: seedValue, paths: paths, data: dataDescription(dataset), created: ISO8601DateFormatter().string(from: Date()))
        let document = ReportDocument(result: result, dataset: dataset, inversions: inversions, provenance: provenance)
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/\(AtomicWriter.sanitize(Self.scenario))")
        try AtomicWriter.write(ReportFormat.files(ReportFormat.runDefaults, document, language: lang.language), into: directory)
        if json {
            print(RunReport.json(document).rendered())
        } else {
            print(TextBriefing.render(document, language: lang.language))
            print((lang.language == .zh ? "结果已写入 " : "Results written to ") + directory.path + "/")
        }
    }

    func dataDescription(_ dataset: Dataset) -> String {
        var parts = ["embedded plan (2021-09-29)"]
        if dataset.hasReconstructedHistory { parts.append("reconstructed 2016–2020 history") }
        for p in dataset.provenance where p.source == "user" { parts.append("user file \(p.file ?? "") sha256 \(p.fileSHA256 ?? "")") }
        return parts.joined(separator: ", ")
    }
}

/// A progress bar on standard error, only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    let enabled: Bool
    private let lock = NSLock()
    private var lastPercent = -1
    private let start = Date()

    init(enabled: Bool) { self.enabled = enabled && isatty(STDERR_FILENO) == 1 }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        let percent = done * 100 / max(total, 1)
        lock.lock(); defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 1e-9)
        let eta = Double(total - done) / max(rate, 1e-9)
        let filled = percent * 30 / 100
        let line = "\r[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
            + "] \(percent)%  \(Int(rate)) paths/s  ETA \(Int(eta.rounded())) s "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

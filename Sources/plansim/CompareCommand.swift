import ArgumentParser
import Foundation
import PlanData
import Reports
import ScenarioDSL
import Simulation

/// `plansim compare A.scn B.scn … [--out DIR]`: runs scenarios on common random numbers
/// and sets them side by side against the first.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run several scenarios with the same seed and compare them with the first: medians, differences, % differences, target odds.")

    @Argument(help: "Scenario files; the first is the reference. `FILE:NAME` picks a scenario in a file that defines several.")
    var files: [String]
    @Option(help: "Monte Carlo paths for every scenario.") var paths = 20_000
    @Option(help: "Seed shared by all scenarios (common random numbers).") var seed: UInt64 = 20_210_929
    @Option(help: "Write comparison files here (default notebooks-out/compare-<names>/).") var out: String?
    @OptionGroup var lang: LanguageOption
    @OptionGroup var planOption: PlanOption
    @Flag(help: "Print the comparison as JSON.") var json = false

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError("compare needs at least two scenario files") }
        guard (1...RunOptions.maximumPaths).contains(paths) else { throw ValidationError("--paths must be from 1 to \(RunOptions.maximumPaths)") }
    }

    func run() throws {
        let plan = try PlanLoader.load(planOption.planFile)
        var documents: [ReportDocument] = []
        for argument in files {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            let path = parts[0]
            let program = try ScenarioFiles.program(path, dataset: plan, planSetting: planOption.planFile == nil)
            let dataset = program.dataset
            let diagnostics = program.allDiagnostics()
            if !diagnostics.isEmpty { ScenarioFiles.fail(diagnostics, in: program) }
            let name = try RunCommand.pick(parts.count > 1 ? parts[1] : nil, in: program, file: path)
            guard case .success(let spec) = program.compile(name) else { ScenarioFiles.fail(program.allDiagnostics(), in: program) }
            var data = dataset
            if let file = spec.dataFile { data = dataset.applying(try UserData.load(path: file, for: dataset)) }
            let model: SimulationModel
            do { model = try SimulationModel.build(data, scenario: spec).0 } catch {
                throw InputIssue(file: path, field: name, message: error.message, help: "change the scenario so it fits the data")
            }
            let result = MonteCarlo.run(model, options: RunOptions(paths: paths, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount))
            let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            let provenance = RunProvenance(version: PlansimVersion.current, scenario: name, scenarioSHA256: SHA256.hex(bytes), seed: seed,
                                           paths: paths, data: RunCommand.dataDescription(data), created: ISO8601DateFormatter().string(from: Date()))
            documents.append(ReportDocument(result: result, dataset: data, inversions: [], provenance: provenance))
        }
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/" + AtomicWriter.sanitize("compare-" + documents.map(\.scenario).joined(separator: "-")))
        try AtomicWriter.write([("comparison.md", Data(ComparisonReport.markdown(documents, language: lang.language).utf8)),
                                ("comparison.csv", ComparisonReport.csv(documents)),
                                ("comparison.json", Data((ComparisonReport.json(documents).rendered() + "\n").utf8))], into: directory)
        if json {
            print(ComparisonReport.json(documents).rendered())
        } else {
            print(ComparisonReport.text(documents, language: lang.language))
            print((lang.language == .zh ? "\n比较结果已写入 " : "\nComparison written to ") + directory.path + "/")
        }
    }
}

import ArgumentParser
import Foundation
import PlanData
import Reports
import ScenarioDSL
import Simulation

/// `plansim compare A.scn B.scn … [--paths N] [--seed S] [--threads N] [--data FILE] [--out DIR] [--lang zh|en] [--json] [--quiet]`:
/// runs scenarios on common random numbers and sets them side by side against the first,
/// with the same defaults as `run` (the first scenario's paths and seed).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: say("以相同种子运行多个情景并与第一个比较：中位数、差值、百分比差异、达标概率。", "Run several scenarios with the same seed and compare them with the first: medians, differences, % differences, target odds."),
        discussion: say("将 comparison.md/.html/.xlsx（英文为 comparison-en.*；加 --format 另写 .docx 和 .pdf）、comparison.csv 和 comparison.json 写入 notebooks-out/compare-<情景名>/。", "Writes comparison.md/.html/.xlsx (comparison-en.* in English; .docx and .pdf with --format), comparison.csv and comparison.json to notebooks-out/compare-<names>/."))

    @Argument(help: say("情景文件；第一个为参照。文件定义了多个情景时，用 `FILE:NAME` 选取其一；`baseline` 即内置基准情景。", "Scenario files; the first is the reference. `FILE:NAME` picks a scenario in a file that defines several; `baseline` is the built-in baseline."))
    var files: [String]
    @Option(help: say("每个情景的蒙特卡洛路径数（默认：第一个情景的 `paths`，与 `run` 相同）。", "Monte Carlo paths for every scenario (default: the first scenario's `paths`, as `run`).")) var paths: Count?
    @Option(parsing: .unconditional, help: say("所有情景共用的随机种子（公共随机数；默认：第一个情景的 `seed`）。", "Seed shared by all scenarios (common random numbers; default: the first scenario's `seed`).")) var seed: String?
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @Option(help: say("比较文件写入此目录（默认 notebooks-out/compare-<情景名>/）。", "Write comparison files here (default notebooks-out/compare-<names>/).")) var out: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("不显示进度消息。", "No progress messages.")) var quiet = false
    @Flag(help: say("以 JSON 输出比较结果。", "Print the comparison as JSON.")) var json = false
    @Option(help: say("另写这些格式，逗号分隔：`docx`、`pdf`（`pdf` 需要无界面 Chromium）。", "Also write these formats, comma-separated: docx, pdf (pdf needs headless Chromium).")) var format: String?

    func validate() throws {
        guard files.count >= 2 else { throw ValidationError(say("`compare` 至少需要两个情景文件", "compare needs at least two scenario files")) }
        if let paths, !(1...RunOptions.maximumPaths).contains(paths.value) {
            throw ValidationError(say("--paths 须在 1 至 \(NumberFormat.grouped(RunOptions.maximumPaths)) 之间，实为 \(NumberFormat.grouped(paths.value))",
                                     "--paths must be from 1 to \(NumberFormat.grouped(RunOptions.maximumPaths)), got \(NumberFormat.grouped(paths.value))"))
        }
        if let seed, UInt64(seed.filter { $0 != "," && $0 != "_" }) == nil { throw ValidationError(say("--seed 须为小于 2^64 的非负整数，实为 `\(seed)`", "--seed must be a non-negative integer below 2^64, got `\(seed)`")) }
        if let threads, threads < 1 { throw ValidationError(say("--threads 至少为 1，实为 \(threads)", "--threads must be at least 1, got \(threads)")) }
    }

    func run() throws {
        let chosen = try data.plan()
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        var documents: [ReportDocument] = []
        var shared: (paths: Int, seed: UInt64)?
        for argument in files {
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            // `baseline` with no such file is the built-in baseline, as `run` without a file.
            let builtIn = parts[0] == "baseline" && !FileManager.default.fileExists(atPath: parts[0])
            let path = builtIn ? BuiltInScenarios.baselinePath() : try RunCommand.existingScenario(parts[0])
            let program = builtIn ? ScenarioProgram(text: BuiltInScenarios.baseline(for: chosen), path: path, dataset: chosen, planSetting: false)
                                  : try ScenarioFiles.program(path, dataset: chosen, planSetting: data.planFile == nil)
            let plan = program.dataset
            let diagnostics = program.allDiagnostics()
            if diagnostics.contains(where: { $0.severity == .error }) { ScenarioFiles.fail(diagnostics, in: program) }
            let name = try RunCommand.pick(parts.count > 1 ? parts[1] : nil, in: program, file: path)
            guard case .success(let spec) = program.compile(name) else { ScenarioFiles.fail(program.allDiagnostics(), in: program) }
            var dataset = plan
            if let file = data.dataFile ?? spec.dataFile { dataset = plan.applying(try UserData.load(path: file, for: plan)) }
            let model: SimulationModel
            do { model = try SimulationModel.build(dataset, scenario: spec).0 } catch {
                throw InputIssue(file: path, field: name, message: error.phrase, help: Phrase(zh: "请修改情景，使之与数据相符", en: "change the scenario so it fits the data"))
            }
            let run = shared ?? (paths?.value ?? spec.paths, seed.flatMap { UInt64($0.filter { $0 != "," && $0 != "_" }) } ?? spec.seed)
            shared = run
            if !quiet && !json && isatty(STDERR_FILENO) == 1 {
                FileHandle.standardError.write(Data(((lang.language == .zh ? "运行 " : "running ") + "\(name) (\(NumberFormat.grouped(run.paths)))…\n").utf8))
            }
            let result = MonteCarlo.run(model, options: RunOptions(paths: run.paths, seed: run.seed, threads: threads))
            let bytes = builtIn ? Array(BuiltInScenarios.baseline.utf8) : FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
            let provenance = RunProvenance(version: PlansimVersion.current, scenario: name, scenarioSHA256: SHA256.hex(bytes), seed: run.seed,
                                           paths: run.paths, data: RunCommand.dataDescription(dataset), created: ISO8601DateFormatter().string(from: Date()))
            var document = ReportDocument(result: result, dataset: dataset, inversions: [], provenance: provenance)
            document.assumptions = ReportDocument.assumptions(from: program.explain(name))
            documents.append(document)
        }
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/" + AtomicWriter.sanitize("compare-" + documents.map(\.scenario).joined(separator: "-")))
        try AtomicWriter.write(try ComparisonFiles.files(documents, language: lang.language, extra: try ReportCommand.extraFormats(format, language: lang)), into: directory)
        if out == nil { try RunIndex.update(directory.deletingLastPathComponent(), language: lang.language) }
        if json {
            print(ComparisonReport.json(documents).rendered())
        } else {
            print(ComparisonReport.text(documents, language: lang.language))
            print((lang.language == .zh ? "\n比较结果已写入 " : "\nComparison written to ") + directory.path + "/")
        }
    }
}

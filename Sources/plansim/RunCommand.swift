import ArgumentParser
import Foundation
import PlanData
import Reports
import ScenarioDSL
import Simulation

/// `plansim run [FILE] [--scenario NAME] [--paths N] [--seed S] [--threads N] [--data FILE] [--format xlsx,ipynb,docx,pdf] [--json] [--out DIR]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: say("将情景模拟至展望期末：输出简报表、达标概率、校核结果，报告写入 notebooks-out/。", "Simulate a scenario to its horizon: the briefing table, target probabilities, checks, and reports under notebooks-out/."),
        discussion: say("不给 FILE 时运行内置基准情景：按规划原文，展望至 2035 年（scenarios/baseline.scn）。", "Without FILE, runs the built-in baseline: the plan as written, 2035 horizon (scenarios/baseline.scn)."))

    @Argument(help: say("情景文件（.scn）；省略时用内置基准情景。", "A scenario file (.scn); the built-in baseline when omitted.")) var file: String?
    @Option(help: say("要运行的情景（文件中有多个情景时必填）。", "The scenario to run (required when the file holds several).")) var scenario: String?
    @Option(help: say("蒙特卡洛路径数（1 至 100,000,000；也可写作 `100,000` 或 `100_000`）；覆盖情景中的 `paths`。", "Monte Carlo paths (1 to 100,000,000; `100,000` and `100_000` are read too); overrides the scenario's `paths`.")) var paths: Count?
    @Option(parsing: .unconditional, help: say("随机种子，非负整数；覆盖情景中的 `seed`。相同种子在任意线程数下得出逐位相同的结果。", "Seed, a non-negative integer; overrides the scenario's `seed`. The same seed gives the same numbers, bit for bit, on any number of threads."))
    var seed: String?
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @Option(help: say("结果写入此目录，而非 notebooks-out/<情景>/。", "Write results here instead of notebooks-out/<scenario>/.")) var out: String?
    @Option(help: say("另写的简报格式，逗号分隔：`xlsx`、`ipynb`、`docx`、`pdf`（`pdf` 需要无界面 Chromium）；`md`、`html`、`csv` 和 `json`（或情景 `output` 所列格式）总会写出。",
                      "Briefing formats written besides md, html, csv and json (or the scenario's `output` list), comma-separated: xlsx, ipynb, docx, pdf (pdf needs headless Chromium).")) var format: String?
    @Flag(help: say("跳过目标反推（更快）。", "Skip the target inversions (faster).")) var noInversion = false
    @Flag(help: say("不显示进度条。", "No progress bar.")) var quiet = false
    @Flag(help: say("模拟值出现非有限数（非数或无穷大）时仍写出结果（默认拒绝并以 1 退出）。",
                    "Write the results even when simulated values are not finite (NaN or ±∞); by default the run is refused, exit 1."))
    var allowNonfinite = false
    @OptionGroup var data: DataOptions
    @Option(name: .customLong("lang"), help: say("标签与消息的语言：`zh` 或 `en`；覆盖 PLANSIM_LANG 和情景中的 `language`。", "Language of labels and messages: zh or en; overrides PLANSIM_LANG and the scenario's `language`.")) var language: LanguageChoice?
    @Flag(help: say("输出 JSON 文档而非表格。", "Print the JSON document instead of the table.")) var json = false

    func validate() throws {
        if let paths, !(1...RunOptions.maximumPaths).contains(paths.value) {
            throw ValidationError(OutputLanguage.say("--paths 须在 1 至 \(NumberFormat.grouped(RunOptions.maximumPaths)) 之间，实为 \(NumberFormat.grouped(paths.value))",
                                                     "--paths must be from 1 to \(NumberFormat.grouped(RunOptions.maximumPaths)), got \(NumberFormat.grouped(paths.value))", language))
        }
        if let seed, UInt64(seed.filter { $0 != "," && $0 != "_" }) == nil {
            throw ValidationError(OutputLanguage.say("--seed 须为小于 2^64 的非负整数，实为 `\(seed)`", "--seed must be a non-negative integer below 2^64, got `\(seed)`", language))
        }
        if let threads, threads < 1 { throw ValidationError(OutputLanguage.say("--threads 至少为 1，实为 \(threads)", "--threads must be at least 1, got \(threads)", language)) }
    }

    /// `path` when it exists; otherwise refused, suggesting `path.scn` or a near name in
    /// the same folder when there is one.
    static func existingScenario(_ path: String) throws -> String {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { return path }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let siblings = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".scn") }
        let shown = { (name: String) in path.contains("/") ? folder.relativePath == "." ? name : "\(path.split(separator: "/").dropLast().joined(separator: "/"))/\(name)" : name }
        var help = Phrase(zh: "请检查路径；scenarios/ 目录中有示例", en: "check the path; scenarios/ holds examples")
        if fm.fileExists(atPath: path + ".scn") {
            help = Phrase(zh: "是否想用 `\(path).scn`？", en: "did you mean `\(path).scn`?")
        } else if let near = DidYouMean.suggestions(for: url.lastPathComponent, among: siblings).first {
            help = Phrase(zh: "是否想用 `\(shown(near))`？", en: "did you mean `\(shown(near))`?")
        }
        throw InputIssue(file: path, message: Phrase(zh: "找不到该情景文件", en: "no such scenario file"), help: help)
    }

    /// The scenario to use from `program`: the one named, or the only one the file itself
    /// defines (scenarios it includes do not count).
    static func pick(_ name: String?, in program: ScenarioProgram, file: String) throws -> String {
        if let name {
            guard program.scenarios[name] != nil else {
                throw InputIssue(file: file, field: name, message: Phrase(zh: "该文件中没有情景 `\(name)`", en: "no scenario `\(name)` in this file"),
                                 help: DidYouMean.phrase(for: name, among: program.order) ?? Phrase(zh: "它定义的情景有：", en: "it defines ") + .codes(program.order))
            }
            return name
        }
        let own = program.order.filter { program.scenarios[$0]?.source.path == program.files.first?.source.path }
        guard own.count == 1, let only = own.first else {
            throw InputIssue(file: file, message: own.isEmpty ? Phrase(zh: "该文件自身没有定义情景", en: "this file defines no scenario of its own")
                                 : Phrase(zh: "该文件定义了 \(own.count) 个情景；请指明运行哪一个", en: "this file defines \(own.count) scenarios; say which to run"),
                             help: Phrase(zh: "请加上 `--scenario 名称`，可选：", en: "add `--scenario NAME`, one of ") + .codes(program.order))
        }
        return only
    }

    /// The formats `--format` may add to a run's files.
    static let extraAllowed: [ReportFormat] = [.xlsx, .ipynb, .docx, .pdf]

    /// What a run writes: the scenario's `output` list (md, html, csv, json when it has
    /// none), then the `--format` extras not already in it — the union of the two.
    static func formats(scenario outputs: [String], extra: [ReportFormat]) -> [ReportFormat] {
        let own = outputs.compactMap { ReportFormat(rawValue: $0) }
        let base = own.isEmpty ? ReportFormat.runDefaults : own
        return base + extra.filter { !base.contains($0) }
    }

    func run() throws {
        // Refused before anything is loaded or simulated: an unknown format, or pdf without Chromium.
        let extra = try ReportCommand.extraFormats(format, command: "run", allowed: Self.extraAllowed, always: ReportFormat.runDefaults.map(\.rawValue),
                                                   language: OutputLanguage.chosen(language) ?? MessageLanguage.current)
        let chosen = try data.plan()
        let path = try file.map(Self.existingScenario) ?? BuiltInScenarios.baselinePath()
        let program = file == nil ? ScenarioProgram(text: BuiltInScenarios.baseline(for: chosen), path: path, dataset: chosen, planSetting: false)
                                  : try ScenarioFiles.program(path, dataset: chosen, planSetting: data.planFile == nil)
        let embedded = program.dataset
        let diagnostics = program.allDiagnostics()
        if !diagnostics.isEmpty { ScenarioFiles.fail(diagnostics, in: program) }
        let name = try Self.pick(scenario, in: program, file: path)
        guard case .success(let spec) = program.compile(name) else { ScenarioFiles.fail(program.allDiagnostics(), in: program) }

        var dataset = try data.dataFile.map { embedded.applying(try UserData.load(path: $0, for: embedded)) } ?? embedded
        if data.dataFile == nil, let scenarioData = spec.dataFile {
            dataset = embedded.applying(try UserData.load(path: scenarioData, for: embedded))
        }
        let model: SimulationModel
        do { model = try SimulationModel.build(dataset, scenario: spec).0 } catch {
            throw InputIssue(file: path, field: name, message: error.phrase, help: Phrase(zh: "请修改情景，使之与数据相符", en: "change the scenario so it fits the data"))
        }
        let runPaths = paths?.value ?? spec.paths
        let seedValue = seed.flatMap { UInt64($0.filter { $0 != "," && $0 != "_" }) } ?? spec.seed
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let lang: Language = OutputLanguage.chosen(language) ?? (spec.language == "en" ? .en : .zh)
        var options = RunOptions(paths: runPaths, seed: seedValue, threads: threads)
        let bar = ProgressBar(enabled: !quiet && !json && runPaths >= 200_000)
        if bar.enabled { options.progress = { @Sendable (done: Int, total: Int) in bar.update(done, total) } }
        let result = MonteCarlo.run(model, options: options)
        bar.finish()
        if result.nonfiniteValues > 0 {
            let count = NumberFormat.grouped(result.nonfiniteValues)
            let message = Phrase(zh: "有 \(count) 个模拟值不是有限数（NaN 或 ±∞）：这些值不计入任何分位数，也不算达标",
                                 en: "\(count) simulated values are not finite (NaN or ±∞): they are in no quantile and never count as meeting a target")
            guard allowNonfinite else {
                throw InputIssue(file: path, field: name, message: message,
                                 help: Phrase(zh: "请检查情景中的冲击和增速是否过大；`--allow-nonfinite` 可照常写出结果",
                                              en: "check the scenario's shocks and growth rates for extreme values; `--allow-nonfinite` writes the results anyway"))
            }
            let warning = Phrase(zh: "plansim：警告：", en: "plansim: warning: ") + message
            FileHandle.standardError.write(Data((warning.text(lang) + "\n").utf8))
        }
        let inversions = noInversion ? [] : invert(model, spec: spec, paths: runPaths, seed: seedValue)
        let checks = CheckOutcome.evaluate(spec.checks, on: result)
        let scenarioBytes = file.flatMap { FileManager.default.contents(atPath: $0) }.map { [UInt8]($0) } ?? Array(BuiltInScenarios.baseline.utf8)
        let provenance = RunProvenance(
            version: PlansimVersion.current, scenario: name, scenarioSHA256: SHA256.hex(scenarioBytes),
            seed: seedValue, paths: runPaths, data: Self.dataDescription(dataset), created: ISO8601DateFormatter().string(from: Date()))
        var document = ReportDocument(result: result, dataset: dataset, inversions: inversions, provenance: provenance)
        document.tracking = try track(dataset, spec: spec, paths: runPaths, seed: seedValue, scenario: path)
        document.assumptions = ReportDocument.assumptions(from: program.explain(name))
        document.checks = checks.map { ReportDocument.CheckResult(text: $0.check.text, passed: $0.passed, value: $0.value, year: $0.year) }
        if name != "baseline" {
            document.baseline = baselineFigures(dataset: dataset, embedded: embedded, options: RunOptions(paths: runPaths, seed: seedValue, threads: threads),
                                                provenance: provenance)
        }
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/\(AtomicWriter.sanitize(name))")
        var files = try ReportFormat.files(Self.formats(scenario: spec.outputs, extra: extra), document, language: lang)
        if !checks.isEmpty { files.append(("checks.json", Data((checksJSON(checks).rendered() + "\n").utf8))) }
        try ResultSetWriter.replace(files, at: directory)
        if out == nil { try RunIndex.update(directory.deletingLastPathComponent(), language: lang) }
        if json {
            print(RunReport.json(document).rendered())
        } else {
            print(TextBriefing.render(document, language: lang))
            print((lang == .zh ? "结果已写入 " : "Results written to ") + directory.path + "/")
        }
    }

    /// With actuals after the plan's base year: the forecast the base year gave (the same
    /// scenario on the data as it stood then, at most 20,000 paths) against each actual.
    func track(_ dataset: Dataset, spec: ScenarioSpec, paths: Int, seed: UInt64, scenario: String) throws -> ForecastTracking? {
        let origin = dataset.targets.map(\.baseYear).min() ?? 2020
        guard dataset.series.values.contains(where: { $0.points.contains { $0.year > origin && $0.origin == .user } }) else { return nil }
        let model: SimulationModel
        do { model = try SimulationModel.build(ForecastTracking.datasetAtOrigin(dataset, origin: origin), scenario: spec).0 } catch {
            throw InputIssue(file: scenario, field: spec.name, message: error.phrase, help: Phrase(zh: "请修改情景，使之与数据相符", en: "change the scenario so it fits the data"))
        }
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let result = MonteCarlo.run(model, options: RunOptions(paths: min(paths, 20_000), seed: seed, threads: threads))
        return ForecastTracking.track(result, against: dataset, origin: origin)
    }

    /// The built-in baseline on the same data, seed and paths (common random numbers), for
    /// a what-if's differences; nil when the baseline does not fit the data.
    func baselineFigures(dataset: Dataset, embedded: Dataset, options: RunOptions, provenance: RunProvenance) -> ReportDocument.BaselineFigures? {
        let program = ScenarioProgram(text: BuiltInScenarios.baseline, path: BuiltInScenarios.baselinePath(), dataset: embedded)
        guard case .success(let spec) = program.compile("baseline"), let model = try? SimulationModel.build(dataset, scenario: spec).0 else { return nil }
        let result = MonteCarlo.run(model, options: options)
        return ReportDocument.BaselineFigures(ReportDocument(result: result, dataset: dataset, inversions: [], provenance: provenance))
    }

    /// The scenario's inversion requests, or the headline targets at 50 % and 80 %.
    func invert(_ model: SimulationModel, spec: ScenarioSpec, paths: Int, seed: UInt64) -> [InversionResult] {
        let threads = self.threads ?? ProcessInfo.processInfo.activeProcessorCount
        let requests: [(String, [Double])] = spec.inversions.isEmpty
            ? (model.linked == nil ? [] : model.roles?.all ?? []).map { ($0, [0.5, 0.8]) }
            : Dictionary(grouping: spec.inversions, by: \.indicator).map { ($0.key, $0.value.map(\.probability)) }.sorted { $0.0 < $1.0 }
        // A target whose year has an actual is evaluated, not forecast: no inversion for it.
        let open = Set(model.targets.filter { model.actuals[$0.indicator]?[$0.targetYear] == nil }.map(\.indicator))
        return TargetInversion.solve(model, requests: requests.filter { open.contains($0.0) }.map { (indicator: $0.0, levels: $0.1) },
                                     paths: min(paths, 10_000), seed: seed, threads: threads)
    }

    func checksJSON(_ checks: [CheckOutcome]) -> JSONValue {
        .array(checks.map { .object([("check", .string($0.check.text)), ("passed", .bool($0.passed)), ("value", .finite($0.value)),
                                     ("year", .integer($0.year))]) })
    }

    /// The data origin stamped into provenance: the plan, its reconstructed history, and any user file with its SHA-256.
    static func dataDescription(_ dataset: Dataset) -> String {
        let plan = dataset.provenance.first { $0.source == "embedded" || $0.source == "plan" }
        var parts = [plan?.source == "plan" ? "plan file \(plan?.file ?? "") sha256 \(plan?.fileSHA256 ?? "")" : "embedded plan (\(plan?.vintage ?? "2021-09-29"))"]
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

    /// What is counted, for the rate: `paths` for a run, `runs` for a sweep.
    private let unit: String
    private let zh = MessageLanguage.current == .zh

    init(enabled: Bool, unit: String = "paths") { self.enabled = enabled && isatty(STDERR_FILENO) == 1; self.unit = unit }

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
            + (zh ? "] \(percent)%  每秒 \(Int(rate)) \(unit == "runs" ? "次运行" : "条路径")  预计还需 \(Int(eta.rounded())) 秒 "
                  : "] \(percent)%  \(Int(rate)) \(unit)/s  ETA \(Int(eta.rounded())) s ")
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

import ArgumentParser
import Foundation
import LinearAlgebra
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Simulation

/// `plansim run [FILE] [--scenario NAME] [--paths N] [--seed S] [--threads N] [--data FILE] [--reference PANEL.csv] [--format xlsx,ipynb,docx,pdf] [--json] [--out DIR]`.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: say(
            "将情景模拟至展望期末：输出简报表、达标概率、校核结果，报告写入 notebooks-out/。",
            "Simulate a scenario to its horizon: the briefing table, target probabilities, checks, and reports under notebooks-out/."
        ),
        discussion: say(
            "不给 FILE 时运行内置基准情景：按规划原文，展望至 2035 年（scenarios/baseline.scn）。",
            "Without FILE, runs the built-in baseline: the plan as written, 2035 horizon (scenarios/baseline.scn)."))

    @Argument(help: say("情景文件（.scn）；省略时用内置基准情景。", "A scenario file (.scn); the built-in baseline when omitted."))
    var file: String?
    @Option(help: say("要运行的情景（文件中有多个情景时必填）。", "The scenario to run (required when the file holds several)."))
    var scenario: String?
    @Option(
        help: say(
            "蒙特卡洛路径数（1 至 100,000,000；也可写作 `100,000` 或 `100_000`）；覆盖情景中的 `paths`。",
            "Monte Carlo paths (1 to 100,000,000; `100,000` and `100_000` are read too); overrides the scenario's `paths`."
        )) var paths: Count?
    @Option(
        parsing: .unconditional,
        help: say(
            "随机种子，非负整数；覆盖情景中的 `seed`。相同种子在任意线程数下得出逐位相同的结果。",
            "Seed, a non-negative integer; overrides the scenario's `seed`. The same seed gives the same numbers, bit for bit, on any number of threads."
        ))
    var seed: String?
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var stream: StreamOption
    @Option(help: say("结果写入此目录，而非 notebooks-out/<情景>/。", "Write results here instead of notebooks-out/<scenario>/."))
    var out: String?
    @Option(
        help: say(
            "另写的简报格式，逗号分隔：`xlsx`、`ipynb`、`docx`、`pdf`（`pdf` 需要无界面 Chromium）；`md`、`html`、`csv` 和 `json`（或情景 `output` 所列格式）总会写出。",
            "Briefing formats written besides md, html, csv and json (or the scenario's `output` list), comma-separated: xlsx, ipynb, docx, pdf (pdf needs headless Chromium)."
        )) var format: String?
    @Flag(help: say("跳过目标反推（更快）。", "Skip the target inversions (faster).")) var noInversion = false
    @Flag(help: say("不显示进度条。", "No progress bar.")) var quiet = false
    @Flag(
        help: say(
            "模拟值出现非有限数（非数或无穷大）时仍写出结果（默认拒绝并以 1 退出）。",
            "Write the results even when simulated values are not finite (NaN or ±∞); by default the run is refused, exit 1."
        ))
    var allowNonfinite = false
    @OptionGroup var data: DataOptions
    @Option(
        help: say(
            "同类单位面板 CSV（`unit,indicator,year,value`）：按其估计的增速先验另算一组达标概率（`reference` 先验组）。",
            "A panel of comparable units (`unit,indicator,year,value`): the odds again with its growth priors (the `reference` prior set)."
        ))
    var reference: String?
    @Option(
        name: .customLong("lang"),
        help: say(
            "标签与消息的语言：`zh` 或 `en`；覆盖 PLANSIM_LANG 和情景中的 `language`。",
            "Language of labels and messages: zh or en; overrides PLANSIM_LANG and the scenario's `language`."))
    var language: LanguageChoice?
    @Flag(help: say("输出 JSON 文档而非表格。", "Print the JSON document instead of the table.")) var json = false

    func validate() throws {
        if let paths, !(1...RunOptions.maximumPaths).contains(paths.value) {
            throw ValidationError(
                OutputLanguage.say(
                    "--paths 须在 1 至 \(NumberFormat.grouped(RunOptions.maximumPaths)) 之间，实为 \(NumberFormat.grouped(paths.value))",
                    "--paths must be from 1 to \(NumberFormat.grouped(RunOptions.maximumPaths)), got \(NumberFormat.grouped(paths.value))",
                    language))
        }
        if let seed, UInt64(seed.filter { $0 != "," && $0 != "_" }) == nil {
            throw ValidationError(
                OutputLanguage.say(
                    "--seed 须为小于 2^64 的非负整数，实为 `\(seed)`",
                    "--seed must be a non-negative integer below 2^64, got `\(seed)`", language))
        }
        if let threads, threads < 1 {
            throw ValidationError(
                OutputLanguage.say(
                    "--threads 至少为 1，实为 \(threads)", "--threads must be at least 1, got \(threads)", language))
        }
    }

    /// `path` when it exists; otherwise refused, suggesting a near name.
    static func existingScenario(_ path: String) throws -> String { try ScenarioSource.existing(path) }

    /// The scenario to use from `program`: the one named, or the file's only one.
    static func pick(_ name: String?, in program: ScenarioProgram, file: String) throws -> String {
        try ScenarioSelection.pick(name, in: program, file: file)
    }

    /// The formats `--format` may add to a run's files.
    static let extraAllowed: [ReportFormat] = [.xlsx, .ipynb, .docx, .pdf]

    func run() throws {
        // Refused before anything is loaded or simulated: an unknown format, or pdf without Chromium.
        let extra = try ReportCommand.extraFormats(
            format, command: "run", allowed: Self.extraAllowed, always: ReportFormat.runDefaults.map(\.rawValue),
            language: OutputLanguage.chosen(language) ?? MessageLanguage.current)
        let plan = try data.plan()
        var request = RunRequest(
            source: try file.map { .file(try Self.existingScenario($0)) } ?? .builtInBaseline, plan: plan,
            planSetting: data.planFile == nil, scenario: scenario, paths: paths?.value,
            seed: seed.flatMap { UInt64($0.filter { $0 != "," && $0 != "_" }) }, dataFile: data.dataFile,
            invert: !noInversion, language: OutputLanguage.chosen(language), extraFormats: extra)
        if let threads { request.threads = threads }
        request.stream = stream.chosen
        request.allowNonfinite = allowNonfinite
        request.referencePanel = reference
        // A bar only for runs long enough to watch (the scenario may set the paths).
        let bar = ProgressBar(enabled: !quiet && !json)
        if bar.enabled {
            request.progress = { @Sendable (done: Int, total: Int) in if total >= 200_000 { bar.update(done, total) } }
        }
        let outcome = try ScenarioFiles.running { try RunWorkflow.run(request) }
        bar.finish()
        if let warning = outcome.nonfiniteWarning {
            TerminalOutput.error(
                ((Phrase(zh: "plansim：警告：", en: "plansim: warning: ") + warning).text(outcome.language) + "\n"))
        }
        let directory = URL(fileURLWithPath: out ?? outcome.defaultDirectory)
        try outcome.write(to: directory, index: out == nil)
        if json {
            print(outcome.json.rendered())
        } else {
            print(TextBriefing.render(outcome.document, language: outcome.language))
            print((outcome.language == .zh ? "结果已写入 " : "Results written to ") + directory.path + "/")
        }
    }
}

/// A progress bar on standard error, only when it is a terminal.
final class ProgressBar: Sendable {
    let enabled: Bool
    /// The last percentage drawn: workers report concurrently, each percentage is drawn once.
    private let lastPercent = Locked(-1)
    private let start = Date()

    /// What is counted, for the rate: `paths` for a run, `runs` for a sweep.
    private let unit: String
    private let zh = MessageLanguage.current == .zh

    init(enabled: Bool, unit: String = "paths") {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        self.unit = unit
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled else { return }
        let percent = done * 100 / max(total, 1)
        lastPercent.withLock { last in
            guard percent != last else { return }
            last = percent
            draw(done, total, percent)
        }
    }

    private func draw(_ done: Int, _ total: Int, _ percent: Int) {
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 1e-9)
        let eta = Double(total - done) / max(rate, 1e-9)
        let filled = percent * 30 / 100
        let line =
            "\r[" + String(repeating: "█", count: filled) + String(repeating: "·", count: 30 - filled)
            + (zh
                ? "] \(percent)%  每秒 \(Int(rate)) \(unit == "runs" ? "次运行" : "条路径")  预计还需 \(Int(eta.rounded())) 秒 "
                : "] \(percent)%  \(Int(rate)) \(unit)/s  ETA \(Int(eta.rounded())) s ")
        FileHandle.standardError.write(Data(line.utf8))  // plansim's own progress line: \r stays raw
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

import ArgumentParser
import Foundation
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Simulation

/// `plansim compare A.scn B.scn … [--paths N] [--seed S] [--threads N] [--data FILE] [--out DIR] [--lang zh|en] [--json] [--quiet]`:
/// runs scenarios on common random numbers and sets them side by side against the first,
/// with the same defaults as `run` (the first scenario's paths and seed).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: say(
            "以相同种子运行多个情景并与第一个比较：中位数、差值、百分比差异、达标概率。",
            "Run several scenarios with the same seed and compare them with the first: medians, differences, % differences, target odds."
        ),
        discussion: say(
            "将 comparison.md/.html（英文为 comparison-en.*；加 --format 另写 .xlsx、.docx 和 .pdf）、comparison.csv 和 comparison.json 写入 notebooks-out/compare-<情景名>/。",
            "Writes comparison.md/.html (comparison-en.* in English; .xlsx, .docx and .pdf with --format), comparison.csv and comparison.json to notebooks-out/compare-<names>/."
        ))

    @Argument(
        help: say(
            "情景文件；第一个为参照。文件定义了多个情景时，用 `FILE:NAME` 选取其一；`baseline` 即内置基准情景。",
            "Scenario files; the first is the reference. `FILE:NAME` picks a scenario in a file that defines several; `baseline` is the built-in baseline."
        ))
    var files: [String]
    @Option(
        help: say(
            "每个情景的蒙特卡洛路径数（默认：第一个情景的 `paths`，与 `run` 相同）。",
            "Monte Carlo paths for every scenario (default: the first scenario's `paths`, as `run`).")) var paths:
        Count?
    @Option(
        parsing: .unconditional,
        help: say(
            "所有情景共用的随机种子（公共随机数；默认：第一个情景的 `seed`）。",
            "Seed shared by all scenarios (common random numbers; default: the first scenario's `seed`).")) var seed:
        String?
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var stream: StreamOption
    @Option(
        help: say(
            "比较文件写入此目录（默认 notebooks-out/compare-<情景名>/）。",
            "Write comparison files here (default notebooks-out/compare-<names>/).")) var out: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("不显示进度消息。", "No progress messages.")) var quiet = false
    @Flag(help: say("以 JSON 输出比较结果。", "Print the comparison as JSON.")) var json = false
    @Option(
        help: say(
            "另写的格式，逗号分隔：`xlsx`、`docx`、`pdf`（`pdf` 需要无界面 Chromium）；`md`、`html`、`csv` 和 `json` 总会写出。",
            "Formats written besides md, html, csv and json, comma-separated: xlsx, docx, pdf (pdf needs headless Chromium)."
        )) var format: String?

    func validate() throws {
        guard files.count >= 2 else {
            throw ValidationError(say("`compare` 至少需要两个情景文件", "compare needs at least two scenario files"))
        }
        if let paths, !(1...RunOptions.maximumPaths).contains(paths.value) {
            throw ValidationError(
                say(
                    "--paths 须在 1 至 \(NumberFormat.grouped(RunOptions.maximumPaths)) 之间，实为 \(NumberFormat.grouped(paths.value))",
                    "--paths must be from 1 to \(NumberFormat.grouped(RunOptions.maximumPaths)), got \(NumberFormat.grouped(paths.value))"
                ))
        }
        if let seed, UInt64(seed.filter { $0 != "," && $0 != "_" }) == nil {
            throw ValidationError(
                say(
                    "--seed 须为小于 2^64 的非负整数，实为 `\(seed)`",
                    "--seed must be a non-negative integer below 2^64, got `\(seed)`"))
        }
        if let threads, threads < 1 {
            throw ValidationError(say("--threads 至少为 1，实为 \(threads)", "--threads must be at least 1, got \(threads)"))
        }
    }

    func run() throws {
        let extra = try ReportCommand.extraFormats(format, language: lang)
        let entries = files.map { argument -> CompareRequest.Entry in
            let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
            // `baseline` with no such file is the built-in baseline, as `run` without a file.
            let builtIn = parts[0] == "baseline" && !FileManager.default.fileExists(atPath: parts[0])
            return .init(
                source: builtIn ? .builtInBaseline : .file(parts[0]), scenario: parts.count > 1 ? parts[1] : nil)
        }
        let language = lang.language
        let announce = !quiet && !json && isatty(STDERR_FILENO) == 1
        var request = CompareRequest(
            entries: entries, plan: try data.plan(), planSetting: data.planFile == nil, paths: paths?.value,
            seed: seed.flatMap { UInt64($0.filter { $0 != "," && $0 != "_" }) }, dataFile: data.dataFile,
            willRun: { name, paths in
                guard announce else { return }
                TerminalOutput.error(
                    ((language == .zh ? "运行 " : "running ") + "\(name) (\(NumberFormat.grouped(paths)))…\n"))
            })
        if let threads { request.threads = threads }
        request.stream = stream.chosen
        let outcome = try ScenarioFiles.running { try CompareWorkflow.run(request) }
        let directory = URL(fileURLWithPath: out ?? outcome.defaultDirectory)
        try outcome.write(to: directory, language: language, extra: extra, index: out == nil)
        if json {
            print(outcome.json.rendered())
        } else {
            print(outcome.text(language: language))
            print((language == .zh ? "\n比较结果已写入 " : "\nComparison written to ") + directory.path + "/")
        }
    }
}

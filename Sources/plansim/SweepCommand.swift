import ArgumentParser
import Foundation
import LinearAlgebra
import PlanData
import PlansimKit
import Reports
import ScenarioDSL
import Sensitivity

/// `plansim sweep FILE [--sweep NAME] [--shard k/n] [--resume|--force] [--threads N] [--seed S] [--json] [--csv] [--format docx,pdf] [--quiet] [--out DIR]`.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: say(
            "运行情景的敏感性分析：哪些不确定的假设决定目标能否达成。",
            "Run a scenario's sensitivity sweep: which uncertain assumptions decide a target."),
        discussion: say(
            "--shard 在 Slurm 和 Kubernetes 上的用法见 docs/sweeps.md。",
            "Slurm and Kubernetes recipes for --shard: docs/sweeps.md."))

    @Argument(help: say("含 `sweep` 块的情景文件。", "A scenario file with a `sweep` block.")) var file: String
    @Option(help: say("情景（文件中定义了多个时）。", "The scenario (when the file defines several).")) var scenario: String?
    @Option(help: say("敏感性分析（情景中有多个时）。", "The sweep (when the scenario has several).")) var sweep: String?
    @Option(
        help: say(
            "运行 n 份中的第 k 份，如 2/8（用于 Slurm 作业数组或 Kubernetes 索引作业）。",
            "Run slice k of n, e.g. 2/8 (for a Slurm job array or an indexed Job).")) var shard = "1/1"
    @Flag(
        help: say(
            "继续 --out 中中断的敏感性分析（保留已完成的块，重算损坏的块）。",
            "Continue an interrupted sweep in --out (finished blocks are kept, corrupt ones recomputed).")) var resume =
        false
    @Flag(help: say("删除 --out 中先前的敏感性分析结果并重新开始。", "Delete the results of an earlier sweep in --out and start over."))
    var force = false
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @Option(help: say("随机种子（默认：情景中的种子）。", "Seed (default: the scenario's).")) var seed: UInt64?
    @Option(
        help: say(
            "每个样本的蒙特卡洛路径数；1 即确定性模型；所有样本使用相同的路径。",
            "Monte Carlo paths per sample; 1 is the deterministic model; every sample uses the same paths."))
    var pathsPerSample = 1
    @Flag(help: say("Sobol 抽样需要时将 N 向上取整为 2 的幂。", "Round N up to a power of two when Sobol' sampling needs it."))
    var roundN = false
    @Option(help: say("输出目录（默认 notebooks-out/<敏感性分析>/）。", "Directory (default notebooks-out/<sweep>/).")) var out:
        String?
    @Flag(help: say("不显示进度条。", "No progress bar.")) var quiet = false
    @Flag(help: say("输出 indices.json 而非龙卷风图。", "Print indices.json instead of the tornado.")) var json = false
    @Flag(
        help: say(
            "写出 samples.csv 和 outputs.csv（SALib 的格式），而非 samples.npy 和 outputs.npy。",
            "Write samples.csv and outputs.csv (SALib's layout) instead of samples.npy and outputs.npy.")) var csv =
        false
    @Option(
        help: say(
            "另写的简报格式，逗号分隔：`docx`、`pdf`（`pdf` 需要无界面 Chromium）；`md`、`html`、`xlsx` 和 `svg` 总会写出。",
            "Briefing formats written besides md, html, xlsx and svg, comma-separated: docx, pdf (pdf needs headless Chromium)."
        )) var format: String?
    @OptionGroup var data: DataOptions
    @OptionGroup var lang: LanguageOption

    func validate() throws {
        guard SweepCommand.parseShard(shard) != nil else {
            throw ValidationError(
                say("--shard 须写作 k/n（1 ≤ k ≤ n），实为 `\(shard)`", "--shard must be k/n with 1 ≤ k ≤ n, got `\(shard)`"))
        }
        guard (1...100_000).contains(pathsPerSample) else {
            throw ValidationError(
                say("--paths-per-sample 须在 1 至 100,000 之间", "--paths-per-sample must be from 1 to 100,000"))
        }
        guard (threads ?? 1) >= 1 else { throw ValidationError(say("--threads 至少为 1", "--threads must be at least 1")) }
        guard !(resume && force) else {
            throw ValidationError(
                say(
                    "--resume 保留之前运行的块，--force 删除它们；二者只能给一个",
                    "--resume keeps an earlier run's blocks and --force deletes them; give one"))
        }
    }

    static func parseShard(_ text: String) -> SweepRunner.Shard? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            return nil
        }
        return .init(k: k, n: n)
    }

    /// The sweep's plan on the plan's data, with the scenario's `data` file or `--data`
    /// (which wins) applied; the fingerprint covers every file read, by content.
    static func plan(
        file: String, scenario: String?, sweep: String?, seed: UInt64?, roundN: Bool, pathsPerSample: Int,
        dataFile: String? = nil, planFile: String? = nil
    ) throws -> SweepPlan {
        let dataset = try PlanLoader.load(planFile)
        return try ScenarioFiles.running {
            try SweepWorkflow.plan(
                file: file, plan: dataset, planSetting: planFile == nil, scenario: scenario, sweep: sweep, seed: seed,
                roundN: roundN, pathsPerSample: pathsPerSample, dataFile: dataFile)
        }
    }

    /// The briefing formats a sweep writes besides its own (`docx`, `pdf`), from `--format`;
    /// refused before anything runs when unknown, not a sweep's, or `pdf` without Chromium.
    /// `xlsx` is accepted and adds nothing (a sweep always writes its workbook), so one
    /// `--format xlsx,docx,pdf` serves run, compare and sweep alike.
    static func extraFormats(_ text: String?, language lang: LanguageOption) throws -> [ReportFormat] {
        guard let text else { return [] }
        guard case .success(let formats) = ReportFormat.parseList(text) else {
            if text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ","))).isEmpty {
                throw InputIssue(
                    file: "--format", message: Phrase(zh: "未给出格式", en: "no format given"),
                    help: Phrase(
                        zh: "用 `--format docx,pdf`，或不加 `--format`",
                        en: "use `--format docx,pdf`, or leave `--format` out"))
            }
            return try ReportCommand.extraFormats(text, language: lang)
        }
        if let other = formats.first(where: { ![.xlsx, .docx, .pdf].contains($0) }) {
            throw InputIssue(
                file: "--format", field: other.rawValue,
                message: Phrase(
                    zh: "`sweep` 另写的格式只有 `docx` 和 `pdf`，不含 `\(other.rawValue)`",
                    en: "`sweep` writes `docx` and `pdf` besides its own files, not `\(other.rawValue)`"),
                help: Phrase(
                    zh: "md、html、xlsx 和 svg 总会写出；用 `--format docx,pdf`",
                    en: "md, html, xlsx and svg are always written; use `--format docx,pdf`"))
        }
        if formats.contains(.pdf), PDFPrinter.chromium() == nil { throw PDFPrinter.missing(lang.language) }
        return formats.filter { $0 != .xlsx }
    }

    func run() throws {
        let extra = try Self.extraFormats(format, language: lang)
        let plan = try Self.plan(
            file: file, scenario: scenario, sweep: sweep, seed: seed, roundN: roundN, pathsPerSample: pathsPerSample,
            dataFile: data.dataFile, planFile: data.planFile)
        let shard = Self.parseShard(shard)!
        let directory = URL(fileURLWithPath: out ?? "notebooks-out/\(plan.sweep.name)")
        let bar = ProgressBar(enabled: !quiet && !json, unit: "runs")
        var recipe = SweepManifest.Recipe(
            file: URL(fileURLWithPath: file).standardizedFileURL.path, scenarioName: plan.scenario,
            data: data.dataFile.map { URL(fileURLWithPath: $0).standardizedFileURL.path },
            pathsPerSample: pathsPerSample, roundN: roundN)
        recipe.plan = data.planFile.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        // Written at once (not buffered), so a task killed mid-run still logs its blocks.
        let language = MessageLanguage.current
        let log = { (line: Phrase) in
            json ? TerminalOutput.error(line.text(language) + "\n") : TerminalOutput.output(line.text(language) + "\n")
        }
        let started = Date()
        let blockLog = BlockLog(start: started, perBlock: plan.blockSize * plan.pathsPerSample)
        let report: SweepRunner.Report
        do {
            report = try SweepRunner.run(
                plan, into: directory, shard: shard, existing: resume ? .resume : force ? .replace : .refuse,
                threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, recipe: recipe, log: log,
                progress: bar.enabled
                    ? { @Sendable (_: Int, done: Int, total: Int) in bar.update(done, total) }
                    : json
                        ? nil
                        : { @Sendable (block: Int, done: Int, total: Int) in blockLog.finished(block, done, total) })
        } catch {
            throw InputIssue(file: directory.path, message: error.why, help: error.remedy)
        }
        bar.finish()
        let runs = report.ran.reduce(0) { $0 + plan.rowRange(block: $1).count * plan.pathsPerSample }
        let seconds = Date().timeIntervalSince(started)
        let (took, rate) = (String(format: "%.1f", seconds), String(format: "%.0f", Double(runs) / max(seconds, 1e-9)))
        log(
            Phrase(zh: "已运行块 ", en: "ran blocks ") + SweepRunner.blocks(report.ran)
                + Phrase(
                    zh: "：\(runs) 次运行，用时 \(took) 秒（每秒 \(rate) 次）", en: ": \(runs) runs in \(took) s (\(rate) runs/s)"))
        if shard.n > 1 {
            log(
                Phrase(
                    zh: "敏感性分析 \(plan.sweep.name) 的分片 \(shard.label) 已写入 \(directory.path)；用 `plansim merge 目录…` 合并各分片",
                    en:
                        "shard \(shard.label) of sweep \(plan.sweep.name) written to \(directory.path); join the slices with `plansim merge DIR…`"
                ))
            return
        }
        let outcome = try SweepWorkflow.complete(plan, directory: directory, csv: csv, extra: extra)
        MergeCommand.show(outcome, in: directory, json: json)
    }
}

/// Without a progress bar (`--quiet`, or output to a file as in a cluster task's log), a
/// line per finished block — every block when the task runs at most 200, else about
/// every hundredth — so a log shows how far a long task got.
final class BlockLog: Sendable {
    private let start: Date
    private let perBlock: Int
    private let finishedBlocks = Locked(0)
    private let language = MessageLanguage.current

    init(start: Date, perBlock: Int) {
        self.start = start
        self.perBlock = perBlock
    }

    func finished(_ block: Int, _ runs: Int, _ totalRuns: Int) {
        finishedBlocks.withLock { finished in
            finished += 1
            let total = max(1, (totalRuns + perBlock - 1) / perBlock)
            guard total <= 200 || finished % (total / 100) == 0 || runs == totalRuns else { return }
            let seconds = Date().timeIntervalSince(start)
            let rate = String(format: "%.0f", Double(runs) / max(seconds, 1e-9))
            let line = Phrase(
                zh: "已完成块 \(block)（待运行的 \(total) 块中第 \(finished) 块，每秒 \(rate) 次）",
                en: "finished block \(block) (\(finished) of \(total) to run, \(rate) runs/s)")
            TerminalOutput.output(line.text(language) + "\n")
        }
    }
}

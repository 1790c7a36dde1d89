import ArgumentParser
import Foundation
import PlanData
import PlansimKit
import Reports
import Simulation

/// `plansim evaluate --data ACTUALS.csv [--plan FILE] [--as-of YEAR] [--largely-achieved-from PCT]
/// [--format pdf,docx,xlsx,html,md,csv] [--json] [--out DIR]`: the final (总结评估) or
/// mid-term (中期评估) evaluation of a plan against its actual figures. Argument parsing and
/// printing only: the work is ``EvaluateWorkflow``.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: say(
            "以实际数据评估规划：完成度、完成/基本完成/未完成/提前完成，中期评估看进度，并写出总结评估报告。",
            "Evaluate a plan against actual figures: completion, 完成/基本完成/未完成/提前完成, progress at mid-term, and the evaluation report."
        ))

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            say("实际数据：`indicator,year,value[,note]`。", "The actual figures: indicator,year,value[,note]."),
            valueName: "ACTUALS.csv")) var dataFile: String
    @OptionGroup var planOption: PlanOption
    @Option(
        help: say(
            "将 `evaluation.json` 及各格式报告写入此目录。", "Write evaluation.json and the report formats into this directory."))
    var out: String?
    @Option(
        help: say(
            "报告格式，逗号分隔：`pdf`、`docx`、`xlsx`、`html`、`md`、`csv`（不加此项时写 `md`、`html`、`csv`、`xlsx`；`pdf` 需要无界面 Chromium）。",
            "Report formats, comma-separated: pdf, docx, xlsx, html, md, csv (without this option md, html, csv and xlsx; pdf needs headless Chromium)."
        )) var format: String?
    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            say(
                "评估截至的年份：规划期内为中期评估（时间过半、任务过半），为目标年则缺目标年数据者为数据不全。",
                "The year evaluated to: within the period a mid-term evaluation (progress against time elapsed); at the target year, a target without that year's actual is incomplete."
            ), valueName: "YEAR")) var asOf: Int?
    @Option(
        name: .customLong("largely-achieved-from"),
        help: ArgumentHelp(
            say(
                "预期性指标评为基本完成的完成度下限（百分数，50–100）。",
                "The completion from which an indicative target is 基本完成 (largely achieved), in per cent, 50–100."),
            valueName: "PCT")) var largelyAchievedFrom: Double = 90
    @Option(help: say("基年预测的蒙特卡洛路径数。", "Monte Carlo paths of the base-year forecast.")) var paths = BaseYearForecast
        .paths
    @Option(help: say("基年预测的随机种子。", "Seed of the base-year forecast.")) var seed: UInt64 = BaseYearForecast.seed
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON 文档（见 docs/json-formats.md）。", "Print the JSON document (docs/json-formats.md)."))
    var json = false

    static let defaultFormats = ["md", "html", "csv", "xlsx"]

    func validate() throws {
        guard (100...RunOptions.maximumPaths).contains(paths) else {
            throw ValidationError(
                say(
                    "--paths 须在 100 至 \(RunOptions.maximumPaths) 之间",
                    "--paths must be from 100 to \(RunOptions.maximumPaths)"))
        }
        guard (threads ?? 1) >= 1 else { throw ValidationError(say("--threads 至少为 1", "--threads must be at least 1")) }
    }

    func run() throws {
        let formats =
            try format.map { text in
                try ReportCommand.extraFormats(
                    text, command: "evaluate", allowed: [.pdf, .docx, .xlsx, .html, .md, .csv], always: ["json"],
                    language: lang.language
                ).map(\.rawValue)
            } ?? Self.defaultFormats
        let inputs = try CycleInputs.load(plan: planOption.planFile, data: dataFile)
        let request = EvaluateRequest(
            plan: inputs.plan, actuals: inputs.actuals, illustrative: inputs.illustrative, asOf: asOf,
            convention: EvaluationConvention(largelyAchievedFrom: largelyAchievedFrom / 100),
            paths: paths, seed: seed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount,
            version: PlansimVersion.current)
        let result = try EvaluateWorkflow.run(request)
        if let out {
            try AtomicWriter.write(
                EvaluationFiles.files(result, formats: formats, language: lang.language),
                into: URL(fileURLWithPath: out))
        }
        if json {
            print(String(decoding: try result.artifact.encoded(), as: UTF8.self), terminator: "")
        } else {
            print(EvaluationRenderers.text(result.document, language: lang.language))
            if let out { print((lang.language == .zh ? "报告已写入 " : "Reports written to ") + out + "/") }
        }
    }
}

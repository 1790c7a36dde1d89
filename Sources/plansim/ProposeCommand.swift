import ArgumentParser
import Artifacts
import Forecasting
import Foundation
import PlanData
import PlansimKit
import Reports
import Simulation

/// `plansim propose --data ACTUALS.csv --base-year 2025 --target-year 2030 [--plan FILE]
/// [--indicative-odds 60] [--binding-odds 90] [--allow-relaxing-binding] [--odds 50,70,90]
/// [--json] [--out DRAFT.plan]`: targets for the next plan a planner would sign
/// (``ProposeWorkflow``); this command parses and prints.
struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: say(
            "下一期规划的主要指标建议：按规划的写法给出目标、实现把握与上期实际增速，并生成规划文件草稿。",
            "Targets for the next plan as plans print them, with their odds and the last period's growth, and a draft plan file."
        ))

    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            say(
                "截至基年的实际数据：`indicator,year,value[,note]`。",
                "The actual figures through the base year: indicator,year,value[,note]."), valueName: "ACTUALS.csv"))
    var dataFile: String
    @Option(help: say("新规划的基年（有实际数据的最后一年）。", "The new plan's base year (the last year with actuals).")) var baseYear:
        Int
    @Option(help: say("新规划的目标年。", "The new plan's target year.")) var targetYear: Int
    @Option(
        help: say(
            "预期性指标的实现把握（百分数；60 即接近中位数、略偏稳妥）。",
            "Odds for indicative targets, in percent (60: near the median, a little on the safe side)."))
    var indicativeOdds = "60"
    @Option(help: say("约束性指标的实现把握（百分数）。", "Odds for binding targets, in percent.")) var bindingOdds = "90"
    @Flag(help: say("允许约束性指标弱于上期实际水平（逐项标明）。", "Allow binding targets weaker than the last actual (each flagged)."))
    var allowRelaxingBinding = false
    @Option(
        help: say(
            "每行另列的概率（百分数），每个严格介于 0 与 100 之间。",
            "Probabilities each row also shows, in percent, each strictly between 0 and 100.")) var odds = "50,70,90"
    @OptionGroup var planOption: PlanOption
    @Option(
        help: say(
            "同类单位面板 CSV（`unit,indicator,year,value`），按其估计增速先验（见 docs/plan-files.md）。",
            "A panel of comparable units (`unit,indicator,year,value`) to take growth priors from (docs/plan-files.md)."
        ))
    var reference: String?
    @Option(help: say("规划文件草稿写到此处，已存在则拒绝。", "Write the draft plan file here, refused if it exists.")) var out: String?
    @Option(
        help: say(
            "另写建议报告的格式：`md`、`html`、`pdf`、`docx`、`xlsx`、`json`（逗号分隔）。",
            "Write the proposal report in these formats: md, html, pdf, docx, xlsx, json (comma-separated)."))
    var format: String?
    @Option(help: say("建议报告写入此目录。", "Write the proposal report into this directory.")) var reportDir =
        "notebooks-out/proposal"
    @Option(help: say("蒙特卡洛路径数。", "Monte Carlo paths.")) var paths = 20_000
    @Option(help: say("随机种子。", "Seed.")) var seed: UInt64 = 20_210_929
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON 文档（见 docs/json-formats.md）。", "Print the JSON document (docs/json-formats.md)."))
    var json = false

    /// A comma-separated list of percentages as fractions, or a located refusal naming `option`.
    static func parseOdds(_ text: String, option: String = "--odds") throws -> [Double] {
        var out: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map({
            $0.trimmingCharacters(in: .whitespaces)
        }) {
            guard let v = Double(part.hasSuffix("%") ? String(part.dropLast()) : part), v > 0, v < 100 else {
                throw InputIssue(
                    file: option, field: part,
                    message: Phrase(
                        zh: "`\(part)` 不是严格介于 0 与 100 之间的概率",
                        en: "`\(part)` is not a probability strictly between 0 and 100"),
                    help: Phrase(zh: "请给出百分数，如 `\(option) 60`", en: "give percentages such as `\(option) 60`"))
            }
            if !out.contains(v / 100) { out.append(v / 100) }
        }
        return out
    }

    /// One percentage for `option`.
    static func parseOne(_ text: String, option: String) throws -> Double {
        let values = try parseOdds(text, option: option)
        guard values.count == 1 else {
            throw InputIssue(
                file: option, field: text,
                message: Phrase(zh: "`\(text)` 应为一个概率", en: "`\(text)` should be one probability"),
                help: Phrase(zh: "如 `\(option) 60`", en: "e.g. `\(option) 60`"))
        }
        return values[0]
    }

    func run() throws {
        let formats = try ReportCommand.extraFormats(
            format, command: "propose", allowed: ProposalReport.formats, always: [], language: lang.language)
        let convention = ProposalConvention(
            indicativeOdds: try Self.parseOne(indicativeOdds, option: "--indicative-odds"),
            bindingOdds: try Self.parseOne(bindingOdds, option: "--binding-odds"),
            allowsRelaxingBinding: allowRelaxingBinding, shownOdds: try Self.parseOdds(odds))
        guard targetYear > baseYear else {
            throw InputIssue(
                file: "--target-year", field: "\(targetYear)",
                message: Phrase(
                    zh: "目标年 \(targetYear) 不晚于基年 \(baseYear)",
                    en: "the target year \(targetYear) is not after the base year \(baseYear)"),
                help: Phrase(
                    zh: "例如 `--base-year 2025 --target-year 2030`", en: "e.g. `--base-year 2025 --target-year 2030`"))
        }
        guard (100...RunOptions.maximumPaths).contains(paths), (threads ?? 1) >= 1 else {
            throw ValidationError(
                say(
                    "--paths 须在 100 至 \(RunOptions.maximumPaths) 之间，--threads 至少为 1",
                    "--paths must be from 100 to \(RunOptions.maximumPaths), --threads at least 1"))
        }
        if let out, FileManager.default.fileExists(atPath: out) {
            throw InputIssue(
                file: out, message: Phrase(zh: "文件已存在", en: "the file exists already"),
                help: Phrase(zh: "请给草案另取一个名字，或删除该文件", en: "choose another name for the draft, or remove the file"))
        }
        if let out { try AtomicFile.checkFolder(of: out) }
        let inputs = try CycleInputs.load(plan: planOption.planFile, data: dataFile)
        // The years follow the plan: from its base year (2020 for Haibin's 14th plan) to 35
        // years after its period (2060).
        let first = inputs.plan.firstSimulatedYear, last = inputs.plan.horizons.upperBound
        guard targetYear <= last, baseYear >= first - 1 else {
            throw InputIssue(
                file: "--target-year", field: "\(targetYear)",
                message: Phrase(
                    zh: "plansim 对本规划模拟 \(first)–\(last) 年；基年 \(baseYear)、目标年 \(targetYear) 超出此范围",
                    en:
                        "plansim simulates this plan over \(first)–\(last); base year \(baseYear), target year \(targetYear) fall outside"
                ),
                help: Phrase(
                    zh: "基年请不早于 \(first - 1)，目标年不晚于 \(last)",
                    en: "use a base year from \(first - 1) and a target year up to \(last)"))
        }
        var request = ProposeRequest(
            plan: inputs.plan, actuals: inputs.actuals, illustrative: inputs.illustrative, baseYear: baseYear,
            targetYear: targetYear, convention: convention, paths: paths, seed: seed,
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        if let reference {
            let panel = try ReferencePanel.load(path: reference, for: inputs.plan)
            (request.reference, request.referenceFile) = (try ReferencePrior.fit(panel), (reference, panel.sha256))
        }
        let result = try ProposeWorkflow.run(request)
        let reports = try ProposalReport.files(result.proposals, formats: formats, language: lang.language)
        if let out { try AtomicFile.write(Data(result.draft.utf8), to: URL(fileURLWithPath: out)) }
        if !reports.isEmpty { try AtomicWriter.write(reports, into: URL(fileURLWithPath: reportDir)) }
        if json {
            print(String(decoding: try result.proposals.encoded(), as: UTF8.self))
        } else {
            print(ProposalText.render(result.proposals, language: lang.language))
            if let out {
                print((lang.language == .zh ? "规划草案已写入 " : "Draft plan written to ") + out + "  (plansim check \(out))")
            }
            if !reports.isEmpty {
                print((lang.language == .zh ? "建议报告已写入 " : "Proposal report written to ") + reportDir + "/")
            }
        }
    }
}

import ArgumentParser
import Foundation
import PlanData
import Reports
import ScenarioDSL
import Simulation

/// `plansim propose --data ACTUALS.csv --base-year 2025 --target-year 2030 [--odds 50,80,95]
/// [--plan FILE] [--json] [--out DRAFT.plan]`: targets for the next plan at stated odds.
struct ProposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "propose",
        abstract: say("下一期规划的目标：各指标以各给定概率能达到的数值，并生成规划文件草稿。", "Targets for the next plan: the value each indicator reaches with each stated probability, and a draft plan file."))

    @Option(name: .customLong("data"), help: ArgumentHelp(say("截至基年的实际数据：`indicator,year,value[,note]`。", "The actual figures through the base year: indicator,year,value[,note]."), valueName: "ACTUALS.csv"))
    var dataFile: String
    @Option(help: say("新规划的基年（有实际数据的最后一年）。", "The new plan's base year (the last year with actuals).")) var baseYear: Int
    @Option(help: say("新规划的目标年。", "The new plan's target year.")) var targetYear: Int
    @Option(help: say("概率（百分数），每个严格介于 0 与 100 之间。", "Probabilities in percent, each strictly between 0 and 100.")) var odds = "50,80,95"
    @OptionGroup var planOption: PlanOption
    @Option(help: say("规划文件草稿写到此处（以 80% 概率的数值为目标），已存在则拒绝。", "Write a draft plan file here (the 80 % values as targets), refused if it exists.")) var out: String?
    @Option(help: say("蒙特卡洛路径数。", "Monte Carlo paths.")) var paths = 20_000
    @Option(help: say("随机种子。", "Seed.")) var seed: UInt64 = 20_210_929
    @Option(help: say("工作线程数（默认：全部核心）。", "Worker threads (default: all cores).")) var threads: Int?
    @OptionGroup var lang: LanguageOption
    @Flag(help: say("输出 JSON 文档（见 docs/json-formats.md）。", "Print the JSON document (docs/json-formats.md).")) var json = false

    /// `--odds` as fractions, or a located refusal.
    static func parseOdds(_ text: String) throws -> [Double] {
        var out: [Double] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let v = Double(part.hasSuffix("%") ? String(part.dropLast()) : part), v > 0, v < 100 else {
                throw InputIssue(file: "--odds", field: part, message: Phrase(zh: "`\(part)` 不是严格介于 0 与 100 之间的概率", en: "`\(part)` is not a probability strictly between 0 and 100"),
                                 help: Phrase(zh: "请给出百分数，如 `--odds 50,80,95`", en: "give percentages such as `--odds 50,80,95`"))
            }
            if !out.contains(v / 100) { out.append(v / 100) }
        }
        return out
    }

    func run() throws {
        let probabilities = try Self.parseOdds(odds)
        guard targetYear > baseYear else {
            throw InputIssue(file: "--target-year", field: "\(targetYear)", message: Phrase(zh: "目标年 \(targetYear) 不晚于基年 \(baseYear)", en: "the target year \(targetYear) is not after the base year \(baseYear)"),
                             help: Phrase(zh: "例如 `--base-year 2025 --target-year 2030`", en: "e.g. `--base-year 2025 --target-year 2030`"))
        }
        guard (100...RunOptions.maximumPaths).contains(paths), (threads ?? 1) >= 1 else { throw ValidationError(say("--paths 须在 100 至 \(RunOptions.maximumPaths) 之间，--threads 至少为 1", "--paths must be from 100 to \(RunOptions.maximumPaths), --threads at least 1")) }
        if let out, FileManager.default.fileExists(atPath: out) {
            throw InputIssue(file: out, message: Phrase(zh: "文件已存在", en: "the file exists already"),
                             help: Phrase(zh: "请给草案另取一个名字，或删除该文件", en: "choose another name for the draft, or remove the file"))
        }
        let inputs = try CycleInputs.load(plan: planOption.planFile, data: dataFile)
        // The years follow the plan: from its base year (2020 for Haibin's 14th plan) to 35
        // years after its period (2060).
        let first = inputs.plan.firstSimulatedYear, last = inputs.plan.horizons.upperBound
        guard targetYear <= last, baseYear >= first - 1 else {
            throw InputIssue(file: "--target-year", field: "\(targetYear)",
                             message: Phrase(zh: "plansim 对本规划模拟 \(first)–\(last) 年；基年 \(baseYear)、目标年 \(targetYear) 超出此范围",
                                            en: "plansim simulates this plan over \(first)–\(last); base year \(baseYear), target year \(targetYear) fall outside"),
                             help: Phrase(zh: "基年请不早于 \(first - 1)，目标年不晚于 \(last)", en: "use a base year from \(first - 1) and a target year up to \(last)"))
        }
        let (document, values) = try TargetSetting.propose(inputs, baseYear: baseYear, targetYear: targetYear, odds: probabilities,
                                                           paths: paths, seed: seed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, dataFile: dataFile)
        if let out {
            let draft = DraftPlan.draft(inputs, document, values: values, dataFile: dataFile, paths: paths, seed: seed)
            try AtomicFile.write(Data(draft.utf8), to: URL(fileURLWithPath: out))
        }
        print(json ? ProposalRenderers.json(document).rendered() : ProposalRenderers.text(document, language: lang.language))
        if let out, !json { print((lang.language == .zh ? "规划草案已写入 " : "Draft plan written to ") + out + "  (plansim check \(out))") }
    }
}

import ArgumentParser
import Foundation
import PlanData
import PlansimKit
import Reports
import Sensitivity

/// `plansim merge DIR… [--out DIR] [--check] [--partial] [--json]`.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: say(
            "合并分片运行的敏感性分析的各个分片；拒绝其他敏感性分析的分片。", "Join the slices of a sharded sweep; refuses slices of another sweep."),
        discussion: say(
            "合并后的目录有自己的清单和块，可再次合并或继续运行。缺块时退出码为 1。",
            "The merged folder has its own manifest and blocks, so it can be merged again or resumed. Exit 1 when blocks are missing."
        ))
    @Argument(
        help: say(
            "由 `plansim sweep --shard k/n` 或 `plansim merge` 写出的目录。",
            "Folders written by `plansim sweep --shard k/n` or by `plansim merge`.")) var directories: [String]
    @Option(help: say("结果写入此目录（默认：第一个目录）。", "Write the results here (default: the first directory).")) var out: String?
    @Flag(
        help: say(
            "列出缺失或损坏的块及负责它们的分片；不写任何文件。",
            "Report which blocks are missing or corrupt, and which shard runs them; write nothing.")) var check = false
    @Flag(
        help: say(
            "即使有块缺失，也把已有的块汇集到 --out（以便稍后再合并）；不计算指数。",
            "Gather the blocks found into --out even when some are missing (to merge again later); no indices."))
    var partial = false
    @Flag(help: say("输出 indices.json 而非龙卷风图。", "Print indices.json instead of the tornado.")) var json = false
    @Flag(
        help: say(
            "写出 samples.csv 和 outputs.csv（SALib 的格式），而非 samples.npy 和 outputs.npy。",
            "Write samples.csv and outputs.csv (SALib's layout) instead of samples.npy and outputs.npy.")) var csv =
        false
    @OptionGroup var lang: LanguageOption

    func run() throws {
        let manifest = try MergeWorkflow.manifest(of: URL(fileURLWithPath: directories[0]))
        let recipe = manifest.recipe
        let plan = try SweepCommand.plan(
            file: recipe.file, scenario: recipe.scenarioName.isEmpty ? nil : recipe.scenarioName, sweep: manifest.sweep,
            seed: manifest.seed, roundN: recipe.roundN, pathsPerSample: recipe.pathsPerSample, dataFile: recipe.data,
            planFile: recipe.plan)
        let request = MergeRequest(
            directories: directories.map { URL(fileURLWithPath: $0) }, out: out.map { URL(fileURLWithPath: $0) },
            check: check, partial: partial, csv: csv)
        switch try MergeWorkflow.merge(request, plan: plan, recipe: recipe) {
        case .checked(let check):
            for slice in check.slices {
                print(
                    say(
                        "\(slice.folder.path)：分片 `\(slice.slice)`，用到 \(slice.blocks) 块",
                        "\(slice.folder.path): slice \(slice.slice), \(slice.blocks) blocks used") as String)
            }
            for c in check.corrupt {
                print(
                    say(
                        "\(c.file.path) 中的块 \(c.block) 已损坏（`\(c.why)`）；`plansim sweep … --resume` 会重新计算",
                        "block \(c.block) in \(c.file.path) is corrupt (\(c.why)); `plansim sweep … --resume` recomputes it"
                    ) as String)
            }
            print(say("敏感性分析 \(check.sweep)：", "sweep \(check.sweep): ") + check.missing.text(MessageLanguage.current))
            if !check.isComplete { throw ExitCode(1) }
        case .gathered(let found, let total, let missing, let target):
            print(
                say(
                    "已把共 \(total) 块中的 \(found) 块汇集到 \(target.path)（分片 `merged`）；",
                    "gathered \(found) of \(total) blocks into \(target.path) (slice merged); "
                ) + missing.text(MessageLanguage.current))
        case .finished(let outcome, let target):
            Self.show(outcome, in: target, json: json)
        }
    }

    /// Prints a finished sweep: the tornado and where the results are (or indices.json with `json`).
    static func show(_ outcome: SweepOutcome, in directory: URL, json: Bool) {
        print(
            json
                ? outcome.indicesJSON.rendered()
                : MessageLanguage.current == .zh
                    ? outcome.summary.terminalText(language: .zh) + "\n结果在 \(directory.path)/"
                    : outcome.result.tornado(outcome.plan)
                        + (outcome.summary.hasDirections ? "\n" + outcome.summary.directionLine(language: .en) : "")
                        + "\nresults in \(directory.path)/")
    }
}

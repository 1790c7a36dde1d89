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
        let first = URL(fileURLWithPath: directories[0])
        let manifest: SweepManifest
        do {
            guard let m = try SweepManifest.read(first) else {
                throw InputIssue(
                    file: first.path,
                    message: Phrase(zh: "不是敏感性分析的目录（没有 manifest.json）", en: "not a sweep directory (no manifest.json)"),
                    help: Phrase(zh: "请给出 `plansim sweep` 写出的目录", en: "give directories that `plansim sweep` wrote"))
            }
            manifest = m
            try manifest.checkRecipeFiles(in: first)
        } catch let error as SweepError {
            throw InputIssue(file: first.path, message: error.why, help: error.remedy)
        }
        let recipe = manifest.recipe
        let plan = try SweepCommand.plan(
            file: recipe.file, scenario: recipe.scenarioName.isEmpty ? nil : recipe.scenarioName, sweep: manifest.sweep,
            seed: manifest.seed, roundN: recipe.roundN, pathsPerSample: recipe.pathsPerSample, dataFile: recipe.data,
            planFile: recipe.plan)
        let folders = directories.map { URL(fileURLWithPath: $0) }
        let inventory = try Self.inventory(plan, folders)
        let target = URL(fileURLWithPath: out ?? directories[0])
        if check {
            for (folder, slice) in inventory.slices {
                let count = (0..<plan.blockCount).filter {
                    inventory.found[$0]?.path.hasPrefix(folder.path + "/") ?? false
                }.count
                print(
                    say(
                        "\(folder.path)：分片 `\(slice)`，用到 \(count) 块",
                        "\(folder.path): slice \(slice), \(count) blocks used") as String)
            }
            for c in inventory.corrupt {
                print(
                    say(
                        "\(c.file.path) 中的块 \(c.block) 已损坏（`\(c.why)`）；`plansim sweep … --resume` 会重新计算",
                        "block \(c.block) in \(c.file.path) is corrupt (\(c.why)); `plansim sweep … --resume` recomputes it"
                    ) as String)
            }
            print(
                say("敏感性分析 \(plan.sweep.name)：", "sweep \(plan.sweep.name): ")
                    + inventory.missingPhrase(plan).text(MessageLanguage.current))
            if !inventory.isComplete { throw ExitCode(1) }
            return
        }
        if let existing = try? SweepManifest.read(target), existing.fingerprint != plan.fingerprint,
            !folders.contains(where: { $0.standardizedFileURL == target.standardizedFileURL })
        {
            throw InputIssue(
                file: target.path, message: Phrase(zh: "已存放另一个敏感性分析", en: "already holds a different sweep"),
                help: Phrase(zh: "请另选 `--out`；没有写入任何文件", en: "choose another `--out`; nothing was written"))
        }
        guard inventory.isComplete else {
            guard partial else {
                throw InputIssue(
                    file: directories.joined(separator: ", "), message: inventory.missingPhrase(plan),
                    help: Phrase(
                        zh: "请先运行缺少的分片（或对中断的分片加 `--resume`），再重新合并；`--partial` 汇集现有的块",
                        en:
                            "run the missing shards (or `--resume` an interrupted one), then merge again; `--partial` gathers what there is"
                    ))
            }
            try Self.gather(plan, inventory, into: target, recipe: recipe)
            print(
                say(
                    "已把共 \(plan.blockCount) 块中的 \(inventory.found.count) 块汇集到 \(target.path)（分片 `merged`）；",
                    "gathered \(inventory.found.count) of \(plan.blockCount) blocks into \(target.path) (slice merged); "
                ) + inventory.missingPhrase(plan).text(MessageLanguage.current))
            return
        }
        try Self.gather(plan, inventory, into: target, recipe: recipe)
        try Self.finish(
            plan, inventory: Self.inventory(plan, [target]), into: target, recipe: recipe, json: json, csv: csv)
    }

    static let writableOut = SweepWorkflow.writableOut

    static func inventory(_ plan: SweepPlan, _ folders: [URL]) throws -> SweepMerge.Inventory {
        try SweepWorkflow.inventory(plan, folders)
    }

    static func gather(
        _ plan: SweepPlan, _ inventory: SweepMerge.Inventory, into target: URL, recipe: SweepManifest.Recipe
    ) throws {
        do { try SweepMerge.gather(plan, inventory, into: target, recipe: recipe) } catch {
            throw InputIssue(
                file: target.path, message: Phrase(zh: "无法写入合并后的块", en: "cannot write the merged blocks"),
                help: Self.writableOut)
        }
    }

    /// Analyzes a complete set of blocks, writes the results into `directory` and prints
    /// the tornado (or indices.json with `json`).
    static func finish(
        _ plan: SweepPlan, inventory: SweepMerge.Inventory, into directory: URL, recipe: SweepManifest.Recipe,
        json: Bool, csv: Bool = false,
        extra: [ReportFormat] = []
    ) throws {
        let outcome = try SweepWorkflow.finish(plan, inventory: inventory, directory: directory)
        try outcome.write(into: directory, csv: csv, extra: extra)
        let summary = outcome.summary
        print(
            json
                ? outcome.indicesJSON.rendered()
                : MessageLanguage.current == .zh
                    ? summary.terminalText(language: .zh) + "\n结果在 \(directory.path)/"
                    : outcome.result.tornado(plan)
                        + (summary.hasDirections ? "\n" + summary.directionLine(language: .en) : "")
                        + "\nresults in \(directory.path)/")
    }
}

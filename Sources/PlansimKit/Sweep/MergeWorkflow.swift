public import Foundation
public import PlanData
public import Sensitivity

/// `plansim merge` as functions: the slices of a sharded sweep joined into one folder and,
/// when every block is there, analysed and written (``SweepWorkflow/complete(_:directory:csv:extra:)``).
public enum MergeWorkflow {
    /// The manifest of a sweep's folder, with the files its recipe names checked.
    ///
    /// - Throws: ``InputIssue`` when `folder` is not a sweep's folder or a recipe file is
    ///   missing or changed.
    public static func manifest(of folder: URL) throws(InputIssue) -> SweepManifest {
        let manifest: SweepManifest?
        do throws(SweepError) {
            manifest = try SweepManifest.read(folder)
            try manifest?.checkRecipeFiles(in: folder)
        } catch { throw InputIssue(file: folder.path, message: error.why, help: error.remedy) }
        guard let manifest else {
            throw InputIssue(
                file: folder.path,
                message: Phrase(zh: "不是敏感性分析的目录（没有 manifest.json）", en: "not a sweep directory (no manifest.json)"),
                help: Phrase(zh: "请给出 `plansim sweep` 写出的目录", en: "give directories that `plansim sweep` wrote"))
        }
        return manifest
    }

    /// Joins the slices of `request.directories` for `plan` (the sweep planned again from
    /// the first folder's manifest, whose recipe is `recipe`).
    ///
    /// - Throws: ``InputIssue`` when a folder holds another sweep, the target already holds
    ///   a different sweep, blocks are missing without `partial`, or a file cannot be written.
    ///   Nothing is written with `check`, or when the target is refused.
    public static func merge(_ request: MergeRequest, plan: SweepPlan, recipe: SweepManifest.Recipe)
        throws(InputIssue) -> MergeResult
    {
        let inventory = try SweepWorkflow.inventory(plan, request.directories)
        if request.check { return .checked(MergeCheck(plan, inventory)) }
        let target = request.target
        if let existing = try? SweepManifest.read(target), existing.fingerprint != plan.fingerprint,
            !request.directories.contains(where: { $0.standardizedFileURL == target.standardizedFileURL })
        {
            throw InputIssue(
                file: target.path, message: Phrase(zh: "已存放另一个敏感性分析", en: "already holds a different sweep"),
                help: Phrase(zh: "请另选 `--out`；没有写入任何文件", en: "choose another `--out`; nothing was written"))
        }
        guard inventory.isComplete else {
            guard request.partial else {
                throw InputIssue(
                    file: request.directories.map(\.path).joined(separator: ", "),
                    message: inventory.missingPhrase(plan),
                    help: Phrase(
                        zh: "请先运行缺少的分片（或对中断的分片加 `--resume`），再重新合并；`--partial` 汇集现有的块",
                        en:
                            "run the missing shards (or `--resume` an interrupted one), then merge again; `--partial` gathers what there is"
                    ))
            }
            try gather(plan, inventory, into: target, recipe: recipe)
            return .gathered(
                found: inventory.found.count, total: plan.blockCount, missing: inventory.missingPhrase(plan),
                into: target)
        }
        try gather(plan, inventory, into: target, recipe: recipe)
        return .finished(
            try SweepWorkflow.complete(plan, directory: target, csv: request.csv, extra: []), into: target)
    }

    /// Copies the blocks found into `target` with a manifest of slice `merged`.
    static func gather(
        _ plan: SweepPlan, _ inventory: SweepMerge.Inventory, into target: URL, recipe: SweepManifest.Recipe
    ) throws(InputIssue) {
        do { try SweepMerge.gather(plan, inventory, into: target, recipe: recipe) } catch {
            throw InputIssue(
                file: target.path, message: Phrase(zh: "无法写入合并后的块", en: "cannot write the merged blocks"),
                help: SweepWorkflow.writableOut)
        }
    }
}

public import Foundation
public import PlanData
public import Reports
public import Sensitivity

/// The last step of `plansim sweep` and `plansim merge` as functions: a complete set of
/// blocks → the indices, their noise, the effect directions and the briefing summary.
public enum SweepWorkflow {
    /// What to do when a folder cannot be written.
    public static let writableOut = Phrase(
        zh: "请用 `--out` 指定一个可写的目录", en: "choose a directory you can write to with `--out`")

    /// The blocks of `plan` found in `folders`, with every missing or corrupt one listed.
    ///
    /// - Throws: ``InputIssue`` naming the folders when a slice belongs to another sweep.
    public static func inventory(_ plan: SweepPlan, _ folders: [URL]) throws(InputIssue) -> SweepMerge.Inventory {
        do { return try SweepMerge.inventory(plan, in: folders) } catch {
            throw InputIssue(file: folders.map(\.path).joined(separator: ", "), message: error.why, help: error.remedy)
        }
    }

    /// The end of `plansim sweep` and `plansim merge`: the blocks in `directory` analysed,
    /// and the results and the briefing (with `extra` formats) written there.
    ///
    /// - Throws: ``InputIssue`` when blocks are missing or unreadable, or a file cannot be written.
    public static func complete(_ plan: SweepPlan, directory: URL, csv: Bool, extra: [ReportFormat])
        throws(InputIssue) -> SweepOutcome
    {
        let outcome = try finish(plan, inventory: try inventory(plan, [directory]), directory: directory)
        try outcome.write(into: directory, csv: csv, extra: extra)
        return outcome
    }

    /// Analyses a complete set of blocks (in `directory`, for the messages).
    ///
    /// - Throws: ``InputIssue`` when blocks are missing or cannot be read.
    public static func finish(_ plan: SweepPlan, inventory: SweepMerge.Inventory, directory: URL) throws(InputIssue)
        -> SweepOutcome
    {
        guard inventory.isComplete else {
            throw InputIssue(
                file: directory.path, message: inventory.missingPhrase(plan),
                help: Phrase(
                    zh: "请运行 `plansim sweep … --resume` 把它们算出来", en: "run `plansim sweep … --resume` to compute them"))
        }
        let outputs: [Double]
        do { outputs = try SweepMerge.collect(plan, inventory) } catch {
            throw InputIssue(file: directory.path, message: error.why, help: error.remedy)
        }
        let result = SweepResult(plan, outputs: outputs)
        return SweepOutcome(plan: plan, result: result, summary: summary(plan, result: result, outputs: outputs))
    }

    /// The briefing summary of a finished sweep: each input's main and first-order index
    /// (Sₜ and S₁, or Morris μ* and μ), the way it moves the primary measure (the rank
    /// correlation over sampled rows), and the seed, noise and pairs of its indices.
    public static func summary(_ plan: SweepPlan, result: SweepResult, outputs: [Double]) -> SweepSummary {
        // Which way each input moves the primary measure (last of the measures in a row).
        let rows = EffectDirection.sampledRows(count: plan.rowCount)
        let directions = EffectDirection.rankCorrelations(
            samples: plan.design.rows(at: rows),
            measure: rows.map { outputs[$0 * plan.blockWidth + plan.measures.count - 1] })
        var summary = SweepSummary(
            sweep: plan.sweep.name, scenario: plan.scenario, method: plan.sweep.method, n: plan.n, runs: plan.rowCount,
            measure: plan.outputNames.last ?? "",
            rows: result.sobol.map {
                $0.indices.enumerated().map {
                    SweepSummary.Row(
                        name: $1.name, main: $1.st, mainConf: $1.stConf, first: $1.s1, firstConf: $1.s1Conf,
                        direction: directions[$0])
                }
            }
                ?? result.morris.map {
                    $0.enumerated().map {
                        SweepSummary.Row(
                            name: $1.name, main: $1.muStar, mainConf: .nan, first: $1.mu, firstConf: .nan,
                            direction: directions[$0])
                    }
                } ?? [])
        summary.annotate(result.indices(plan))
        return summary
    }
}

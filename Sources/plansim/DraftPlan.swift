import Foundation
import PlanData
import Reports
import ScenarioDSL

/// The draft plan file `propose --out` writes: the plan's indicators, the actuals at the
/// base year as bases, the 80 % values as targets (rounded to three significant digits),
/// and comments saying where each number came from. `plansim check` accepts it; a
/// planner then edits it.
enum DraftPlan {
    static func draft(_ inputs: CycleInputs, _ d: ProposalDocument, values: [Double: [String: Double]], dataFile: String, paths: Int, seed: UInt64) -> String {
        let plan = inputs.plan
        guard let first = d.proposals.first else { return "" }
        let period = (first.baseYear + 1)...first.targetYear
        var draft = PlanDraft(plan)
        draft.name = (plan.plan?.name ?? "plan") + "_draft_\(period.upperBound)"
        draft.title = (plan.plan?.titleZH ?? "") + "（\(period.lowerBound)–\(period.upperBound)年目标草案）"
        draft.titleEN = (plan.plan?.titleEN ?? "") + " — draft targets \(period.lowerBound)–\(period.upperBound)"
        draft.published = ""
        draft.period = period
        draft.headerComments = (inputs.illustrative ? ["ILLUSTRATIVE: built from made-up actuals; not for use as a real plan."] : []) + [
            "DRAFT written by `plansim propose` (plansim \(PlansimVersion.current)) from \(URL(fileURLWithPath: dataFile).lastPathComponent)",
            "(sha256 \(inputs.actuals.sha256)): bases are the \(first.baseYear) actuals; each target is the value the baseline model,",
            "conditioned on every actual, reaches with about 80 % probability (\(paths) paths, seed \(seed)), rounded. Edit freely;",
            "the caveats at the end are the old plan's: keep those that still hold.",
        ]
        let byID = Dictionary(uniqueKeysWithValues: d.proposals.map { ($0.indicator.id, $0) })
        draft.entries = draft.entries.compactMap { entry in
            guard let p = byID[entry.indicator.id], let v80 = values[0.8]?[entry.indicator.id] else { return nil }
            var e = entry
            e.base = (p.baseYear, p.base)
            let value = round3(v80, integer: entry.indicator.unitZH == "个" || entry.indicator.unitZH == "家" || entry.indicator.unitZH == "人")
            let others = p.at.map { "\(odds($0.probability)): \(NumberFormat.value($0.target, digits: 4)) (\(NumberFormat.percent($0.growth))/yr)" }
            var comment = "≈80 % odds; " + others.joined(separator: ", ")
            if let h = p.historyGrowth, let y = p.historyYears { comment += "; \(y.lowerBound)–\(y.upperBound) actual \(NumberFormat.percent(h))/yr" }
            let line = PlanDraft.TargetLine(year: p.targetYear, form: p.kind == .periodSum ? .sum(value, from: period.lowerBound) : .level(value),
                                            direction: p.direction, comment: comment)
            let later = entry.targets.filter { $0.year > p.targetYear }.map { t -> PlanDraft.TargetLine in
                var t = t; t.comment = "from \(plan.plan?.name ?? "the plan")"; return t
            }
            e.targets = [line] + later.filter { if case .sum = $0.form { return false } else { return true } }
            return e
        }
        if inputs.illustrative {
            draft.notes.insert(DataNote(note: "illustrative", indicator: nil, textZH: "示意草案：基期与目标由示意数据推算，并非真实统计。",
                                        textEN: "ILLUSTRATIVE draft: bases and targets come from made-up actuals, not real statistics."), at: 0)
        }
        return PlanWriter.text(draft)
    }

    /// Three significant digits (whole numbers for counts of firms and people).
    static func odds(_ p: Double) -> String { NumberFormat.value(p * 100, digits: 4) + "%" }

    static func round3(_ v: Double, integer: Bool) -> Double {
        if integer { return max(v.rounded(), 1) }
        let digits = max(0, 2 - Int(floor(log10(abs(v)))))
        let scale = pow(10, Double(digits))
        return (v * scale).rounded() / scale
    }
}

public import Artifacts
import Foundation
import PlanData
import ScenarioDSL

/// The draft plan file of the next plan: the ending plan's indicators with the base-year
/// actuals as bases, each proposal as the plan would print it (a growth `about`, a level,
/// a total over the new period, `<=` for ceilings), the vision beyond the period kept, and
/// comments saying where each number came from. `plansim check` accepts it; `run --plan`
/// runs it; a planner then edits it.
public enum ProposalDraft {
    /// The draft text; with `proposals` nil, the skeleton the model is fitted on (bases only).
    public static func text(_ r: ProposeRequest, next: NextPlan, bases: [String: Double], proposals: ProposalSet?)
        -> String
    {
        let plan = r.plan
        var draft = PlanDraft(plan)
        draft.name = next.id
        draft.title = next.titleZH
        draft.titleEN = next.titleEN
        draft.issuer = next.issuer
        draft.published = ""
        draft.period = next.firstYear...next.lastYear
        let c = r.convention
        draft.headerComments =
            (r.illustrative ? ["ILLUSTRATIVE: built from made-up actuals; not for use as a real plan."] : []) + [
                "DRAFT written by `plansim propose` from \(URL(fileURLWithPath: r.actuals.file).lastPathComponent) (sha256 \(r.actuals.sha256)).",
                "Bases are the \(r.baseYear) actuals. Each target is the value the baseline model (fitted to these bases and the actuals;",
                "\(r.paths) paths, seed \(r.seed)) reaches with about \(percent(c.indicativeOdds)) odds (预期性) or \(percent(c.bindingOdds)) (约束性),",
                "stated as plans print them: growth to half a point, levels at the plan's precision, counts whole; 约束性 targets "
                    + (c.allowsRelaxingBinding
                        ? "may be weaker than the last actual (then flagged)." : "never weaker than the last actual."),
                "Each comment gives the odds of the target as written. Edit freely; the notes at the end are the old plan's.",
            ]
        let byID = Dictionary(uniqueKeysWithValues: (proposals?.proposals ?? []).map { ($0.indicator, $0) })
        let skipped = Dictionary((proposals?.skipped ?? []).map { ($0.indicator, $0) }, uniquingKeysWith: { a, _ in a })
        draft.entries = draft.entries.map { entry in
            var e = entry
            e.targets = []
            // A cumulative decline needs no base (it is read from the reported decline or the levels).
            if let p = byID[entry.indicator.id], p.form == .decline {
                e.base = nil
                e.baseNote = nil
                e.targets = [
                    PlanDraft.TargetLine(
                        year: p.targetYear, form: .decline(p.value), approximate: !p.binding,
                        comment: DeclineProposal.printed(p.value) + "; " + comment(p))
                ]
                return e
            }
            // An indicator left to the planner stays (so the actuals still fit the draft), without a target.
            guard let base = bases[entry.indicator.id] else {
                e.base = nil
                e.baseNote = nil
                if let k = skipped[entry.indicator.id] { e.comments = ["to set by hand: " + k.reasonZH] }
                return e
            }
            e.base = (r.baseYear, base)
            e.baseNote = nil
            guard let p = byID[entry.indicator.id] else { return e }
            let form: PlanDraft.TargetLine.Form =
                switch p.form {
                case .growth: .growth(PlanPrecision.halfPoint(p.growth))
                case .level, .decline: .level(p.value)
                case .points: .points(ProposalRules.tenth(p.value - p.base))
                case .periodSum: .sum(p.value, from: r.baseYear + 1)
                }
            e.targets = [
                PlanDraft.TargetLine(
                    year: p.targetYear, form: form, direction: p.ceiling ? .ceiling : .floor,
                    approximate: !p.binding, comment: comment(p))
            ]
            if let year = p.visionYear, let value = p.visionValue {
                e.targets.append(
                    PlanDraft.TargetLine(
                        year: year, form: .level(value), direction: p.ceiling ? .ceiling : .floor,
                        comment: "远景目标 vision from \(plan.plan?.name ?? "the ending plan")"))
            }
            return e
        }
        if r.illustrative {
            draft.notes.insert(
                DataNote(
                    note: "illustrative", indicator: nil, textZH: "示意草案：基期与目标由示意数据推算，并非真实统计。",
                    textEN: "ILLUSTRATIVE draft: bases and targets come from made-up actuals, not real statistics."),
                at: 0)
        }
        return PlanWriter.text(draft)
    }

    static func percent(_ p: Double) -> String { PlanPrecision.percentText(p) }

    /// `年均增长6%左右; odds 61%; 2020–2025 actual 5.8%/yr (slower than achieved)`.
    static func comment(_ p: ProposedTarget) -> String {
        var parts =
            [p.wordingZH]
            + (p.odds.map { ["odds \(percent($0))"] } ?? ["set from the last period's pace, not simulated"])
        if let g = p.lastGrowth, let y = p.lastFirstYear {
            parts.append("\(y)–\(p.baseYear) actual \(PlanPrecision.percentText(g))/yr")
        }
        if let d = p.lastDecline, let y = p.lastFirstYear {
            parts.append("\(y)–\(p.baseYear) actual decline \(ProposalSuggestion.percent(d))")
        }
        if let pts = p.lastPoints, let y = p.lastFirstYear {
            parts.append(
                "\(y)–\(p.baseYear) actual \((pts < 0 ? "-" : "+") + DecimalRounding.fixed(abs(pts), decimals: 1)) points"
            )
        }
        if let b = p.basis {
            let fit = b.models.map { "\($0.family) \(percent($0.weight))" }.joined(separator: ", ")
            parts.append(b.summary(.en) + (fit.isEmpty ? "" : "; fit \(fit) (\(b.weighting?.words(.en) ?? "—"))"))
        }
        parts += p.flags.map { flag in
            switch flag {
            case .slowerThanLastPeriod: "slower than the last period achieved"
            case .heldAtLastActual: "约束性: held at the last actual"
            case .relaxedBinding: "约束性 WEAKER than the last actual (allowed by --allow-relaxing-binding)"
            case .beyondSimulatedRange: "beyond the simulated range"
            case .higherLevelAllocates: "the higher level's allocation (上级下达) governs"
            case .fromLastTarget: "no achieved decline in the actuals: at least the old target"
            case .keptPreviousCap: "预期性 cap: the ending plan's cap kept (never tighter than the last actual)"
            case .capAtLastActual: "预期性 cap: no tighter than the last actual"
            }
        }
        return parts.joined(separator: "; ")
    }
}

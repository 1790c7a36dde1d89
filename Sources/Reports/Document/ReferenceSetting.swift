import Forecasting
import Foundation
public import PlanData

/// What the reference scenario assumes for a linked-model setting that a compared scenario
/// changes, in plain words for the comparison's page one, so that "约29%" can be read against
/// something: the reference's own statement by its centre (`约6%`), the plan's path for
/// plan-period investment (`按规划路径，年均28.2%`: the table's one needed-growth figure), or
/// the stated baseline assumption (`约4%`). Nil for a statement that is no `prior linked`
/// setting, or a setting with no plain reference value (TFP growth now, which data move).
public enum ReferenceSetting {
    /// Stated baseline centres of the rate settings, in log growth as the linked core keeps them.
    static let statedRates: [String: Prior] = [
        "investment_growth_long_run": BaselineAssumptions.investmentLongRun,
        "tfp_growth_long_run": BaselineAssumptions.tfpLongRun,
    ]

    /// `statement`: one of the compared scenario's statements; `ref`: the reference run.
    public static func words(for statement: String, reference ref: ReportDocument, language l: Language) -> String? {
        let zh = l == .zh
        let w = statement.split(separator: " ").map(String.init)
        guard w.count >= 4, w[0] == "prior", w[1] == "linked" else { return nil }
        let parameter = w[2]
        // The reference's own statement on the same setting, by its centre.
        if let own = ref.assumptions.first(where: {
            let v = $0.text.split(separator: " ").map(String.init)
            return v.count >= 4 && v[0] == "prior" && v[1] == "linked" && v[2] == parameter
        }) {
            let all = AssumptionWords.describe(own.text, in: ref, language: l, plain: true)
            let name = (zh ? AssumptionWords.parametersZH : AssumptionWords.parametersEN)[parameter] ?? parameter
            return all.hasPrefix(name) ? String(all.dropFirst(name.count)).trimmingCharacters(in: .whitespaces) : all
        }
        // Plan-period investment on the plan's own path: the growth its total needs.
        if parameter == "investment_growth_plan",
            let t = ref.targets.first(where: { ref.evidence(of: $0) == "plan" && !$0.hasEnded }),
            ChartSpec.neededGrowth(t).isFinite
        {
            let rate = NumberFormat.rate(ChartSpec.neededGrowth(t))
            return zh ? "按规划路径，年均\(rate)" : "the plan's path, \(rate) a year"
        }
        if let prior = statedRates[parameter] {
            let whole = NumberFormat.fixed(expm1(prior.mean) * 100, decimals: 0) + "%"
            return zh ? "约\(whole)" : "about \(whole)"
        }
        return nil
    }
}

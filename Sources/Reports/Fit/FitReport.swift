public import Forecasting
public import PlanData
public import Simulation

/// `plansim fit`: per indicator the chosen model, the alternatives with their scores,
/// parameters ± SE with the prior's weight, and warnings; then the linked core.
public enum FitReport {
    public static func json(_ fits: [IndicatorFit], core: LinkedCoreFit, model: SimulationModel) -> JSONValue {
        func modelJSON(_ m: FittedModel) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("family", .string(m.family.rawValue)),
                ("params", .object(m.parameters.map { ($0.name, .finite($0.estimate)) })),
                ("se", .object(m.parameters.map { ($0.name, .finite($0.standardError)) })),
                ("prior_weight", .object(m.parameters.map { ($0.name, .finite($0.priorWeight)) })),
                ("aicc", .finite(m.aicc)), ("loo_rmse", .finite(m.looRMSE)),
                ("residual_sd", .finite(m.residualSD)), ("residual_sd_from_prior", .bool(m.residualSDFromPrior)),
                ("n", .integer(m.observations)), ("reconstructed", .bool(m.reconstructed)),
                ("warnings", .array(m.warnings.map(JSONValue.string))),
            ]
            if let g = m.grades { fields.append(("grey_grades", .object([("c", .finite(g.c)), ("p", .finite(g.p)), ("grade", .integer(g.grade))]))) }
            return .object(fields)
        }
        return .object([
            ("indicators", .array(fits.map { fit in
                .object([("indicator", .string(fit.indicator.id)), ("chosen", .string(fit.chosen.family.rawValue)),
                         ("chosen_by", .string(fit.chosenBy)),
                         ("models", .array(([fit.chosen] + fit.alternatives).map(modelJSON))),
                         ("not_fitted", .array(fit.failures.map { .object([("family", .string($0.family.rawValue)), ("reason", .string($0.reason))]) }))])
            })),
            ("linked_core", .object([
                ("params", .object(core.parameters.map { ($0.name, .finite($0.estimate)) })),
                ("se", .object(core.parameters.map { ($0.name, .finite($0.standardError)) })),
                ("prior_weight", .object(core.parameters.map { ($0.name, .finite($0.priorWeight)) })),
                ("reconstructed", .bool(core.reconstructed)), ("warnings", .array(core.warnings.map(JSONValue.string))),
            ])),
            ("simulation", simulationJSON(model)),
        ])
    }

    /// Exactly what the simulation runs: each process's rule, parameter means, Cholesky
    /// factor, shock SD and anchor; the linked core's means, SDs and anchors. The numpy
    /// peer of `Benchmarks/compare.sh montecarlo` reads this.
    static func simulationJSON(_ m: SimulationModel) -> JSONValue {
        func rule(_ r: GrowthRule) -> JSONValue {
            switch r {
            case .constant: return .object([("kind", .string("constant"))])
            case .damped(let year): return .object([("kind", .string("damped")), ("convergence_year", .integer(year))])
            case .ar1(let g): return .object([("kind", .string("ar1")), ("last_growth", .number(g))])
            case .logistic: return .object([("kind", .string("logistic"))])
            case .gompertz: return .object([("kind", .string("gompertz"))])
            }
        }
        var fields: [(String, JSONValue)] = [
            ("indicators", .array(m.indicators.map(JSONValue.string))), ("first_year", .integer(m.firstYear)), ("horizon", .integer(m.horizon)),
            ("univariate", .array(m.univariate.map { p in
                .object([("indicator", .string(p.indicator)), ("rule", rule(p.rule)), ("mean", .array(p.mean.map(JSONValue.number))),
                         ("cholesky", .array((0..<p.cholesky.rows).map { i in .array((0..<p.cholesky.columns).map { .number(p.cholesky[i, $0]) }) })),
                         ("shock_sd", .number(p.shockSD)), ("anchor_year", .integer(p.anchorYear)), ("anchor_value", .number(p.anchorValue))])
            })),
            ("targets", .array(m.targets.map { .object([("indicator", .string($0.indicator)), ("kind", .string($0.kind.rawValue)),
                                                        ("base", .number($0.base)), ("target", .number($0.target)),
                                                        ("base_year", .integer($0.baseYear)), ("target_year", .integer($0.targetYear))]) })),
        ]
        if let l = m.linked {
            let before = (m.actuals["fixed_investment"] ?? [:]).filter { $0.key < m.firstYear }.sorted { $0.key < $1.key }.map { JSONValue.number($0.value) }
            fields.append(("linked", .object([
                ("names", .array(LinkedCoreFit.parameterNames.map(JSONValue.string))), ("mean", .array(l.mean.map(JSONValue.number))),
                ("sd", .array(l.sd.map(JSONValue.number))), ("investment_history", .array(before)),
                ("investment_2020", .finite(m.actuals["fixed_investment"]?[m.firstYear - 1])),
                ("output_2020", .finite(m.actuals["industrial_output"]?[m.firstYear - 1])),
                ("employment_2020", .finite(m.actuals["new_employment"]?[m.firstYear - 1])),
                ("plan_end_year", .integer(l.fit.planEndYear)), ("output_anchor_year", .integer(l.fit.outputAnchorYear)),
                ("investment_shock_sd", .number(l.fit.investmentShockSD)), ("output_shock_sd", .number(l.fit.outputShockSD)),
                ("employment_shock_sd", .number(l.fit.employmentShockSD)),
            ])))
        }
        return .object(fields)
    }

    public static func text(_ fits: [IndicatorFit], core: LinkedCoreFit, language: Language) -> String {
        var lines: [String] = []
        for fit in fits {
            lines.append("\(fit.indicator.id) — \(fit.indicator.name(language)) (\(fit.indicator.unit(language)))")
            lines.append("  chosen: \(fit.chosen.family.rawValue) (by \(fit.chosenBy))")
            for m in [fit.chosen] + fit.alternatives {
                let scores = "AICc \(NumberFormat.value(m.aicc, digits: 4)), LOO RMSE \(NumberFormat.value(m.looRMSE, digits: 3)), shock SD \(NumberFormat.value(m.residualSD, digits: 3))\(m.residualSDFromPrior ? " (prior)" : ""), n = \(m.observations)"
                lines.append("  \(m.family == fit.chosen.family ? "*" : " ") \(m.family.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(scores)")
                for p in m.parameters {
                    let prior = p.prior.map { ", prior \($0) weight \(NumberFormat.percent(p.priorWeight))" } ?? ""
                    lines.append("        \(p.name) = \(NumberFormat.value(p.estimate, digits: 5)) ± \(NumberFormat.value(p.standardError, digits: 3))\(prior)")
                }
            }
            for f in fit.failures { lines.append("    \(f.family.rawValue): not fitted — \(f.reason)") }
            for w in Set(([fit.chosen] + fit.alternatives).flatMap(\.warnings)).sorted() { lines.append("  warning: \(w)") }
            lines.append("")
        }
        lines.append("linked core — investment → capital (perpetual inventory) → output Y = A·K^α → new employment")
        lines.append("  drives fixed_investment, industrial_output and new_employment in the baseline")
        for p in core.parameters {
            let prior = p.prior.map { ", prior \($0) weight \(NumberFormat.percent(p.priorWeight))" } ?? ""
            lines.append("    \(p.name) = \(NumberFormat.value(p.estimate, digits: 5)) ± \(NumberFormat.value(p.standardError, digits: 3))\(prior)")
        }
        for w in core.warnings { lines.append("  warning: \(w)") }
        return lines.joined(separator: "\n")
    }
}

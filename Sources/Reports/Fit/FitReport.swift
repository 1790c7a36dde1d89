public import Forecasting
public import PlanData
public import Simulation

/// `plansim fit`: per indicator the chosen model, the alternatives with their scores,
/// parameters ± SE with the prior's weight, and warnings; then the linked core.
public enum FitReport {
    /// The version of `plansim fit --json` (docs/json-formats.md), its first field. 2.0: the
    /// linked core's starting values are `investment_base`/`output_base`/`employment_base`
    /// (of `base_year`), no longer `…_2020`, and `long_run_year` is added.
    public static let formatVersion = "2.0"

    public static func json(
        _ fits: [IndicatorFit], core: LinkedCoreFit, model: SimulationModel,
        sensitivity: HeadlineSensitivity? = nil
    ) -> JSONValue {
        func modelJSON(_ m: FittedModel, _ fit: IndicatorFit) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("family", .string(m.family.rawValue)),
                ("params", .object(m.parameters.map { ($0.name, .finite($0.estimate)) })),
                ("se", .object(m.parameters.map { ($0.name, .finite($0.standardError)) })),
                ("prior_weight", .object(m.parameters.map { ($0.name, .finite($0.priorWeight)) })),
                // `aicc`: the model on its own points; `aicc_compared`: on the points every candidate
                // shares, the value its weight is computed from (null when weights are not AICc weights).
                ("aicc", .finite(m.aicc)), ("aicc_compared", .finite(fit.comparedAICc[m.family])),
                ("loo_rmse", .finite(m.looRMSE)),
                ("residual_sd", .finite(m.residualSD)), ("residual_sd_from_prior", .bool(m.residualSDFromPrior)),
                ("shock_dof", .finite(m.shockDegreesOfFreedom)), ("evidence", .string(m.evidence.rawValue)),
                ("n", .integer(m.observations)), ("reconstructed", .bool(m.reconstructed)),
                ("warnings", .array(m.warnings.map { .string($0.en) })),
            ]
            if let g = m.grades {
                fields.append(
                    ("grey_grades", .object([("c", .finite(g.c)), ("p", .finite(g.p)), ("grade", .integer(g.grade))])))
            }
            return .object(fields)
        }
        return .object([
            ("format_version", .string(formatVersion)),
            (
                "indicators",
                .array(
                    fits.map { fit in
                        .object([
                            ("indicator", .string(fit.indicator.id)), ("chosen", .string(fit.chosen.family.rawValue)),
                            ("chosen_by", .string(fit.chosenBy.en)), ("evidence", .string(fit.evidence.rawValue)),
                            (
                                "model_weights",
                                .array(
                                    fit.components.map {
                                        .object([
                                            ("model", .string($0.model.family.rawValue)),
                                            ("weight", .number($0.weight)),
                                        ])
                                    })
                            ),
                            ("models", .array(([fit.chosen] + fit.alternatives).map { modelJSON($0, fit) })),
                            (
                                "not_fitted",
                                .array(
                                    fit.failures.map {
                                        .object([
                                            ("family", .string($0.family.rawValue)), ("reason", .string($0.reason.en)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "linked_core",
                .object([
                    ("params", .object(core.parameters.map { ($0.name, .finite($0.estimate)) })),
                    ("se", .object(core.parameters.map { ($0.name, .finite($0.standardError)) })),
                    ("prior_weight", .object(core.parameters.map { ($0.name, .finite($0.priorWeight)) })),
                    ("reconstructed", .bool(core.reconstructed)),
                    ("warnings", .array(core.warnings.map { .string($0.en) })),
                    // Keyed by the plan's own role indicators (Haibin's: fixed_investment, industrial_output, new_employment).
                    (
                        "evidence",
                        .object([
                            (model.roles?.investment ?? "investment", .string(core.evidence.investment.rawValue)),
                            (model.roles?.output ?? "output", .string(core.evidence.output.rawValue)),
                            (model.roles?.employment ?? "employment", .string(core.evidence.employment.rawValue)),
                        ])
                    ),
                ])
            ),
            ("simulation", simulationJSON(model)),
            (
                "sensitivity",
                sensitivity.map { s in
                    .array(
                        s.rows.map { row in
                            .object([
                                ("parameter", .string(row.parameter)), ("quantile", .number(row.quantile)),
                                ("value", .number(row.value)),
                                ("probabilities", .object(zip(s.targets, row.probabilities).map { ($0, .finite($1)) })),
                            ])
                        })
                } ?? .null
            ),
        ])
    }

    /// Exactly what the simulation runs: each process's rule, parameter means, Cholesky
    /// factor, shock SD and anchor; the linked core's means, SDs and anchors. The numpy
    /// peer of `Benchmarks/compare.sh montecarlo` reads this.
    static func simulationJSON(_ m: SimulationModel) -> JSONValue {
        func rule(_ r: GrowthRule) -> JSONValue {
            switch r {
            case .damped(let year):
                return .object([("kind", .string(r.step.rawValue)), ("convergence_year", .integer(year))])
            case .ar1(let g): return .object([("kind", .string(r.step.rawValue)), ("last_growth", .number(g))])
            case .constant, .logistic, .gompertz: return .object([("kind", .string(r.step.rawValue))])
            }
        }
        var fields: [(String, JSONValue)] = [
            ("indicators", .array(m.indicators.map(JSONValue.string))), ("first_year", .integer(m.firstYear)),
            ("horizon", .integer(m.horizon)),
            (
                "univariate",
                .array(
                    m.univariate.map { p in
                        .object([
                            ("indicator", .string(p.indicator)), ("rule", rule(p.rule)),
                            ("mean", .array(p.mean.map(JSONValue.number))),
                            (
                                "cholesky",
                                .array(
                                    (0..<p.cholesky.rows).map { i in
                                        .array((0..<p.cholesky.columns).map { .number(p.cholesky[i, $0]) })
                                    })
                            ),
                            ("shock_sd", .number(p.shockSD)), ("anchor_year", .integer(p.anchorYear)),
                            ("anchor_value", .number(p.anchorValue)),
                            ("mixture", .array([.number(p.mixture.lowerBound), .number(p.mixture.upperBound)])),
                        ])
                    })
            ),
            (
                "shock_dof",
                .object(
                    m.indicators.compactMap { id in
                        let own =
                            m.univariate.filter { $0.indicator == id }.map(\.shockDegreesOfFreedom).min()
                            ?? (m.linked != nil ? BaselineAssumptions.shockPriorDegreesOfFreedom : nil)
                        return own.flatMap { $0.isFinite ? (id, JSONValue.number($0)) : nil }
                    })
            ),
            (
                "targets",
                .array(
                    m.targets.map {
                        .object([
                            ("indicator", .string($0.indicator)), ("kind", .string($0.kind.rawValue)),
                            ("base", .number($0.base)), ("target", .number($0.target)),
                            ("base_year", .integer($0.baseYear)), ("target_year", .integer($0.targetYear)),
                        ])
                    })
            ),
        ]
        if let l = m.linked {
            fields.append(
                (
                    "linked",
                    .object([
                        ("names", .array(LinkedCoreFit.parameterNames.map(JSONValue.string))),
                        ("mean", .array(l.mean.map(JSONValue.number))),
                        ("sd", .array(l.sd.map(JSONValue.number))),
                        // The values the core starts from: the plan's roles in `base_year`, the year before the
                        // first simulated year (Benchmarks/peers read them).
                        ("base_year", .integer(m.firstYear - 1)),
                        ("investment_base", .finite(m.roles.flatMap { m.actuals[$0.investment]?[m.firstYear - 1] })),
                        ("output_base", .finite(m.roles.flatMap { m.actuals[$0.output]?[m.firstYear - 1] })),
                        ("employment_base", .finite(m.roles.flatMap { m.actuals[$0.employment]?[m.firstYear - 1] })),
                        // The year TFP growth reaches its long-run rate by (the plan's vision, 2035 by default).
                        ("long_run_year", .integer(m.longRunYear)),
                        ("plan_end_year", .integer(l.fit.planEndYear)),
                        ("output_anchor_year", .integer(l.fit.outputAnchorYear)),
                        ("investment_shock_sd", .number(l.fit.investmentShockSD)),
                        ("output_shock_sd", .number(l.fit.outputShockSD)),
                        ("employment_shock_sd", .number(l.fit.employmentShockSD)),
                    ])
                ))
        }
        return .object(fields)
    }

    /// A year in subscript digits (`₂₀₂₀`), as the formulas write it.
    static func subscriptDigits(_ year: Int) -> String {
        String(
            String(year).unicodeScalars.map { c in
                c.properties.numericType == nil ? Character(c) : Character(UnicodeScalar(0x2080 + (c.value - 0x30))!)
            })
    }
}

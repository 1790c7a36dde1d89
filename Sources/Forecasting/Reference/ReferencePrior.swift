import Foundation
public import PlanData

/// An indicator's reference-class prior from a panel (``ReferencePanel``), by empirical
/// Bayes: yearly log growth g(u, t) of every unit u with values in consecutive years; a
/// year effect common to the units, a(t) = mean over units of g(u, t) − μ (μ the mean of
/// all growths), removed before the units are compared; each unit's mean growth m(u) over
/// its n(u) growths net of the year effects; the within-unit variance s²_w pooled over the
/// units (Σ (n(u) − 1) degrees of freedom) and the between-unit variance
/// τ² = max(var(m) − s²_w · mean(1/n), 0) (the spread of the units' true growths once the
/// noise in their means is taken out). The prior for a unit's growth now is N(μ, sd²) with
/// sd = √(τ² + s²_w · mean(1/n)): the spread of the class's growths, never narrower than a
/// unit's mean can be known from its own years. Rates are fractions of log growth.
public struct ReferencePrior: Sendable, Equatable {
    public let indicator: String
    /// Units with at least two growths.
    public let units: Int
    /// The growths the fit used.
    public let growths: Int
    public let mean: Double
    /// τ: the between-unit SD of growth.
    public let betweenSD: Double
    /// s_w: the within-unit SD of a year's growth (net of the year effects).
    public let withinSD: Double
    /// The common year effects a(t), by year (reported, not projected).
    public let yearEffects: [Int: Double]

    /// The prior of a unit's growth now.
    public var prior: Prior { Prior(mean: mean, sd: sd) }
    public let sd: Double

    /// The priors as a scenario's `prior` overrides: each indicator's starting growth
    /// (`growth_now`) from its reference-class prior. `propose --reference` and the
    /// `reference` prior set of `run --reference` (``PriorSet/reference``) both take them here.
    public static func growthOverrides(_ priors: [String: ReferencePrior]) -> [String: [String: Prior]] {
        priors.mapValues { ["growth_now": $0.prior] }
    }

    /// The prior of every indicator the panel gives.
    ///
    /// - Throws: ``InputErrors`` when an indicator has fewer than two units with two
    ///   growths each (three consecutive years), at its first line.
    public static func fit(_ panel: ReferencePanel) throws(InputErrors) -> [String: ReferencePrior] {
        var out: [String: ReferencePrior] = [:]
        var issues = BoundedIssues()
        let indicators = Array(Set(panel.rows.map(\.indicator))).sorted()
        for id in indicators {
            let rows = panel.rows.filter { $0.indicator == id }
            var growth: [String: [Int: Double]] = [:]
            for unit in Set(rows.map(\.unit)) {
                let byYear = Dictionary(
                    uniqueKeysWithValues: rows.filter { $0.unit == unit }.map { ($0.year, $0.value) })
                for (year, v) in byYear {
                    if let before = byYear[year - 1] { growth[unit, default: [:]][year] = log(v / before) }
                }
            }
            growth = growth.filter { $0.value.count >= 2 }
            guard growth.count >= 2 else {
                let line = rows.map(\.line).min() ?? 1
                issues.append(
                    InputIssue(
                        file: panel.file, line: line, column: 2, field: "indicator",
                        message: Phrase(
                            zh: "`\(id)` 只有 \(growth.count) 个单位有连续三年以上的数值，无法估计单位间的差异",
                            en:
                                "`\(id)` has \(growth.count) unit(s) with three or more consecutive years; the spread between units cannot be estimated"
                        ),
                        help: Phrase(
                            zh: "请至少给出两个单位各连续三年的数值，或删去该指标的各行",
                            en: "give at least two units three consecutive years each, or leave the indicator out")))
                continue
            }
            out[id] = estimate(id, growth: growth)
        }
        if !issues.isEmpty { throw issues.errors }
        return out
    }

    /// The estimate from each unit's growths by year (every unit has at least two).
    static func estimate(_ id: String, growth: [String: [Int: Double]]) -> ReferencePrior {
        let all = growth.values.flatMap(\.values)
        let mu = all.reduce(0, +) / Double(all.count)
        var effects: [Int: Double] = [:]
        for year in Set(growth.values.flatMap(\.keys)) {
            let g = growth.values.compactMap { $0[year] }
            effects[year] = g.reduce(0, +) / Double(g.count) - mu
        }
        var means: [Double] = [], inverse: [Double] = []
        var within = 0.0, dof = 0.0
        for unit in growth.keys.sorted() {
            let net = growth[unit]!.sorted { $0.key < $1.key }.map { $0.value - effects[$0.key]! }
            let m = net.reduce(0, +) / Double(net.count)
            means.append(m)
            inverse.append(1 / Double(net.count))
            within += net.reduce(0) { $0 + ($1 - m) * ($1 - m) }
            dof += Double(net.count - 1)
        }
        let sw2 = dof > 0 ? within / dof : 0
        let grand = means.reduce(0, +) / Double(means.count)
        let varMeans = means.reduce(0) { $0 + ($1 - grand) * ($1 - grand) } / Double(means.count - 1)
        let noise = sw2 * inverse.reduce(0, +) / Double(inverse.count)
        let tau2 = max(varMeans - noise, 0)
        return ReferencePrior(
            indicator: id, units: growth.count, growths: all.count, mean: mu, betweenSD: tau2.squareRoot(),
            withinSD: sw2.squareRoot(), yearEffects: effects, sd: (tau2 + noise).squareRoot())
    }
}

public import Forecasting
import Foundation
import LinearAlgebra
public import PlanData

/// A scenario that cannot be applied to the data (a conflict the text alone cannot show).
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in both languages.
    public let phrase: Phrase
    /// The English sentence.
    public var message: String { phrase.en }
    public var description: String { message }

    public init(_ phrase: Phrase) { self.phrase = phrase }
}

extension SimulationModel {
    /// The model of `scenario` on `dataset`: the baseline's fits with the scenario's
    /// model choices, priors, targets, horizon and adjustments.
    public static func build(_ dataset: Dataset, scenario: ScenarioSpec) throws(ScenarioError) -> (
        SimulationModel, [IndicatorFit], LinkedCoreFit
    ) {
        try scenario.validate(firstYear: dataset.firstSimulatedYear, horizons: dataset.horizons)
        var (model, fits, core) = baseline(
            dataset, horizon: scenario.horizon, models: scenario.models, priors: scenario.priors)
        if !scenario.targets.isEmpty {
            model.targets = model.targets.map { scenario.targets[$0.indicator] ?? $0 }
            for (id, t) in scenario.targets where !model.targets.contains(where: { $0.indicator == id }) {
                model.targets.append(t)
            }
        }
        model = try model.adjusted(by: scenario.adjustments)
        return (model, fits, core)
    }

    /// This model with scenario adjustments compiled in.
    public func adjusted(by adjustments: [String: [Adjustment]]) throws(ScenarioError) -> SimulationModel {
        var model = self
        var draws: [AdjustmentDraw] = []
        var compiled = [[KernelAdjustment]](repeating: [], count: model.indicators.count)
        var carries = 0
        for (id, list) in adjustments.sorted(by: { $0.key < $1.key }) {
            guard let i = model.index(of: id) else {
                throw ScenarioError(Phrase(zh: "未知指标 `\(id)`", en: "unknown indicator `\(id)`"))
            }
            let anchorYear =
                (model.actuals[id] ?? [:]).keys.filter { $0 < model.firstYear }.max() ?? (model.firstYear - 1)
            let anchor = model.actuals[id]?[anchorYear] ?? 1
            for adjustment in list {
                let key = "\(id):\(adjustment.kindName)"
                func add(_ d: Distribution, _ t: AdjustmentDraw.Transform) -> Int {
                    draws.append(AdjustmentDraw(key: key, distribution: d, transform: t))
                    return draws.count - 1
                }
                switch adjustment {
                case .growth(let years, let rate):
                    compiled[i].append(
                        KernelAdjustment(years: years, value: add(rate, .logGrowth), action: .replaceGrowth, carry: -1))
                case .level(let year, let value):
                    let span = year - anchorYear
                    guard span > 0 else {
                        throw ScenarioError(
                            Phrase(
                                zh: "`\(id)` 的 `level` 年份 \(year) 不晚于其最后一个实际年份 \(anchorYear)",
                                en: "`\(id)` level in \(year) is not after its last actual year \(anchorYear)"))
                    }
                    compiled[i].append(
                        KernelAdjustment(
                            years: (anchorYear + 1)...year,
                            value: add(value, .levelToGrowth(anchor: anchor, years: span)),
                            action: .replaceGrowth, carry: -1))
                case .step(let year, let amount, let relative):
                    compiled[i].append(
                        KernelAdjustment(
                            years: year...year, value: add(amount, .identity), action: .step(relative: relative),
                            carry: -1))
                case .shock(let years, let amount, let relative, let permanent):
                    compiled[i].append(
                        KernelAdjustment(
                            years: years, value: add(amount, .identity),
                            action: .shock(relative: relative, permanent: permanent),
                            carry: carries))
                    carries += 1
                case .growsAs(let driver, let elasticity, let years):
                    guard let j = model.index(of: driver) else {
                        throw ScenarioError(Phrase(zh: "未知指标 `\(driver)`", en: "unknown indicator `\(driver)`"))
                    }
                    compiled[i].append(
                        KernelAdjustment(
                            years: years, value: add(elasticity, .identity), action: .growsAs(driver: j), carry: -1))
                case .levels(let table):
                    compiled[i].append(
                        KernelAdjustment(
                            years: (table.keys.min() ?? 0)...(table.keys.max() ?? 0),
                            value: add(.constant(0), .identity),
                            action: .fixed(table), carry: -1))
                case .addFactor(let years, let rate):
                    compiled[i].append(
                        KernelAdjustment(years: years, value: add(rate, .logGrowth), action: .addGrowth, carry: -1))
                }
            }
        }
        // A scenario's assumption about an indicator's path is a stated assumption: its
        // forecast rests on it (shocks and steps leave the grade as it was).
        for (i, list) in compiled.enumerated() where i < model.evidence.count && list.contains(where: \.replacesPath) {
            model.evidence[i] = .prior
        }
        // …unless the assumed path is the target's own rate: then its odds are ≈ 50 % by
        // construction, as for the plan's investment path.
        for (id, list) in adjustments {
            guard let i = model.index(of: id), i < model.evidence.count,
                let target = model.targets.first(where: { $0.indicator == id })
            else { continue }
            let required = TargetArithmetic.assess(target, series: Series(indicator: id, points: [])).requiredGrowth
            let centred = list.contains { adjustment in
                guard case .growth(let years, let rate) = adjustment else { return false }
                return years.contains(target.baseYear + 1) && years.contains(target.targetYear)
                    && abs(rate.mean - required) <= 0.005
            }
            if centred { model.evidence[i] = .plan }
        }
        model.adjustments = compiled
        model.adjustmentDraws = draws
        model.shockCarries = carries
        model.univariate = try SimulationModel.orderForGrowsAs(model.univariate, compiled, model)
        return model
    }

    /// Where a sweep input lands: `assume:IND:KIND`, `prior:linked:PARAM` or
    /// `prior:IND:growth_now|growth_long_run`, and how to turn a sampled value into the
    /// kernel's units; nil when the model has no such number.
    public func sweepTarget(_ target: String) -> (ParameterOverride.Target, @Sendable (Double) -> Double)? {
        let parts = target.split(separator: ":").map(String.init)
        guard parts.count == 3 else { return nil }
        let rate: @Sendable (Double) -> Double = { log1p(max($0, -0.999_999)) }
        if parts[0] == "assume" {
            guard let k = adjustmentDraws.firstIndex(where: { $0.key == "\(parts[1]):\(parts[2])" }) else { return nil }
            let draw = adjustmentDraws[k]
            let transform: @Sendable (Double) -> Double = { draw.transformed($0) }
            return (.adjustment(k), transform)
        }
        if parts[1] == "linked" {
            guard let j = LinkedCoreFit.parameterNames.firstIndex(of: parts[2]) else { return nil }
            let identity: @Sendable (Double) -> Double = { $0 }
            let isRate = parts[2].hasPrefix("tfp") || parts[2].hasPrefix("investment")
            return (.linked(j), isRate ? rate : identity)
        }
        guard let p = univariate.firstIndex(where: { $0.indicator == parts[1] }), case .damped = univariate[p].rule
        else { return nil }
        return (.univariate(process: p, parameter: parts[2] == "growth_now" ? 0 : 1), rate)
    }

    /// Univariate processes ordered so that every `grows as` driver steps before the
    /// indicators that follow it.
    static func orderForGrowsAs(
        _ processes: [UnivariateProcess], _ adjustments: [[KernelAdjustment]],
        _ model: SimulationModel
    ) throws(ScenarioError) -> [UnivariateProcess] {
        var remaining = processes, ordered: [UnivariateProcess] = []
        while !remaining.isEmpty {
            let placed = Set(ordered.map(\.indicator))
            guard
                let k = remaining.firstIndex(where: { p in
                    adjustments[model.index(of: p.indicator)!].allSatisfy { a in
                        guard case .growsAs(let j) = a.action else { return true }
                        let driver = model.indicators[j]
                        return placed.contains(driver) || !remaining.contains { $0.indicator == driver }
                    }
                })
            else {
                throw ScenarioError(
                    Phrase(zh: "`grows as` 假设在以下指标间构成循环：", en: "`grows as` assumptions form a cycle among ")
                        + .codes(remaining.map(\.indicator)))
            }
            ordered.append(remaining.remove(at: k))
        }
        return ordered
    }
}

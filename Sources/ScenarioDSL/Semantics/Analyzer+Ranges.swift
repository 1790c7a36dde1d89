import Foundation
import PlanData
import Simulation

/// The documented range of every number a scenario hands the engine, checked where the
/// number is written so that `check` refuses what `run` could not simulate: nothing that
/// reaches the engine is NaN, infinite, a growth of −100 % or less, or a level that is not
/// positive. Limits (docs/scenario-language.md, "Ranges"):
///
/// - rates (growth, add-factor, relative steps and shocks, growth targets, growth priors):
///   above −100 % and at most +1,000 % a year; an uncertain rate's spread (sd) at most 100 %;
/// - levels and level targets: positive and within a factor of 1,000 of the indicator's
///   base-year value (2020 for Haibin's 14th plan); absolute steps and shocks: at most 1,000 times that value in size;
/// - elasticities: from −10 to 10; linked-core priors other than rates: from −10 to 10, sd
///   at most 10;
/// - lognormal: sigma at most 3, and its mean `exp(mu + σ²/2)` inside the range.
enum ValueRange {
    static let rateFloor = -1.0, rateCeiling = 10.0, rateSpread = 1.0
    static let levelFactor = 1_000.0
    static let elasticity = 10.0
    static let lognormalSigma = 3.0

    /// The smallest and largest values a distribution gives for range checks (the mean for
    /// unbounded laws), and its spread when it has one (sd or sigma).
    static func bounds(_ d: Distribution) -> (low: Double, high: Double, spread: Double?) {
        switch d {
        case .constant(let v): return (v, v, nil)
        case .normal(let m, let s): return (m, m, s)
        case .uniform(let a, let b): return (a, b, nil)
        case .triangular(let a, _, let b): return (a, b, nil)
        case .lognormal(_, let s):
            let m = d.mean
            return (m, m, s)
        }
    }
}

extension Analyzer {
    /// A rate: above −100 % and at most 1,000 % (a fraction). Reports and returns false when not.
    mutating func checkRate(_ d: Distribution, _ e: Element, what: String) -> Bool {
        let (low, high, spread) = ValueRange.bounds(d)
        if case .lognormal(_, let s) = d, s > ValueRange.lognormalSigma || !d.mean.isFinite {
            return refuse(
                Phrase(
                    zh: "\(Self.zh(what)) `\(e.text)` 超出范围：对数正态分布的 sigma 至多为 3，且均值须有限",
                    en: "\(what) `\(e.text)` is out of range: a lognormal's sigma must be at most 3 and its mean finite"
                ), e,
                help: Phrase(zh: "请写一个比率，如 `normal(5%, 1%)`", en: "write a rate such as `normal(5%, 1%)`"))
        }
        guard low > ValueRange.rateFloor, high <= ValueRange.rateCeiling, low.isFinite, high.isFinite else {
            return refuse(
                Phrase(
                    zh: "\(Self.zh(what)) `\(e.text)` 超出范围：年率须大于 -100% 且至多 1000%",
                    en: "\(what) `\(e.text)` is out of range: a yearly rate must be above -100% and at most 1000%"), e,
                help: low <= ValueRange.rateFloor
                    ? Phrase(
                        zh: "下降 100% 或更多会使指标归零；请写如 `-20%`",
                        en: "a fall of 100% or more would wipe the indicator out; write e.g. `-20%`")
                    : Phrase(zh: "请写一个年率，如 `5%`", en: "write a yearly rate such as `5%`"))
        }
        if let spread, !d.isLognormal, spread > ValueRange.rateSpread {
            return refuse(
                Phrase(
                    zh: "\(Self.zh(what)) `\(e.text)` 的标准差超过 100 个百分点",
                    en: "\(what) `\(e.text)` has a standard deviation above 100 percentage points"), e,
                help: Phrase(zh: "请写如 `normal(5%, 1%)`", en: "write e.g. `normal(5%, 1%)`"))
        }
        return true
    }

    /// A level (or an absolute amount when `signed`): positive and within a factor of 1,000
    /// of the indicator's base-year value (for amounts: at most 1,000 times it in size).
    mutating func checkLevel(_ d: Distribution, _ e: Element, indicator: Indicator, what: String, signed: Bool = false)
        -> Bool
    {
        let base = dataset.series(indicator.id).value(in: baseYear).map(abs) ?? 0
        let (low, high, spread) = ValueRange.bounds(d)
        let ceiling = base > 0 ? base * ValueRange.levelFactor : 1e12
        let floor = signed ? -ceiling : (base > 0 ? base / ValueRange.levelFactor : 0)
        let spreadOK: Bool = {
            guard let spread else { return true }
            return d.isLognormal ? spread <= ValueRange.lognormalSigma : spread <= ceiling
        }()
        guard low.isFinite, high.isFinite, signed ? low >= floor : low > 0 && low >= floor, high <= ceiling, spreadOK
        else {
            let unit = indicator.unitZH
            let range =
                signed
                ? Phrase(
                    zh: "绝对值至多 \(Self.short(ceiling)) \(unit)", en: "at most \(Self.short(ceiling)) \(unit) in size")
                : Phrase(
                    zh: "为正数，在 \(Self.short(floor)) 至 \(Self.short(ceiling)) \(unit)之间",
                    en: "positive and from \(Self.short(floor)) to \(Self.short(ceiling)) \(unit)")
            return refuse(
                Phrase(
                    zh:
                        "\(Self.zh(what)) `\(e.text)` 超出 `\(indicator.id)` 的范围：须\(range.zh)（与其 \(baseYear) 年值 \(Self.short(base)) \(unit)相差不超过 1,000 倍）",
                    en:
                        "\(what) `\(e.text)` is out of range for `\(indicator.id)`: it must be \(range.en) (within a factor of 1,000 of its \(baseYear) value \(Self.short(base)) \(unit))"
                ),
                e,
                help: signed
                    ? Phrase(
                        zh: "请以\(Phrase.spaced(unit))或百分比写出数量", en: "write the amount in \(unit), or as a percentage")
                    : Phrase(
                        zh: "请写一个与该指标量级相近、以\(Phrase.spaced(unit))计的水平值",
                        en: "write a level in \(unit) near the indicator's scale"))
        }
        return true
    }

    /// A plain bounded number (an elasticity or a linked-core parameter).
    mutating func checkBounded(_ d: Distribution, _ e: Element, what: String, limit: Double) -> Bool {
        let (low, high, spread) = ValueRange.bounds(d)
        guard low.isFinite, high.isFinite, low >= -limit, high <= limit, (spread ?? 0) <= limit else {
            return refuse(
                Phrase(
                    zh: "\(Self.zh(what)) `\(e.text)` 超出范围：须在 -\(Self.short(limit)) 至 \(Self.short(limit)) 之间",
                    en:
                        "\(what) `\(e.text)` is out of range: it must lie from -\(Self.short(limit)) to \(Self.short(limit))"
                ), e,
                help: Phrase(zh: "请写如 `0.8` 这样的值", en: "write a value such as `0.8`"))
        }
        return true
    }

    /// A sum target: positive, and at most 1,000 times the base-year value for each year up to 2100.
    mutating func checkSum(_ v: Double, _ e: Element, indicator: Indicator) -> Bool {
        let base = dataset.series(indicator.id).value(in: baseYear).map(abs) ?? 0
        let ceiling = base > 0 ? base * ValueRange.levelFactor * 80 : 1e12
        guard v > 0, v <= ceiling else {
            return refuse(
                Phrase(
                    zh: "累计目标 `\(e.text)` 超出 `\(indicator.id)` 的范围：须为正数，且至多 \(Self.short(ceiling)) \(indicator.unitZH)",
                    en:
                        "sum target `\(e.text)` is out of range for `\(indicator.id)`: it must be positive and at most \(Self.short(ceiling)) \(indicator.unitZH)"
                ), e,
                help: Phrase(
                    zh: "请写以\(Phrase.spaced(indicator.unitZH))计的各年合计",
                    en: "write the total over the years in \(indicator.unitZH)"))
        }
        return true
    }

    /// A sweep's distribution for `kind` (`growth`, `level`, `step`, …) of `indicator`, or
    /// for a prior (`indicator` nil, `rate` saying whether the parameter is a rate).
    mutating func checkVaried(_ d: Distribution, _ e: Element, kind: String, indicator: Indicator?, rate: Bool) -> Bool
    {
        switch kind {
        case "level": return indicator.map { checkLevel(d, e, indicator: $0, what: "level") } ?? true
        case "step", "shock":
            if isPercent(e) { return checkRate(d, e, what: kind) }
            return indicator.map { checkLevel(d, e, indicator: $0, what: kind, signed: true) } ?? true
        case "prior":
            return rate
                ? checkRate(d, e, what: "prior") : checkBounded(d, e, what: "prior", limit: ValueRange.elasticity)
        default: return checkRate(d, e, what: kind)
        }
    }

    mutating func refuse(_ message: Phrase, _ e: Element, help: Phrase) -> Bool {
        diagnostics.append(.invalidValue(message, e.range, help: help))
        return false
    }

    /// What a checked value is (`growth`, `prior`, …, as the English messages name it), in Chinese.
    static func zh(_ what: String) -> String {
        [
            "growth": "增长率", "add-factor": "附加因子", "add_factor": "附加因子", "level": "水平值", "step": "阶跃", "shock": "冲击",
            "prior": "先验", "elasticity": "弹性", "target": "目标", "target growth": "目标增速",
        ][what] ?? "`\(what)`"
    }

    static func short(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(format: "%.4g", v)
    }
}

extension Distribution {
    var isLognormal: Bool { if case .lognormal = self { return true } else { return false } }
}

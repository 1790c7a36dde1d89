import Foundation
import PlanData

/// The engine's own check of a compiled scenario, the last door before the kernel: every
/// number finite and in the range the kernel is built for. The scenario language refuses
/// all of this earlier with a located diagnostic (`plansim check`); this guard keeps any
/// other caller (a sweep, a library user) from handing the kernel a NaN, an infinity or
/// a year outside the simulated span.
extension ScenarioSpec {
    /// `firstYear` is the plan's first simulated year and `horizons` the horizons its
    /// period allows (``PlanData/Dataset/firstSimulatedYear``, ``PlanData/Dataset/horizons``;
    /// the defaults are Haibin's 14th plan's).
    /// - Throws: ``ScenarioError`` naming the first value out of range.
    public func validate(firstYear: Int = 2021, horizons: ClosedRange<Int> = 2025...2060) throws(ScenarioError) {
        func fail(_ zh: String, _ en: String) throws(ScenarioError) -> Never {
            throw ScenarioError(Phrase(zh: zh, en: en))
        }
        let span = firstYear...max(horizon, firstYear)
        guard horizons.contains(horizon) else {
            try fail(
                "展望年份 \(horizon) 不在 \(horizons.lowerBound)–\(horizons.upperBound) 之内",
                "horizon \(horizon) is outside \(horizons.lowerBound)–\(horizons.upperBound)")
        }
        guard paths >= 1 else { try fail("路径数至少为 1，实为 \(paths)", "paths must be at least 1, got \(paths)") }
        func years(_ ys: ClosedRange<Int>, _ what: Phrase) throws(ScenarioError) {
            guard span.contains(ys.lowerBound), span.contains(ys.upperBound) else {
                try fail(
                    "\(what.zh)：年份 \(ys.lowerBound)–\(ys.upperBound) 不在模拟年份 \(span.lowerBound)–\(span.upperBound) 之内",
                    "\(what.en): years \(ys.lowerBound)–\(ys.upperBound) are outside the simulated years \(span.lowerBound)–\(span.upperBound)"
                )
            }
        }
        func rate(_ d: Distribution, _ what: Phrase) throws(ScenarioError) {
            try finite(d, what)
            guard d.lowest > -1 else {
                try fail("\(what.zh)：增长率不能小于或等于 -100%（`\(d)`）", "\(what.en): a rate of -100% or less (\(d))")
            }
        }
        func finite(_ d: Distribution, _ what: Phrase) throws(ScenarioError) {
            guard d.isWellFormed else {
                try fail("\(what.zh)：`\(d)` 不是有限且形式正确的分布", "\(what.en): \(d) is not a finite, well-formed distribution")
            }
        }
        for (id, list) in adjustments.sorted(by: { $0.key < $1.key }) {
            for adjustment in list {
                let what = Phrase(zh: "`\(id)` 的 `\(adjustment.kindName)`", en: "`\(id)` \(adjustment.kindName)")
                switch adjustment {
                case .growth(let ys, let r), .addFactor(let ys, let r):
                    try years(ys, what)
                    try rate(r, what)
                case .level(let y, let v):
                    try years(y...y, what)
                    try finite(v, what)
                    guard v.lowest > 0 else {
                        try fail("\(what.zh)：水平值须为正（`\(v)`）", "\(what.en): a level must be positive (\(v))")
                    }
                case .step(let y, let a, let relative):
                    try years(y...y, what)
                    relative ? try rate(a, what) : try finite(a, what)
                case .shock(let ys, let a, let relative, let permanent):
                    try years(permanent ? ys.lowerBound...ys.lowerBound : ys, what)
                    relative ? try rate(a, what) : try finite(a, what)
                case .growsAs(_, let e, let ys):
                    try years(ys, what)
                    try finite(e, what)
                case .levels(let table):
                    for (y, v) in table {
                        try years(y...y, what)
                        guard v.isFinite, v > 0 else {
                            try fail(
                                "\(what.zh)：\(y) 年的水平值须为正数，实为 \(v)",
                                "\(what.en): the level for \(y) must be a positive number, got \(v)")
                        }
                    }
                }
            }
        }
        for (owner, list) in priors {
            for (parameter, prior) in list where !(prior.mean.isFinite && prior.sd.isFinite && prior.sd > 0) {
                try fail(
                    "先验 \(owner) \(parameter)：均值和标准差须为有限值且 sd > 0，实为 `\(prior)`",
                    "prior \(owner) \(parameter): mean and sd must be finite with sd > 0, got \(prior)")
            }
        }
        for t in targets.values {
            guard t.target.isFinite, t.target > 0, t.base.isFinite else {
                try fail(
                    "目标 `\(t.indicator)`：\(t.target) 不是正数",
                    "target `\(t.indicator)`: \(t.target) is not a positive number")
            }
            try years(t.targetYear...t.targetYear, Phrase(zh: "目标 `\(t.indicator)`", en: "target `\(t.indicator)`"))
        }
        for c in checks where !c.bound.isFinite {
            try fail("检验 `\(c.text)`：界限不是有限值", "check `\(c.text)`: its bound is not finite")
        }
        for (id, p) in inversions where !(p > 0 && p < 1) {
            try fail("反推 `\(id)`：概率 \(p) 不在 0 与 1 之间", "invert `\(id)`: probability \(p) is not between 0 and 1")
        }
    }
}

extension Distribution {
    /// Every parameter finite and the law well-formed (sd, sigma > 0; lower < upper).
    var isWellFormed: Bool {
        switch self {
        case .constant(let v): return v.isFinite
        case .normal(let m, let s): return m.isFinite && s.isFinite && s > 0
        case .uniform(let a, let b): return a.isFinite && b.isFinite && a < b
        case .triangular(let a, let m, let b): return a.isFinite && b.isFinite && a <= m && m <= b && a < b
        case .lognormal(let mu, let s): return mu.isFinite && s.isFinite && s > 0 && mean.isFinite
        }
    }

    /// The lowest value the law gives, its mean for the unbounded normal.
    var lowest: Double {
        switch self {
        case .constant(let v): return v
        case .normal(let m, _): return m
        case .uniform(let a, _), .triangular(let a, _, _): return a
        case .lognormal: return 0.0.nextUp
        }
    }
}

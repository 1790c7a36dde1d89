import PlanData
import Simulation

extension Analyzer {
    /// A plain number (a fraction when written with `%`); checks its unit against the
    /// indicator's when one is written.
    mutating func number(_ e: Element?, after: SourceRange, what: Phrase, indicator: Indicator? = nil) -> Double? {
        guard let e else {
            missing(what, after: after)
            return nil
        }
        guard case .number(let v, _, let unit) = e.kind else {
            diagnostics.append(.expected(what, found: .code(e.text), e.range))
            return nil
        }
        if let unit, let indicator, unit != indicator.unitZH {
            diagnostics.append(.unitMismatch(unit, expected: indicator.unitZH, indicator: indicator.id, e.range))
        }
        return v
    }

    /// A number or a distribution: `5%`, `normal(5%, 1%)`, `uniform(2%, 8%)`,
    /// `triangular(2%, 5%, 9%)`, `lognormal(0, 0.2)`.
    mutating func value(_ e: Element?, after: SourceRange, what: Phrase, indicator: Indicator? = nil) -> Distribution? {
        guard let e else {
            missing(what, after: after)
            return nil
        }
        guard case .distribution(let name, let args) = e.kind else {
            return number(e, after: after, what: what, indicator: indicator).map(Distribution.constant)
        }
        let a = args.compactMap { el -> Double? in
            if case .number(let v, _, _) = el.kind { return v } else { return nil }
        }
        func bad(_ message: Phrase, _ help: Phrase) -> Distribution? {
            diagnostics.append(.invalidDistribution(message, e.range, help: help))
            return nil
        }
        let arity = ["normal": 2, "uniform": 2, "triangular": 3, "lognormal": 2][name] ?? 0
        guard a.count == arity else {
            let form =
                [
                    "normal": "`normal(mean, sd)`", "uniform": "`uniform(lower, upper)`",
                    "triangular": "`triangular(lower, mode, upper)`",
                    "lognormal": "`lognormal(mu, sigma)`",
                ][name] ?? ""
            return bad(
                Phrase(
                    zh: "`\(name)` 需要 \(arity) 个数，实为 \(a.count) 个",
                    en: "`\(name)` takes \(arity) numbers, got \(a.count)"),
                name == "lognormal"
                    ? Phrase(zh: form + "，`mu` 和 `sigma` 为对数的参数", en: form + " with mu and sigma of the logarithm")
                    : Phrase(zh: form, en: form))
        }
        switch name {
        case "normal":
            guard a[1] > 0 else {
                return bad(
                    Phrase(
                        zh: "`normal` 的标准差须为正数，实为 \(a[1])",
                        en: "the standard deviation of `normal` must be positive, got \(a[1])"),
                    Phrase(zh: "请写 `normal(mean, sd)`，且 `sd > 0`", en: "write `normal(mean, sd)` with sd > 0"))
            }
            return .normal(mean: a[0], sd: a[1])
        case "uniform":
            guard a[0] < a[1] else {
                return bad(
                    Phrase(zh: "`uniform` 的下界须小于上界", en: "the lower bound of `uniform` must be below its upper bound"),
                    Phrase(
                        zh: "请写 `uniform(lower, upper)`，且 `lower < upper`",
                        en: "write `uniform(lower, upper)` with lower < upper"))
            }
            return .uniform(lower: a[0], upper: a[1])
        case "triangular":
            guard a[0] < a[2], a[0] <= a[1], a[1] <= a[2] else {
                return bad(
                    Phrase(
                        zh: "`triangular` 要求 `lower ≤ mode ≤ upper` 且 `lower < upper`",
                        en: "`triangular` needs lower ≤ mode ≤ upper and lower < upper"),
                    Phrase(zh: "请写 `triangular(lower, mode, upper)`", en: "write `triangular(lower, mode, upper)`"))
            }
            return .triangular(lower: a[0], mode: a[1], upper: a[2])
        default:
            guard a[1] > 0 else {
                return bad(
                    Phrase(
                        zh: "`lognormal` 的 `sigma` 须为正数，实为 \(a[1])",
                        en: "sigma of `lognormal` must be positive, got \(a[1])"),
                    Phrase(
                        zh: "请写 `lognormal(mu, sigma)`，且 `sigma > 0`", en: "write `lognormal(mu, sigma)` with sigma > 0"
                    ))
            }
            return .lognormal(mu: a[0], sigma: a[1])
        }
    }

    /// A simulated year: a whole number from the plan's first simulated year to 2100; the
    /// horizon is checked once inheritance is resolved.
    mutating func year(_ e: Element?, after: SourceRange) -> Int? {
        guard let e else {
            missing(Phrase(zh: "一个年份", en: "a year"), after: after)
            return nil
        }
        guard case .number(let v, false, nil) = e.kind, v == v.rounded(), abs(v) < 1e6 else {
            diagnostics.append(
                .expected(Phrase(zh: "年份，如 `2025`", en: "a year such as `2025`"), found: .code(e.text), e.range))
            return nil
        }
        guard simulatedYears.contains(Int(v)) else {
            diagnostics.append(.yearNotSimulated(Int(v), first: firstYear, e.range))
            return nil
        }
        return Int(v)
    }

    /// A range `2021..2025` or a single year, inside the simulated years.
    mutating func years(_ e: Element?, after: SourceRange) -> ClosedRange<Int>? {
        guard let e else {
            missing(Phrase(zh: "年份区间，如 `2021..2025`", en: "years such as `2021..2025`"), after: after)
            return nil
        }
        if case .range(let a, let b) = e.kind {
            guard a <= b else {
                diagnostics.append(.badRange(e.range))
                return nil
            }
            for y in [a, b] where !simulatedYears.contains(y) {
                diagnostics.append(.yearNotSimulated(y, first: firstYear, e.range))
                return nil
            }
            return a...b
        }
        return year(e, after: after).map { $0...$0 }
    }

    /// A name from a fixed set, with did-you-mean.
    mutating func word(_ e: Element?, after: SourceRange, role: Phrase, choices: [String]) -> String? {
        guard let e else {
            missing(
                Phrase(zh: "\(role.zh)（\(Phrase.codes(choices).zh)）", en: "a \(role.en) (\(Phrase.codes(choices).en))"),
                after: after)
            return nil
        }
        guard case .name(let w) = e.kind, choices.contains(w) else {
            diagnostics.append(.unknownWord(e.text, role: role, e.range, choices: choices))
            return nil
        }
        return w
    }

    /// Requires the keyword `w` at element `i`.
    mutating func keyword(_ w: String, _ elements: [Element], _ i: Int, after: SourceRange) -> Bool {
        guard i < elements.count else {
            missing(.code(w), after: after)
            return false
        }
        guard case .name(w) = elements[i].kind else {
            diagnostics.append(.expected(.code(w), found: .code(elements[i].text), elements[i].range))
            return false
        }
        return true
    }

    mutating func indicator(_ e: Element?, after: SourceRange) -> Indicator? {
        guard let e else {
            missing(Phrase(zh: "一个指标", en: "an indicator"), after: after)
            return nil
        }
        guard case .name(let n) = e.kind, let ind = names[n] ?? names[n.lowercased()] ?? dataset.resolve(n) else {
            diagnostics.append(
                .unknownIndicator(e.text, e.range, suggestions: Phrase.didYouMean(e.text, among: dataset.typableNames)))
            return nil
        }
        return ind
    }

    mutating func missing(_ what: Phrase, after: SourceRange) {
        diagnostics.append(.expected(what, found: .endOfLine, SourceRange(after.end, after.end + 1)))
    }

    /// Reports elements left over after a complete statement.
    mutating func noMore(_ elements: [Element], from i: Int) {
        if i < elements.count, i > 0, elements[i].kind == .comma, i + 1 < elements.count,
            case .number = elements[i - 1].kind, case .number(_, false, _) = elements[i + 1].kind,
            elements[i + 1].text.count == 3
        {
            // `paths 1,000`: a thousands separator, not a list.
            let digits = elements[(i - 1)...].filter { $0.kind != .comma }.map(\.text).joined()
            diagnostics.append(
                .invalidValue(
                    Phrase(zh: "数字不写千位分隔符", en: "numbers are written without thousands separators"), elements[i].range,
                    help: Phrase(zh: "请写 `\(digits)`", en: "write `\(digits)`")))
        } else if i < elements.count {
            diagnostics.append(
                .expected(
                    .endOfLine, found: .code(elements[i].text), elements[i].range,
                    help: Phrase(zh: "请删去多余的词", en: "remove the extra words")))
        }
    }
}

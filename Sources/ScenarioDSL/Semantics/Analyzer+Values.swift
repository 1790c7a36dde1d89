import PlanData
import Simulation

extension Analyzer {
    /// A plain number (a fraction when written with `%`); checks its unit against the
    /// indicator's when one is written.
    mutating func number(_ e: Element?, after: SourceRange, what: String, indicator: Indicator? = nil) -> Double? {
        guard let e else { missing(what, after: after); return nil }
        guard case .number(let v, _, let unit) = e.kind else {
            diagnostics.append(.expected(what, found: "`\(e.text)`", e.range)); return nil
        }
        if let unit, let indicator, unit != indicator.unitZH {
            diagnostics.append(.unitMismatch(unit, expected: indicator.unitZH, indicator: indicator.id, e.range))
        }
        return v
    }

    /// A number or a distribution: `5%`, `normal(5%, 1%)`, `uniform(2%, 8%)`,
    /// `triangular(2%, 5%, 9%)`, `lognormal(0, 0.2)`.
    mutating func value(_ e: Element?, after: SourceRange, what: String, indicator: Indicator? = nil) -> Distribution? {
        guard let e else { missing(what, after: after); return nil }
        guard case .distribution(let name, let args) = e.kind else {
            return number(e, after: after, what: what, indicator: indicator).map(Distribution.constant)
        }
        let a = args.compactMap { el -> Double? in if case .number(let v, _, _) = el.kind { return v } else { return nil } }
        func bad(_ message: String, _ help: String) -> Distribution? {
            diagnostics.append(.invalidDistribution(message, e.range, help: help)); return nil
        }
        let arity = ["normal": 2, "uniform": 2, "triangular": 3, "lognormal": 2][name] ?? 0
        guard a.count == arity else {
            return bad("`\(name)` takes \(arity) numbers, got \(a.count)",
                       ["normal": "`normal(mean, sd)`", "uniform": "`uniform(lower, upper)`", "triangular": "`triangular(lower, mode, upper)`",
                        "lognormal": "`lognormal(mu, sigma)` with mu and sigma of the logarithm"][name] ?? "")
        }
        switch name {
        case "normal":
            guard a[1] > 0 else { return bad("the standard deviation of `normal` must be positive, got \(a[1])", "write `normal(mean, sd)` with sd > 0") }
            return .normal(mean: a[0], sd: a[1])
        case "uniform":
            guard a[0] < a[1] else { return bad("the lower bound of `uniform` must be below its upper bound", "write `uniform(lower, upper)` with lower < upper") }
            return .uniform(lower: a[0], upper: a[1])
        case "triangular":
            guard a[0] < a[2], a[0] <= a[1], a[1] <= a[2] else {
                return bad("`triangular` needs lower ≤ mode ≤ upper and lower < upper", "write `triangular(lower, mode, upper)`")
            }
            return .triangular(lower: a[0], mode: a[1], upper: a[2])
        default:
            guard a[1] > 0 else { return bad("sigma of `lognormal` must be positive, got \(a[1])", "write `lognormal(mu, sigma)` with sigma > 0") }
            return .lognormal(mu: a[0], sigma: a[1])
        }
    }

    /// A simulated year: a whole number from the plan's first simulated year to 2100; the
    /// horizon is checked once inheritance is resolved.
    mutating func year(_ e: Element?, after: SourceRange) -> Int? {
        guard let e else { missing("a year", after: after); return nil }
        guard case .number(let v, false, nil) = e.kind, v == v.rounded(), abs(v) < 1e6 else {
            diagnostics.append(.expected("a year such as `2025`", found: "`\(e.text)`", e.range)); return nil
        }
        guard simulatedYears.contains(Int(v)) else { diagnostics.append(.yearNotSimulated(Int(v), first: firstYear, e.range)); return nil }
        return Int(v)
    }

    /// A range `2021..2025` or a single year, inside the simulated years.
    mutating func years(_ e: Element?, after: SourceRange) -> ClosedRange<Int>? {
        guard let e else { missing("years such as `2021..2025`", after: after); return nil }
        if case .range(let a, let b) = e.kind {
            guard a <= b else { diagnostics.append(.badRange(e.range)); return nil }
            for y in [a, b] where !simulatedYears.contains(y) {
                diagnostics.append(.yearNotSimulated(y, first: firstYear, e.range)); return nil
            }
            return a...b
        }
        return year(e, after: after).map { $0...$0 }
    }

    /// A name from a fixed set, with did-you-mean.
    mutating func word(_ e: Element?, after: SourceRange, role: String, choices: [String]) -> String? {
        guard let e else { missing("a \(role) (\(choices.map { "`\($0)`" }.joined(separator: ", ")))", after: after); return nil }
        guard case .name(let w) = e.kind, choices.contains(w) else {
            diagnostics.append(.unknownWord(e.text, role: role, e.range, choices: choices)); return nil
        }
        return w
    }

    /// Requires the keyword `w` at element `i`.
    mutating func keyword(_ w: String, _ elements: [Element], _ i: Int, after: SourceRange) -> Bool {
        guard i < elements.count else { missing("`\(w)`", after: after); return false }
        guard case .name(w) = elements[i].kind else {
            diagnostics.append(.expected("`\(w)`", found: "`\(elements[i].text)`", elements[i].range)); return false
        }
        return true
    }

    mutating func indicator(_ e: Element?, after: SourceRange) -> Indicator? {
        guard let e else { missing("an indicator", after: after); return nil }
        guard case .name(let n) = e.kind, let ind = names[n] ?? names[n.lowercased()] ?? dataset.resolve(n) else {
            diagnostics.append(.unknownIndicator(e.text, e.range, suggestions: DidYouMean.help(for: e.text, among: dataset.typableNames)))
            return nil
        }
        return ind
    }

    mutating func missing(_ what: String, after: SourceRange) {
        diagnostics.append(.expected(what, found: "end of line", SourceRange(after.end, after.end + 1)))
    }

    /// Reports elements left over after a complete statement.
    mutating func noMore(_ elements: [Element], from i: Int) {
        if i < elements.count, i > 0, elements[i].kind == .comma, i + 1 < elements.count,
           case .number = elements[i - 1].kind, case .number(_, false, _) = elements[i + 1].kind, elements[i + 1].text.count == 3 {
            // `paths 1,000`: a thousands separator, not a list.
            let digits = elements[(i - 1)...].filter { $0.kind != .comma }.map(\.text).joined()
            diagnostics.append(.invalidValue("numbers are written without thousands separators", elements[i].range,
                                             help: "write `\(digits)`"))
        } else if i < elements.count {
            diagnostics.append(.expected("end of line", found: "`\(elements[i].text)`", elements[i].range, help: "remove the extra words"))
        }
    }
}

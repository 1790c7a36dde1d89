import PlanData

/// Reading the elements of one plan statement: strings, names, years, amounts with units.
/// Each reader reports what it expected, at the element (or just after the keyword).
struct PlanElements {
    let statement: Statement
    var index = 0
    var diagnostics: [Diagnostic] = []

    init(_ s: Statement) { statement = s }

    var elements: [Element] { statement.elements }
    var current: Element? { index < elements.count ? elements[index] : nil }
    var atEnd: Bool { index >= elements.count }
    /// Where a missing element would have been.
    var here: SourceRange { current?.range ?? SourceRange(statement.range.end, statement.range.end) }

    mutating func expected(_ what: Phrase, help: Phrase? = nil) {
        diagnostics.append(.expected(what, found: current.map { .code($0.text) } ?? .endOfLine, here, help: help))
    }

    mutating func string(_ what: Phrase) -> String? {
        guard let e = current, case .string(let s) = e.kind else {
            expected(what)
            return nil
        }
        index += 1
        return s
    }

    mutating func name(_ what: Phrase) -> (String, SourceRange)? {
        guard let e = current, case .name(let n) = e.kind else {
            expected(what)
            return nil
        }
        index += 1
        return (n, e.range)
    }

    /// A name or a string (units and attributes may be written either way).
    mutating func word(_ what: Phrase) -> (String, SourceRange)? {
        guard let e = current else {
            expected(what)
            return nil
        }
        switch e.kind {
        case .name(let n), .string(let n):
            index += 1
            return (n, e.range)
        default:
            expected(what)
            return nil
        }
    }

    /// One of `choices` (did-you-mean when it is not).
    mutating func choice(_ role: Phrase, _ choices: [String]) -> (String, SourceRange)? {
        guard let (w, r) = word(Phrase(zh: role.zh, en: "a \(role.en)")) else { return nil }
        guard choices.contains(w) else {
            diagnostics.append(.unknownWord(w, role: role, r, choices: choices))
            return nil
        }
        return (w, r)
    }

    /// Consumes `word` if it comes next.
    mutating func accept(_ word: String) -> Bool {
        guard let e = current, case .name(word) = e.kind else { return false }
        index += 1
        return true
    }

    mutating func year(_ what: Phrase = Phrase(zh: "年份，如 `2025`", en: "a year such as `2025`")) -> (Int, SourceRange)? {
        guard let e = current, case .number(let v, false, nil) = e.kind, v == v.rounded(),
            (Double(PlanLimits.years.lowerBound)...Double(PlanLimits.years.upperBound)).contains(v)
        else {
            expected(what)
            return nil
        }
        index += 1
        return (Int(v), e.range)
    }

    mutating func years() -> (ClosedRange<Int>, SourceRange)? {
        guard let e = current, case .range(let a, let b) = e.kind else {
            expected(Phrase(zh: "年份区间，如 `2021..2025`", en: "years such as `2021..2025`"))
            return nil
        }
        index += 1
        guard a <= b else {
            diagnostics.append(.badRange(e.range))
            return nil
        }
        guard PlanLimits.years.contains(a), PlanLimits.years.contains(b) else {
            diagnostics.append(
                .yearsOutOfRange(
                    Phrase(
                        zh: "年份区间 \(a)..\(b) 超出 \(PlanLimits.years.lowerBound)–\(PlanLimits.years.upperBound)",
                        en: "years \(a)..\(b) are outside \(PlanLimits.years.lowerBound)–\(PlanLimits.years.upperBound)"
                    ), e.range))
            return nil
        }
        return (a...b, e.range)
    }

    /// A number and its unit: `30.02 亿元`, `35%`, `2363 家`; the unit may also follow as a
    /// separate word. `nil` unit when none is written (`%` for a percentage).
    mutating func amount(_ what: Phrase) -> (value: Double, percent: Bool, unit: String?, range: SourceRange)? {
        guard let e = current, case .number(let v, let percent, let attached) = e.kind else {
            expected(what)
            return nil
        }
        index += 1
        var unit = attached ?? (percent ? "%" : nil)
        var range = e.range
        if unit == nil, let next = current, case .name(let n) = next.kind, !PlanElements.reserved.contains(n) {
            index += 1
            range = SourceRange(e.range.start, next.range.end)
            guard PlanUnit.known.contains(n) else {
                diagnostics.append(.unknownUnit(n, next.range))
                return nil
            }
            unit = n
        }
        return (v, percent, unit, range)
    }

    /// Words that may follow an amount and are not units.
    static let reserved: Set<String> = [
        "about", "左右", "at", "for", "achieved", "commitment", "growth", "change", "sum", "points", "decline", "with",
        "estimate", "footnote",
    ]

    mutating func noMore() {
        guard let e = current else { return }
        diagnostics.append(
            .expected(
                .endOfLine, found: .code(e.text), e.range,
                help: Phrase(zh: "请删去多余的词，或另起一行", en: "remove the extra words, or start a new line")))
        index = elements.count
    }
}

import Forecasting
public import PlanData
import Simulation

/// Understands the statements of one scenario block: each becomes a ``Directive`` or
/// diagnostics pointing at the element at fault. Checks that need the resolved
/// scenario (years inside the horizon, overlaps after inheritance) happen in
/// ``ScenarioResolver``.
public struct Analyzer {
    let dataset: Dataset
    let source: SourceFile
    let scenario: String
    public var diagnostics: [Diagnostic] = []
    /// The years any statement may name: from the plan's first simulated year (2021 for
    /// Haibin's 14th plan) to the latest horizon's end; the scenario's own horizon is
    /// checked once inheritance is resolved.
    var simulatedYears: ClosedRange<Int> { firstYear...max(2100, firstYear) }
    /// The plan's first simulated year, the year after its base year.
    let firstYear: Int
    /// The plan's base year (2020 for Haibin's 14th plan).
    var baseYear: Int { firstYear - 1 }
    /// Statements a scenario states at most once.
    static let settings: Set<String> = ["horizon", "paths", "seed", "data", "output", "language"]

    /// Every name a person may type for an indicator (lowercased), for O(1) lookups.
    let names: [String: Indicator]

    public init(dataset: Dataset, source: SourceFile, scenario: String) {
        self.dataset = dataset
        self.source = source
        self.scenario = scenario
        firstYear = dataset.firstSimulatedYear
        var table: [String: Indicator] = [:]
        for indicator in dataset.indicators {
            for name in [indicator.id, indicator.nameZH, "\(indicator.nameZH)(\(indicator.unitZH))"] + indicator.aliases
            {
                table[name.lowercased()] = indicator
            }
        }
        names = table
    }

    /// The directives of `items` (statements and sweeps), in order.
    public mutating func analyze(_ items: [Item]) -> [Directive] {
        var out: [Directive] = []
        var growthLines: [String: [(ClosedRange<Int>, Int)]] = [:]
        var settings: [String: Int] = [:]
        for item in items {
            switch item {
            case .statement(let s):
                guard let d = statement(s) else { continue }
                if Analyzer.settings.contains(s.keyword) {
                    if let first = settings[s.keyword] {
                        diagnostics.append(
                            .invalidValue(
                                Phrase(
                                    zh: "情景 `\(scenario)` 中 `\(s.keyword)` 设了两次（第一次在第 \(first) 行）",
                                    en: "`\(s.keyword)` is set twice in scenario `\(scenario)` (first on line \(first))"
                                ), s.keywordRange,
                                help: Phrase(
                                    zh: "只保留一行 `\(s.keyword)`；继承另一情景的情景可用自己的一行覆盖它",
                                    en:
                                        "keep one `\(s.keyword)` line; a scenario that extends another overrides it with its own"
                                )))
                        continue
                    }
                    settings[s.keyword] = d.line
                }
                if case .adjustment(let id, let adj, let years?, let r?) = d.value {
                    let kind = adj.kindName
                    if ["growth", "add_factor", "grows_as", "level"].contains(kind) {
                        let key = "\(id):\(kind == "level" ? "growth" : kind)"
                        if let clash = growthLines[key]?.first(where: { $0.0.overlaps(years) }) {
                            diagnostics.append(
                                .overlapping(
                                    Phrase(
                                        zh: "`\(id)` 在 \(years.lowerBound)–\(years.upperBound) 年的 `\(kind)`",
                                        en: "`\(kind)` for `\(id)` over \(years.lowerBound)–\(years.upperBound)"),
                                    other: clash.1, r))
                        }
                        growthLines[key, default: []].append((years, d.line))
                    }
                }
                out.append(d)
            case .sweep(let block):
                if let d = sweep(block) { out.append(d) }
            case .comment, .blank:
                break
            }
        }
        return out
    }

    func make(_ v: Directive.Value, group: String, _ s: Statement) -> Directive {
        Directive(
            value: v, group: group, text: Formatter.statementText(s), scenario: scenario, file: source.path,
            line: source.location(s.range.start).line)
    }

    mutating func statement(_ s: Statement) -> Directive? {
        guard !s.damaged else { return nil }
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        switch s.keyword {
        case "title":
            let strings = e.compactMap { x -> String? in
                if case .string(let t) = x.kind { return t } else { return nil }
            }
            guard let first = strings.first, strings.count == e.count, e.count <= 2, !first.isEmpty else {
                diagnostics.append(
                    .expected(
                        Phrase(
                            zh: "加引号的标题，如 `title \"疫情冲击情景\" \"Epidemic shock\"`",
                            en: "a title in quotes, e.g. `title \"疫情冲击情景\" \"Epidemic shock\"`"),
                        found: el(0).map { .code($0.text) } ?? .endOfLine, el(0)?.range ?? at))
                return nil
            }
            return make(.title(zh: first, en: strings.count > 1 ? strings[1] : nil), group: "title", s)
        case "horizon":
            guard let x = el(0) else {
                missing(Phrase(zh: "一个年份", en: "a year"), after: at)
                return nil
            }
            guard case .number(let v, false, nil) = x.kind, v == v.rounded(), abs(v) < 1e6 else {
                diagnostics.append(
                    .expected(Phrase(zh: "年份，如 `2035`", en: "a year such as `2035`"), found: .code(x.text), x.range))
                return nil
            }
            let y = Int(v)
            let horizons = dataset.horizons
            guard horizons.contains(y) else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(
                            zh: "展望年 \(y) 不在 \(horizons.lowerBound)–\(horizons.upperBound) 之内",
                            en: "horizon \(y) is outside \(horizons.lowerBound)–\(horizons.upperBound)"), e[0].range,
                        help: Phrase(
                            zh: "plansim 从 \(firstYear) 年模拟到 \(horizons.lowerBound) 至 \(horizons.upperBound) 之间的展望年",
                            en:
                                "plansim simulates from \(firstYear) to a horizon from \(horizons.lowerBound) to \(horizons.upperBound)"
                        )))
                return nil
            }
            noMore(e, from: 1)
            return make(.horizon(y, e[0].range), group: "horizon", s)
        case "paths":
            guard let v = number(el(0), after: at, what: Phrase(zh: "路径数", en: "a number of paths")), v == v.rounded(),
                (1...1e8).contains(v)
            else {
                if let x = el(0) {
                    diagnostics.append(
                        .invalidValue(
                            Phrase(
                                zh: "`paths` 须为 1 至 100,000,000 之间的整数",
                                en: "`paths` must be a whole number from 1 to 100,000,000"), x.range,
                            help: Phrase(zh: "例如 `paths 100000`", en: "e.g. `paths 100000`")))
                }
                return nil
            }
            noMore(e, from: 1)
            return make(.paths(Int(v)), group: "paths", s)
        case "seed":
            // Read from the digits as written, so every 64-bit seed is exact (as with `--seed`).
            guard let x = el(0), case .number(_, false, nil) = x.kind,
                let seed = UInt64(x.text.hasPrefix("+") ? String(x.text.dropFirst()) : x.text)
            else {
                if let x = el(0) {
                    diagnostics.append(
                        .invalidValue(
                            Phrase(
                                zh: "`seed` 须为 0 至 18446744073709551615（2^64 - 1）之间的整数",
                                en: "`seed` must be a whole number from 0 to 18446744073709551615 (2^64 - 1)"), x.range,
                            help: Phrase(zh: "例如 `seed 20210929`", en: "e.g. `seed 20210929`")))
                } else {
                    missing(Phrase(zh: "随机种子", en: "a seed"), after: at)
                }
                return nil
            }
            noMore(e, from: 1)
            return make(.seed(seed), group: "seed", s)
        case "data":
            guard let x = el(0) else {
                missing(Phrase(zh: "`embedded` 或加引号的文件名", en: "`embedded` or a file name in quotes"), after: at)
                return nil
            }
            noMore(e, from: 1)
            if case .name("embedded") = x.kind { return make(.data(nil, x.range), group: "data", s) }
            if case .string(let path) = x.kind { return make(.data(path, x.range), group: "data", s) }
            diagnostics.append(
                .expected(
                    Phrase(zh: "`embedded` 或加引号的文件名", en: "`embedded` or a file name in quotes"), found: .code(x.text),
                    x.range))
            return nil
        case "plan":
            // Read before analysis by ``PlanSetting``; here only its form is checked.
            guard let x = el(0) else {
                missing(Phrase(zh: "加引号的规划文件名", en: "a plan file name in quotes"), after: at)
                return nil
            }
            guard case .string = x.kind else {
                diagnostics.append(
                    .expected(Phrase(zh: "加引号的规划文件名", en: "a plan file name in quotes"), found: .code(x.text), x.range))
                return nil
            }
            noMore(e, from: 1)
            return nil
        case "output":
            var formats: [String] = []
            for x in e where x.kind != .comma {
                if let f = word(x, after: at, role: Phrase(zh: "输出格式", en: "output format"), choices: Keywords.outputs)
                {
                    formats.append(f)
                }
            }
            if formats.isEmpty {
                missing(Phrase(zh: "格式，如 `md, html`", en: "formats such as `md, html`"), after: at)
                return nil
            }
            return make(.outputs(formats), group: "output", s)
        case "language":
            guard let l = word(el(0), after: at, role: Phrase(zh: "语言", en: "language"), choices: ["zh", "en"]) else {
                return nil
            }
            noMore(e, from: 1)
            return make(.language(l), group: "language", s)
        case "assume": return assume(s)
        case "shock": return shock(s)
        case "model":
            guard let ind = indicator(el(0), after: at) else { return nil }
            if dataset.roles?.contains(ind.id) == true {
                diagnostics.append(
                    .notInLinkedCore(
                        Phrase(
                            zh: "`\(ind.id)` 由联动核心决定，不能更换其模型",
                            en: "`\(ind.id)` follows the linked core; its model cannot be changed"), e[0].range))
                return nil
            }
            guard
                let f = word(
                    el(1), after: e[0].range, role: Phrase(zh: "模型族", en: "model family"), choices: Keywords.families)
            else { return nil }
            noMore(e, from: 2)
            return make(.model(indicator: ind.id, ModelFamily(rawValue: f)!), group: "model:\(ind.id)", s)
        case "prior": return prior(s)
        case "target": return target(s)
        case "invert":
            guard let ind = indicator(el(0), after: at) else { return nil }
            guard keyword("probability", e, 1, after: e[0].range),
                let p = number(
                    el(2), after: e[1].range, what: Phrase(zh: "概率，如 `80%`", en: "a probability such as `80%`"))
            else { return nil }
            guard p > 0 && p < 1 else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(zh: "概率须在 0% 与 100% 之间", en: "probability must be between 0% and 100%"), e[2].range,
                        help: Phrase(zh: "例如 `probability 80%`", en: "e.g. `probability 80%`")))
                return nil
            }
            guard keyword("lever", e, 3, after: e[2].range),
                word(el(4), after: e[3].range, role: Phrase(zh: "调节杠杆", en: "lever"), choices: ["investment_growth"])
                    != nil
            else { return nil }
            guard dataset.target(ind.id) != nil else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(zh: "`\(ind.id)` 没有可反推的目标", en: "`\(ind.id)` has no target to invert"), e[0].range,
                        help: Phrase(zh: "请先为它写一条 `target`", en: "state a `target` for it first")))
                return nil
            }
            noMore(e, from: 5)
            return make(.invert(indicator: ind.id, probability: p), group: "invert:\(ind.id):\(p)", s)
        case "check": return check(s)
        case "sweep":
            diagnostics.append(
                .expected(Phrase(zh: "开启 sweep 块的 `{`", en: "`{` to open a sweep block"), found: .endOfLine, s.range))
            return nil
        default:
            diagnostics.append(
                .unknownKeyword(
                    s.keyword, s.keywordRange, suggestions: Phrase.didYouMean(s.keyword, among: Keywords.statements)))
            return nil
        }
    }
}

import Forecasting
import Foundation
import PlanData
import Simulation

extension Analyzer {
    mutating func assume(_ s: Statement) -> Directive? {
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        guard let ind = indicator(el(0), after: at),
            let kind = word(
                el(1), after: e[0].range, role: Phrase(zh: "假设", en: "assumption"), choices: Keywords.assumptionKinds)
        else { return nil }
        let id = ind.id
        switch kind {
        case "growth", "add_factor":
            guard
                let v = value(
                    el(2), after: e[1].range, what: Phrase(zh: "增长率，如 `5%`", en: "a growth rate such as `5%`")),
                keyword("over", e, 3, after: e[2].range), let ys = years(el(4), after: e[3].range),
                checkRate(v, e[2], what: kind == "growth" ? "growth" : "add-factor")
            else { return nil }
            noMore(e, from: 5)
            let adj: Adjustment = kind == "growth" ? .growth(years: ys, rate: v) : .addFactor(years: ys, rate: v)
            return make(
                .adjustment(indicator: id, adj, years: ys, yearsRange: e[4].range),
                group: "assume:\(id):\(kind == "growth" ? "growth" : "add_factor")", s)
        case "level":
            guard let v = value(el(2), after: e[1].range, what: Phrase(zh: "水平值", en: "a level"), indicator: ind),
                keyword("in", e, 3, after: e[2].range), let y = year(el(4), after: e[3].range),
                checkLevel(v, e[2], indicator: ind, what: "level")
            else { return nil }
            noMore(e, from: 5)
            return make(
                .adjustment(indicator: id, .level(year: y, value: v), years: firstYear...y, yearsRange: e[4].range),
                group: "assume:\(id):growth", s)
        case "step":
            guard let x = el(2),
                let v = value(
                    x, after: e[1].range,
                    what: Phrase(zh: "阶跃，如 `+5%` 或 `+2 亿元`", en: "a step such as `+5%` or `+2 亿元`"), indicator: ind),
                keyword("in", e, 3, after: x.range), let y = year(el(4), after: e[3].range),
                isPercent(x)
                    ? checkRate(v, x, what: "step") : checkLevel(v, x, indicator: ind, what: "step", signed: true)
            else { return nil }
            noMore(e, from: 5)
            return make(
                .adjustment(
                    indicator: id, .step(year: y, amount: v, relative: isPercent(x)), years: y...y,
                    yearsRange: e[4].range),
                group: "assume:\(id):step:\(y)", s)
        case "grows_as":
            guard dataset.roles?.contains(id) != true else {
                diagnostics.append(
                    .notInLinkedCore(
                        Phrase(
                            zh: "`\(id)` 由联动核心决定，不能 `grows_as` 另一指标",
                            en: "`\(id)` follows the linked core and cannot `grows_as` another indicator"), e[1].range))
                return nil
            }
            guard let driver = indicator(el(2), after: e[1].range), keyword("elasticity", e, 3, after: e[2].range),
                let v = value(
                    el(4), after: e[3].range, what: Phrase(zh: "弹性，如 `0.8`", en: "an elasticity such as `0.8`")),
                keyword("over", e, 5, after: e[4].range), let ys = years(el(6), after: e[5].range),
                checkBounded(v, e[4], what: "elasticity", limit: ValueRange.elasticity)
            else { return nil }
            if driver.id == id {
                diagnostics.append(
                    .invalidValue(
                        Phrase(zh: "`\(id)` 不能随自身增长", en: "`\(id)` cannot grow as itself"), e[2].range,
                        help: Phrase(zh: "请写另一个指标", en: "name another indicator")))
                return nil
            }
            noMore(e, from: 7)
            return make(
                .adjustment(
                    indicator: id, .growsAs(driver: driver.id, elasticity: v, years: ys), years: ys,
                    yearsRange: e[6].range),
                group: "assume:\(id):grows_as", s)
        default:  // levels_from
            guard let x = el(2), case .string(let file) = x.kind else {
                if let x = el(2) {
                    diagnostics.append(
                        .expected(Phrase(zh: "加引号的文件名", en: "a file name in quotes"), found: .code(x.text), x.range))
                } else {
                    missing(Phrase(zh: "加引号的文件名", en: "a file name in quotes"), after: e[1].range)
                }
                return nil
            }
            noMore(e, from: 3)
            return make(.levelsFrom(indicator: id, file: file, x.range), group: "assume:\(id):levels_from", s)
        }
    }

    func isPercent(_ e: Element) -> Bool {
        if case .number(_, true, _) = e.kind { return true }
        if case .distribution(_, let args) = e.kind, let first = args.first, case .number(_, true, _) = first.kind {
            return true
        }
        return false
    }

    /// `shock IND VALUE in YEARS` (one-off) or `shock IND VALUE from YEAR` (permanent).
    mutating func shock(_ s: Statement) -> Directive? {
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        // `-400 kg in 2022`: a word between the amount and `in`/`from` is a unit plansim
        // does not know, not a timing.
        if let e0 = el(0), case .name(let n) = e0.kind,
            let ind = names[n] ?? names[n.lowercased()] ?? dataset.resolve(n), let u = el(2),
            case .name(let word) = u.kind, !["in", "from"].contains(word),
            let next = el(3), case .name(let w3) = next.kind, ["in", "from"].contains(w3)
        {
            diagnostics.append(.unitMismatch(word, expected: ind.unitZH, indicator: ind.id, u.range))
            return nil
        }
        guard let ind = indicator(el(0), after: at), let x = el(1),
            let v = value(
                x, after: e[0].range,
                what: Phrase(zh: "冲击，如 `-8%` 或 `-300 人`", en: "a shock such as `-8%` or `-300 人`"), indicator: ind),
            let how = word(
                el(2), after: x.range, role: Phrase(zh: "冲击时点", en: "shock timing"), choices: ["in", "from"])
        else {
            if e.count == 1 { missing(Phrase(zh: "冲击，如 `-8%`", en: "a shock such as `-8%`"), after: e[0].range) }
            return nil
        }
        let permanent = how == "from"
        let ys: ClosedRange<Int>?
        if permanent {
            ys = year(el(3), after: e[2].range).map { $0...2100 }
        } else {
            ys = years(el(3), after: e[2].range)
        }
        guard let ys,
            isPercent(x)
                ? checkRate(v, x, what: "shock") : checkLevel(v, x, indicator: ind, what: "shock", signed: true)
        else { return nil }
        noMore(e, from: 4)
        // A permanent shock runs to the horizon; its first year must be a simulated one.
        return make(
            .adjustment(
                indicator: ind.id, .shock(years: ys, amount: v, relative: isPercent(x), permanent: permanent),
                years: permanent ? ys.lowerBound...ys.lowerBound : ys, yearsRange: e[3].range),
            group: "shock:\(ind.id):\(e[3].text):\(how)", s)
    }

    /// `prior IND growth_now normal(m, s)` or `prior linked PARAM normal(m, s)`.
    mutating func prior(_ s: Statement) -> Directive? {
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        guard let first = el(0) else {
            missing(Phrase(zh: "一个指标或 `linked`", en: "an indicator or `linked`"), after: at)
            return nil
        }
        let owner: String, choices: [String]
        if case .name("linked") = first.kind {
            owner = "linked"
            choices = LinkedCoreFit.parameterNames
        } else {
            guard let ind = indicator(first, after: at) else { return nil }
            if dataset.roles?.contains(ind.id) == true {
                diagnostics.append(
                    .notInLinkedCore(
                        Phrase(
                            zh: "`\(ind.id)` 由联动核心决定：请用 `prior linked …` 设定其先验",
                            en: "`\(ind.id)` follows the linked core: set its priors with `prior linked …`"),
                        first.range))
                return nil
            }
            owner = ind.id
            choices = ["growth_now", "growth_long_run"]
        }
        guard
            let parameter = word(el(1), after: first.range, role: Phrase(zh: "参数", en: "parameter"), choices: choices),
            let v = value(
                el(2), after: e[1].range,
                what: Phrase(zh: "先验分布，如 `normal(3%, 1%)`", en: "a prior such as `normal(3%, 1%)`"))
        else { return nil }
        guard case .normal(let m, let sd) = v else {
            diagnostics.append(
                .invalidDistribution(
                    Phrase(zh: "先验须为正态分布", en: "priors are normal"), e[2].range,
                    help: Phrase(zh: "请写 `normal(mean, sd)`", en: "write `normal(mean, sd)`")))
            return nil
        }
        let isRate = owner != "linked" || parameter.hasPrefix("investment") || parameter.hasPrefix("tfp")
        guard
            isRate
                ? checkRate(v, e[2], what: "prior") : checkBounded(v, e[2], what: "prior", limit: ValueRange.elasticity)
        else { return nil }
        noMore(e, from: 3)
        let mean = isRate ? log1p(m) : m
        return make(
            .prior(owner: owner, parameter: parameter, Prior(mean: mean, sd: sd)), group: "prior:\(owner):\(parameter)",
            s)
    }

    /// `target IND level N by YEAR`, `target IND sum N over RANGE`, `target IND growth R over RANGE`.
    mutating func target(_ s: Statement) -> Directive? {
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        guard let ind = indicator(el(0), after: at),
            let kind = word(
                el(1), after: e[0].range, role: Phrase(zh: "目标类型", en: "target kind"),
                choices: ["level", "sum", "growth"]),
            let v = number(
                el(2), after: e[1].range,
                what: kind == "growth"
                    ? Phrase(zh: "增长率，如 `5%`", en: "a growth rate such as `5%`") : Phrase(zh: "一个数", en: "a number"),
                indicator: kind == "growth" ? nil : ind)
        else { return nil }
        guard
            kind == "growth"
                ? checkRate(.constant(v), e[2], what: "target growth")
                : kind == "sum"
                    ? checkSum(v, e[2], indicator: ind) : checkLevel(.constant(v), e[2], indicator: ind, what: "target")
        else { return nil }
        let base = dataset.series(ind.id).value(in: baseYear) ?? 1
        let target: PlanTarget
        if kind == "level" {
            guard keyword("by", e, 3, after: e[2].range), let y = year(el(4), after: e[3].range) else { return nil }
            target = PlanTarget(
                indicator: ind.id, baseYear: baseYear, base: base, targetYear: y, target: v,
                kind: ind.kind == .stockCount ? .stock : ind.kind == .annualFlow ? .flow : .level)
        } else {
            guard keyword("over", e, 3, after: e[2].range), let ys = years(el(4), after: e[3].range) else { return nil }
            if kind == "sum" {
                guard ys.lowerBound == firstYear else {
                    diagnostics.append(
                        .invalidValue(
                            Phrase(
                                zh: "累计目标从 \(firstYear) 年（\(baseYear) 年基期的次年）起算",
                                en: "a sum target runs from \(firstYear) (the year after the \(baseYear) base)"),
                            e[4].range,
                            help: Phrase(
                                zh: "请写 `over \(firstYear)..\(ys.upperBound)`",
                                en: "write `over \(firstYear)..\(ys.upperBound)`")))
                    return nil
                }
                target = PlanTarget(
                    indicator: ind.id, baseYear: baseYear, base: base, targetYear: ys.upperBound, target: v,
                    kind: .periodSum)
            } else {
                let start = ys.lowerBound - 1
                let from = dataset.series(ind.id).value(in: start) ?? base
                target = PlanTarget(
                    indicator: ind.id, baseYear: start, base: from, targetYear: ys.upperBound,
                    target: from * pow(1 + v, Double(ys.count)), kind: .level)
            }
        }
        noMore(e, from: 5)
        return make(.target(target, yearsRange: e[4].range), group: "target:\(ind.id)", s)
    }

    /// `check IND STAT OP NUMBER [in YEAR | over RANGE]`.
    mutating func check(_ s: Statement) -> Directive? {
        let e = s.elements, at = s.keywordRange
        func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
        guard let ind = indicator(el(0), after: at),
            let stat = word(
                el(1), after: e[0].range, role: Phrase(zh: "统计量", en: "statistic"),
                choices: ResultCheck.Statistic.allCases.map(\.rawValue))
        else { return nil }
        guard let op = el(2), case .comparison(let c) = op.kind, let comparison = ResultCheck.Comparison(rawValue: c)
        else {
            if let x = el(2) {
                diagnostics.append(
                    .expected(
                        Phrase(zh: "比较符 `<`、`<=`、`>` 或 `>=`", en: "a comparison `<`, `<=`, `>` or `>=`"),
                        found: .code(x.text), x.range))
            } else {
                missing(Phrase(zh: "比较符", en: "a comparison"), after: e[1].range)
            }
            return nil
        }
        guard let bound = number(el(3), after: op.range, what: Phrase(zh: "界值", en: "a bound"), indicator: ind) else {
            return nil
        }
        var ys: ClosedRange<Int> = simulatedYears
        var yearsRange: SourceRange?
        if let w = el(4) {
            guard
                let how = word(
                    w, after: e[3].range, role: Phrase(zh: "检查期间", en: "check period"), choices: ["in", "over"]),
                let parsed = years(el(5), after: w.range)
            else { return nil }
            if how == "in" && parsed.count > 1 {
                diagnostics.append(
                    .expected(
                        Phrase(zh: "`in` 之后的一个年份", en: "one year after `in`"), found: .code(e[5].text), e[5].range))
                return nil
            }
            ys = parsed
            yearsRange = e[5].range
            noMore(e, from: 6)
        }
        let result = ResultCheck(
            indicator: ind.id, statistic: ResultCheck.Statistic(rawValue: stat)!, comparison: comparison, bound: bound,
            years: ys,
            text: Formatter.statementText(s))
        return make(.check(result, yearsRange: yearsRange), group: "check:\(Formatter.statementText(s))", s)
    }

    /// A `sweep NAME { … }` block (validated here; run by `plansim sweep`).
    mutating func sweep(_ b: SweepBlock) -> Directive? {
        var spec = SweepSpec(name: b.name)
        for item in b.items {
            guard case .statement(let s) = item else { continue }
            let e = s.elements
            func el(_ i: Int) -> Element? { i < e.count ? e[i] : nil }
            switch s.keyword {
            case "vary":
                guard
                    let what = word(
                        el(0), after: s.keywordRange, role: Phrase(zh: "变动对象", en: "thing to vary"),
                        choices: ["assume", "prior"])
                else { continue }
                if what == "assume" {
                    guard let ind = indicator(el(1), after: e[0].range),
                        let kind = word(
                            el(2), after: e[1].range, role: Phrase(zh: "假设", en: "assumption"),
                            choices: ["growth", "add_factor", "level", "step", "shock"]),
                        let d = value(
                            el(3), after: e[2].range,
                            what: Phrase(zh: "分布，如 `uniform(2%, 8%)`", en: "a distribution such as `uniform(2%, 8%)`")),
                        checkVaried(d, e[3], kind: kind, indicator: ind, rate: true)
                    else { continue }
                    spec.inputs.append(
                        .init(name: "\(ind.id).\(kind)", target: "assume:\(ind.id):\(kind)", distribution: d))
                } else {
                    guard let first = el(1) else {
                        missing(Phrase(zh: "`linked` 或一个指标", en: "`linked` or an indicator"), after: e[0].range)
                        continue
                    }
                    let owner: String
                    if case .name("linked") = first.kind {
                        owner = "linked"
                    } else if let ind = indicator(first, after: e[0].range) {
                        owner = ind.id
                    } else {
                        continue
                    }
                    let choices = owner == "linked" ? LinkedCoreFit.parameterNames : ["growth_now", "growth_long_run"]
                    guard
                        let p = word(
                            el(2), after: first.range, role: Phrase(zh: "参数", en: "parameter"), choices: choices),
                        let d = value(
                            el(3), after: e[2].range,
                            what: Phrase(
                                zh: "分布，如 `uniform(0.25, 0.45)`", en: "a distribution such as `uniform(0.25, 0.45)`")),
                        checkVaried(
                            d, e[3], kind: "prior", indicator: nil,
                            rate: owner != "linked" || p.hasPrefix("investment") || p.hasPrefix("tfp"))
                    else { continue }
                    spec.inputs.append(.init(name: "\(owner).\(p)", target: "prior:\(owner):\(p)", distribution: d))
                }
            case "method":
                if let m = word(
                    el(0), after: s.keywordRange, role: Phrase(zh: "抽样方法", en: "sampling method"),
                    choices: Keywords.methods)
                {
                    spec.method = m
                }
            case "samples":
                if let v = number(el(0), after: s.keywordRange, what: Phrase(zh: "样本数", en: "a number of samples")),
                    v == v.rounded(), v >= 2, v <= 1e7
                {
                    spec.samples = Int(v)
                } else if let x = el(0) {
                    diagnostics.append(
                        .invalidValue(
                            Phrase(
                                zh: "`samples` 须为 2 至 10,000,000 之间的整数",
                                en: "`samples` must be a whole number from 2 to 10,000,000"), x.range,
                            help: Phrase(zh: "例如 `samples 1024`", en: "e.g. `samples 1024`")))
                }
            case "measure":
                guard
                    let stat = word(
                        el(0), after: s.keywordRange, role: Phrase(zh: "度量", en: "measure"),
                        choices: ["probability", "p50", "mean"]),
                    let ind = indicator(el(1), after: e[0].range)
                else { continue }
                spec.measures.append("\(stat):\(ind.id)")
            case "second_order":
                if let w = word(
                    el(0), after: s.keywordRange, role: Phrase(zh: "设置", en: "setting"), choices: ["yes", "no"])
                {
                    spec.secondOrder = w == "yes"
                }
            default:
                diagnostics.append(
                    .unknownWord(
                        s.keyword, role: Phrase(zh: "sweep 语句", en: "sweep statement"), s.keywordRange,
                        choices: Keywords.sweepStatements))
            }
        }
        return Directive(
            value: .sweep(spec), group: "sweep:\(b.name)", text: "sweep \(b.name)", scenario: scenario,
            file: source.path,
            line: source.location(b.range.start).line)
    }
}

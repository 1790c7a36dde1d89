import PlanData

/// What one `indicator ID { … }` block states, before targets are tied to the base.
struct IndicatorDraft {
    let id: String
    let range: SourceRange
    var nameZH = "", nameEN = ""
    var unitZH = "", unitEN = ""
    var kind: IndicatorKind?
    var attribute: PlanAttribute = .indicative
    var location = ""
    var aliases: [String] = []
    var base: (year: Int, value: Double, range: SourceRange)?
    /// The footnote on the base value (`estimate "*" note_id`).
    var baseNote: ValueNote?
    var targets: [TargetDraft] = []
    var sums: [PeriodSum] = []
}

/// A target as written: its year, how it is stated, and where.
struct TargetDraft {
    enum Form {
        case level(Double)
        case growth(Double)
        case change(Double)
        case sum(Double, ClosedRange<Int>)
        /// Percentage points over the period (a `%` indicator only).
        case points(Double)
        /// A cumulative decline, a positive fraction.
        case decline(Double)
        /// Words as printed.
        case qualitative(String)

        /// Whether the target means nothing without a printed base.
        var needsBase: Bool {
            switch self {
            case .level, .growth, .change, .points: true
            case .sum, .decline, .qualitative: false
            }
        }
    }
    let year: Int
    let form: Form
    let direction: TargetDirection
    let approximate: Bool
    /// `with growth 12%` after a level.
    var besideGrowth: PrintedGrowth? = nil
    let range: SourceRange
}

extension PlanCompiler {
    mutating func indicator(_ block: IndicatorBlock) {
        if let place = indicatorPlaces[block.id] {
            diagnostics.append(.duplicateIndicator(block.id, first: line(indicators[place].range), block.idRange))
            return
        }
        var draft = IndicatorDraft(id: block.id, range: block.idRange)
        var seenHere: [String: Int] = [:]
        // Units first, so amounts anywhere in the block convert to the indicator's unit.
        for case .statement(let s) in block.items where s.keyword == "unit" { unitStatement(s, &draft) }
        for item in block.items {
            guard case .statement(let s) = item else {
                if case .sweep(let w) = item {
                    diagnostics.append(
                        .unknownPlanStatement(
                            "sweep", w.nameRange, among: PlanKeywords.indicatorStatements,
                            place: Phrase(zh: "指标块", en: "an indicator")))
                }
                continue
            }
            if ["name", "unit", "kind", "attribute", "at", "aliases", "base"].contains(s.keyword) {
                if let first = seenHere[s.keyword] {
                    diagnostics.append(.repeatedStatement(s.keyword, first: first, s.keywordRange))
                    continue
                }
                seenHere[s.keyword] = line(s.keywordRange)
            }
            if s.keyword != "unit" { indicatorStatement(s, &draft) }
        }
        if draft.nameZH.isEmpty {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "指标 `\(block.id)` 没有 `name`", en: "indicator `\(block.id)` has no `name`"),
                    block.idRange,
                    help: Phrase(zh: "请加上 `name \"中文名\" \"English name\"`", en: "add `name \"中文名\" \"English name\"`")))
        }
        if draft.unitZH.isEmpty && seenHere["unit"] == nil {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "指标 `\(block.id)` 没有 `unit`", en: "indicator `\(block.id)` has no `unit`"),
                    block.idRange,
                    help: Phrase(zh: "请加上单位，如 `unit 亿元`", en: "add e.g. `unit 亿元`")))
        }
        if draft.kind == nil {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "指标 `\(block.id)` 没有 `kind`", en: "indicator `\(block.id)` has no `kind`"),
                    block.idRange,
                    help: Phrase(
                        zh: "请加上 `kind`，取以下之一：" + Phrase.codes(PlanKeywords.kinds).zh,
                        en: "add `kind` with one of " + Phrase.codes(PlanKeywords.kinds).en)))
        }
        // A base written but refused has its own diagnostic.
        if draft.targets.contains(where: { $0.form.needsBase }) && draft.base == nil && seenHere["base"] == nil {
            diagnostics.append(
                .planMissing(
                    Phrase(
                        zh: "指标 `\(block.id)` 有目标但没有 `base`", en: "indicator `\(block.id)` has targets but no `base`"),
                    block.idRange,
                    help: Phrase(
                        zh: "请加上 `base YEAR VALUE`：规划的起点值", en: "add `base YEAR VALUE`: the value the plan starts from")
                ))
        }
        indicatorPlaces[draft.id] = indicators.count
        indicators.append(draft)
    }

    mutating func unitStatement(_ s: Statement, _ d: inout IndicatorDraft) {
        var e = PlanElements(s)
        defer {
            e.noMore()
            diagnostics += e.diagnostics
        }
        guard let (unit, range) = e.word(Phrase(zh: "单位，如 `亿元`", en: "a unit such as `亿元`")) else { return }
        guard PlanUnit.known.contains(unit) else {
            diagnostics.append(.unknownUnit(unit, range))
            return
        }
        d.unitZH = unit
        d.unitEN = PlanUnit.english(unit)
        if let en = e.current, case .string(let text) = en.kind {
            d.unitEN = text
            e.index += 1
        }
    }

    mutating func indicatorStatement(_ s: Statement, _ d: inout IndicatorDraft) {
        var e = PlanElements(s)
        defer {
            e.noMore()
            diagnostics += e.diagnostics
        }
        switch s.keyword {
        case "name":
            guard let zh = e.string(Phrase(zh: "加引号的中文名称", en: "the Chinese name in quotes")) else { return }
            d.nameZH = zh
            d.nameEN = e.atEnd ? zh : (e.string(Phrase(zh: "加引号的英文名称", en: "the English name in quotes")) ?? zh)
        case "kind":
            guard let (k, _) = e.choice(Phrase(zh: "指标类型", en: "indicator kind"), PlanKeywords.kinds + ["stock_count"])
            else { return }
            d.kind = k == "stock" ? .stockCount : IndicatorKind(rawValue: k)
        case "attribute":
            guard let (a, _) = e.choice(Phrase(zh: "属性", en: "attribute"), PlanKeywords.attributes) else { return }
            d.attribute = a == "约束性" || a == "binding" ? .binding : .indicative
        case "at":
            d.location =
                e.string(
                    Phrase(
                        zh: "规划中的出处，加引号，如 `\"专栏1 第1项\"`", en: "where the plan states it, in quotes, e.g. `\"专栏1 第1项\"`")
                ) ?? ""
        case "aliases":
            while !e.atEnd {
                if let c = e.current, c.kind == .comma {
                    e.index += 1
                    continue
                }
                guard let (alias, _) = e.word(Phrase(zh: "加引号的名称", en: "a name in quotes")) else { return }
                d.aliases.append(alias)
            }
        case "base":
            guard let (year, _) = e.year(),
                let amount = e.amount(Phrase(zh: "基期值，如 `30.02 亿元`", en: "the base value, e.g. `30.02 亿元`")),
                let value = convert(amount, to: d),
                within(value, Phrase(zh: "基期值", en: "base value"), unit: d.unitZH, amount.range)
            else { return }
            d.base = (year, value, amount.range)
            d.baseNote = valueNote(&e)
        case "target": target(&e, &d)
        case "sum":
            guard let (years, _) = e.years(),
                let amount = e.amount(Phrase(zh: "印发的累计值，如 `183.36 亿元`", en: "the printed total, e.g. `183.36 亿元`")),
                let value = convert(amount, to: d),
                within(value, Phrase(zh: "印发的累计值", en: "printed total"), unit: d.unitZH, amount.range)
            else { return }
            let definition =
                e.current.flatMap {
                    if case .string(let t) = $0.kind {
                        e.index += 1
                        return t
                    } else {
                        return nil
                    }
                } ?? ""
            var location = ""
            if e.accept("at") {
                location = e.string(Phrase(zh: "规划中印发的位置，加引号", en: "where the plan prints it, in quotes")) ?? ""
            }
            d.sums.append(PeriodSum(of: d.id, years: years, value: value, definition: definition, location: location))
        case "note":
            guard let (id, _) = e.name(Phrase(zh: "一个注释 id", en: "a note id")),
                let zh = e.string(Phrase(zh: "加引号的中文注释", en: "the note in Chinese, in quotes")),
                let en = e.string(Phrase(zh: "加引号的英文注释", en: "the note in English, in quotes"))
            else { return }
            notes.append((DataNote(note: id, indicator: d.id, textZH: zh, textEN: en), s.keywordRange))
        default:
            diagnostics.append(
                .unknownPlanStatement(
                    s.keyword, s.keywordRange, among: PlanKeywords.indicatorStatements,
                    place: Phrase(zh: "指标块", en: "an indicator")))
            e.index = s.elements.count
        }
    }

    /// `estimate|footnote ["MARK"] [NOTE_ID]` after a value: the footnote printed on it.
    mutating func valueNote(_ e: inout PlanElements) -> ValueNote? {
        let estimate = e.accept("estimate")
        guard estimate || e.accept("footnote") else { return nil }
        var mark = ""
        if let c = e.current, case .string(let m) = c.kind {
            mark = m
            e.index += 1
        }
        var note: String?
        if let c = e.current, case .name(let n) = c.kind {
            note = n
            e.index += 1
        }
        return ValueNote(mark: mark, estimate: estimate, note: note)
    }

    /// `target YEAR [>=|<=] VALUE [UNIT] [about] [with growth 6% [about]]`,
    /// `target YEAR [>=|<=] growth 6% [about]`, `target YEAR [>=|<=] change -13.5% [about]`,
    /// `target YEAR [>=|<=] points 0.7 [about]`, `target YEAR [>=|<=] decline 14% [about]`,
    /// `target YEAR "与经济增长基本同步"`, `target sum A..B [>=|<=] VALUE [UNIT] [about]`.
    mutating func target(_ e: inout PlanElements, _ d: inout IndicatorDraft) {
        let start = e.here
        var year: Int
        var sumYears: ClosedRange<Int>?
        if e.accept("sum") {
            guard let c = e.current, case .range = c.kind else {
                diagnostics.append(.sumWithoutYears(e.here))
                e.index = e.elements.count
                return
            }
            guard let (years, _) = e.years() else { return }
            sumYears = years
            year = years.upperBound
        } else {
            guard
                let (y, _) = e.year(
                    Phrase(
                        zh: "目标年份，如 `2025`，或 `sum 2021..2025`", en: "a target year such as `2025`, or `sum 2021..2025`")
                )
            else { return }
            year = y
        }
        var direction = TargetDirection.floor
        if let c = e.current, case .comparison(let op) = c.kind {
            guard op == ">=" || op == "<=" else {
                e.expected(Phrase(zh: "`>=`（至少）或 `<=`（至多）", en: "`>=` (at least) or `<=` (at most)"))
                return
            }
            direction = op == "<=" ? .ceiling : .floor
            e.index += 1
        }
        let form: TargetDraft.Form
        if sumYears == nil, let c = e.current, case .string(let words) = c.kind {
            e.index += 1
            form = .qualitative(words)
        } else if sumYears == nil && (e.accept("growth") || e.accept("change") || e.accept("decline")) {
            let word = e.elements[e.index - 1].text
            guard let c = e.current, case .number(let rate, true, nil) = c.kind else {
                e.expected(Phrase(zh: "带 `%` 的比率，如 `6%`", en: "a rate with `%`, e.g. `6%`"))
                return
            }
            e.index += 1
            form = word == "growth" ? .growth(rate) : word == "change" ? .change(rate) : .decline(rate)
        } else if sumYears == nil && e.accept("points") {
            guard d.unitZH == "%" else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(
                            zh: "百分点目标只适用于单位为 `%` 的指标，`\(d.id)` 的单位是 `\(d.unitZH)`",
                            en: "a percentage-point target needs a `%` indicator; `\(d.id)` is in `\(d.unitZH)`"),
                        e.elements[e.index - 1].range,
                        help: Phrase(zh: "请改用 `change` 或 `growth`", en: "use `change` or `growth` instead")))
                e.index = e.elements.count
                return
            }
            guard let c = e.current, case .number(let p, false, nil) = c.kind else {
                e.expected(Phrase(zh: "百分点数，如 `0.7`（不带 `%`）", en: "the points, e.g. `0.7` (without `%`)"))
                return
            }
            e.index += 1
            form = .points(p)
        } else {
            guard let amount = e.amount(Phrase(zh: "目标值，如 `39.4 亿元`", en: "the target value, e.g. `39.4 亿元`")),
                let value = convert(amount, to: d),
                within(value, Phrase(zh: "目标值", en: "target value"), unit: d.unitZH, amount.range)
            else { return }
            if sumYears != nil && value < 0 {
                diagnostics.append(
                    .invalidValue(
                        Phrase(
                            zh: "期间累计目标不能为负数（\(PlanWriter.number(value))）",
                            en: "a period-sum target cannot be negative (\(PlanWriter.number(value)))"), amount.range,
                        help: Phrase(
                            zh: "累计下降请写 `target YEAR decline 14%`",
                            en: "for a cumulative decline write `target YEAR decline 14%`")))
                return
            }
            form = sumYears.map { .sum(value, $0) } ?? .level(value)
        }
        let approximate = e.accept("about") || e.accept("左右")
        var beside: PrintedGrowth?
        if case .level = form, e.accept("with") {
            guard e.accept("growth") else {
                e.expected(Phrase(zh: "`growth`，如 `with growth 6%`", en: "`growth`, as in `with growth 6%`"))
                return
            }
            guard let c = e.current, case .number(let rate, true, nil) = c.kind else {
                e.expected(Phrase(zh: "带 `%` 的比率，如 `6%`", en: "a rate with `%`, e.g. `6%`"))
                return
            }
            e.index += 1
            beside = PrintedGrowth(rate: rate, approximate: e.accept("about") || e.accept("左右"))
        }
        d.targets.append(
            TargetDraft(
                year: year, form: form, direction: direction, approximate: approximate, besideGrowth: beside,
                range: SourceRange(start.start, e.elements[max(0, e.index - 1)].range.end)))
    }

    /// Whether `value` lies within ``PlanLimits/valueCeiling`` (finite); E049 at `r` when not.
    mutating func within(_ value: Double, _ what: Phrase, unit: String, _ r: SourceRange) -> Bool {
        guard !PlanLimits.accepts(value) else { return true }
        diagnostics.append(.valueOutOfRange(what, value, unit: unit, r))
        return false
    }

    /// The amount in the indicator's unit: `万元` converts to `亿元` and the like; a unit of
    /// another quantity is an error. Percent indicators take `35` or `35%` alike.
    mutating func convert(_ a: (value: Double, percent: Bool, unit: String?, range: SourceRange), to d: IndicatorDraft)
        -> Double?
    {
        guard let unit = a.unit, !d.unitZH.isEmpty else { return a.value }
        if d.unitZH == "%" { return a.percent ? a.value * 100 : a.value }
        guard let factor = PlanUnit.factor(from: unit, to: d.unitZH) else {
            diagnostics.append(.unitMismatch(unit, expected: d.unitZH, indicator: d.id, a.range))
            return nil
        }
        return factor == 1 ? a.value : a.value * factor
    }
}

public import PlanData

/// Compiles a `plan NAME { … }` block to the ``Dataset`` every command reads: indicators,
/// base values, targets, printed sums, facts, caveats and the linked core's roles.
/// Never stops at the first problem: every diagnostic of the block is found in one pass,
/// and a dataset is returned only when there is no error (docs/plan-files.md).
public struct PlanCompiler {
    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    /// Plan-level statements by keyword, with the line they were first stated on.
    var seen: [String: Int] = [:]
    var title = "", titleEN = "", issuer = "", published = "", description = ""
    var period: ClosedRange<Int>?
    var periodRange: SourceRange?
    var roles: [String: (String, SourceRange)] = [:]
    var indicators: [IndicatorDraft] = []
    /// Each indicator's place in `indicators`, by id (a table of thousands of rows compiles in linear time).
    var indicatorPlaces: [String: Int] = [:]
    var facts: [PlanFact] = []
    var notes: [(DataNote, SourceRange)] = []

    /// Compiles `decl`; `provenance` says where its text came from.
    public static func compile(_ decl: PlanDecl, source: SourceFile, provenance: Provenance) -> (
        dataset: Dataset?, diagnostics: [Diagnostic]
    ) {
        var compiler = PlanCompiler(source: source)
        for item in decl.items {
            switch item {
            case .statement(let s): compiler.planStatement(s)
            case .indicator(let block): compiler.indicator(block)
            case .comment, .blank: break
            }
        }
        let dataset = compiler.finish(decl, provenance: provenance)
        return (compiler.diagnostics.contains { $0.severity == .error } ? nil : dataset, compiler.diagnostics)
    }

    func line(_ r: SourceRange) -> Int { source.location(r.start).line }

    mutating func once(_ s: Statement) -> Bool {
        if let first = seen[s.keyword] {
            diagnostics.append(.repeatedStatement(s.keyword, first: first, s.keywordRange))
            return false
        }
        seen[s.keyword] = line(s.keywordRange)
        return true
    }

    mutating func planStatement(_ s: Statement) {
        var e = PlanElements(s)
        defer {
            e.noMore()
            diagnostics += e.diagnostics
        }
        switch s.keyword {
        case "title", "title_en", "issuer", "published", "source":
            guard once(s), let text = e.string(Phrase(zh: "加引号的文字", en: "a text in quotes")) else { return }
            switch s.keyword {
            case "title": title = text
            case "title_en": titleEN = text
            case "issuer": issuer = text
            case "published": published = text
            default: description = text
            }
        case "period":
            guard once(s), let (years, range) = e.years() else { return }
            period = years
            periodRange = range
        case "linked":
            guard let (role, roleRange) = e.choice(Phrase(zh: "联动核心角色", en: "linked-core role"), PlanKeywords.roles),
                let (id, range) = e.name(Phrase(zh: "一个指标 id", en: "an indicator id"))
            else { return }
            if let first = roles[role] {
                diagnostics.append(.repeatedStatement("linked \(role)", first: line(first.1), roleRange))
                return
            }
            roles[role] = (id, range)
        case "fact": fact(&e)
        case "note":
            guard let (id, _) = e.name(Phrase(zh: "一个注释 id", en: "a note id")) else { return }
            var indicator: (String, SourceRange)?
            if e.accept("for") { indicator = e.name(Phrase(zh: "一个指标 id", en: "an indicator id")) }
            guard let zh = e.string(Phrase(zh: "加引号的中文注释", en: "the note in Chinese, in quotes")),
                let en = e.string(Phrase(zh: "加引号的英文注释", en: "the note in English, in quotes"))
            else { return }
            notes.append(
                (DataNote(note: id, indicator: indicator?.0, textZH: zh, textEN: en), indicator?.1 ?? s.keywordRange))
        default:
            diagnostics.append(
                .unknownPlanStatement(
                    s.keyword, s.keywordRange, among: PlanKeywords.planStatements + ["indicator"],
                    place: Phrase(zh: "规划块", en: "a plan")))
            e.index = s.elements.count
        }
    }

    /// `fact ID "zh" "en" VALUE UNIT "unit_en" YEAR|A..B achieved|commitment at "where"`.
    mutating func fact(_ e: inout PlanElements) {
        guard let (id, _) = e.name(Phrase(zh: "一个事实 id", en: "a fact id")),
            let zh = e.string(Phrase(zh: "加引号的中文事实", en: "the fact in Chinese, in quotes")),
            let en = e.string(Phrase(zh: "加引号的英文事实", en: "the fact in English, in quotes")),
            let amount = e.amount(Phrase(zh: "其数值，如 `52 家`", en: "its value, e.g. `52 家`")),
            within(amount.value, Phrase(zh: "事实的数值", en: "fact value"), unit: amount.unit ?? "", amount.range)
        else { return }
        let unit = amount.unit ?? ""
        let unitEN: String
        if let current = e.current, case .string(let s) = current.kind {
            unitEN = s
            e.index += 1
        } else {
            unitEN = PlanUnit.english(unit)
        }
        let period: String
        if let current = e.current, case .range = current.kind {
            guard let (years, _) = e.years() else { return }
            period = "\(years.lowerBound)–\(years.upperBound)"
        } else {
            guard
                let (year, _) = e.year(
                    Phrase(
                        zh: "所指的年份，如 `2020` 或 `2021..2025`",
                        en: "the year or years it refers to, e.g. `2020` or `2021..2025`"))
            else { return }
            period = "\(year)"
        }
        guard let (status, _) = e.choice(Phrase(zh: "事实状态", en: "fact status"), PlanKeywords.factStatus) else { return }
        var location = ""
        if e.accept("at") {
            guard let at = e.string(Phrase(zh: "规划中的出处，加引号", en: "where the plan states it, in quotes")) else { return }
            location = at
        }
        facts.append(
            PlanFact(
                fact: id, textZH: zh, textEN: en, value: amount.value, unitZH: unit, unitEN: unitEN,
                period: period, status: status, location: location))
    }
}

public import PlanData

extension PlanDraft {
    /// The draft of an imported table. Ids and English names come from
    /// ``IndicatorDictionary`` (the whole name matched); an unknown indicator gets
    /// `indicator_07` (its row among the indicators) and no English name. Each printed form
    /// maps as docs/plan-files.md ("From a table") says; a target that needs a base the
    /// table leaves open is kept as a comment.
    public init(table t: PlanTable, name: String) {
        self.init(
            name: name, title: t.title ?? name, period: (t.baseYear + 1)...(t.targetYears.first ?? t.baseYear + 5))
        headerComments = [
            "Imported by `plansim plan import` from \(t.file); check every line against the plan before use."
        ]
        notes = t.notes.enumerated().map {
            DataNote(note: "table_note_\($0.offset + 1)", indicator: nil, textZH: $0.element, textEN: $0.element)
        }
        var used: Set<String> = []
        for (k, row) in t.indicators.enumerated() {
            let entry = IndicatorDictionary.match(row.nameZH)
            var id = entry?.id ?? "indicator_" + (k + 1 < 10 ? "0" : "") + "\(k + 1)"
            if used.contains(id) { id += "_\(k + 1)" }
            used.insert(id)
            let unit = row.unit.isEmpty ? "%" : row.unit
            let reading = RowReading(name: row.nameZH, unit: unit, baseYear: t.baseYear)
            let indicator = Indicator(
                id: id, nameZH: row.nameZH, nameEN: entry?.nameEN ?? "", unitZH: unit, unitEN: PlanUnit.english(unit),
                kind: entry?.kind ?? reading.kind(row), attribute: row.attribute,
                location: (row.category.map { $0 + " " } ?? "")
                    + (row.sequence.isEmpty ? "第\(row.row)行" : "第\(row.sequence)项"),
                // The name as printed keeps its full-width punctuation; the half-width form is typable too.
                aliases: TableValue.normalise(row.nameZH) == row.nameZH ? [] : [TableValue.normalise(row.nameZH)])
            var comments: [String] = []
            let base = row.base.flatMap { b in b.value.value.map { (year: b.year, value: $0) } }
            var lines: [TargetLine] = []
            for target in row.targets {
                let comment = "row \(row.row), column \(target.column): \(target.value.printed)"
                if let line = reading.line(target.value, year: target.year, comment: comment) {
                    lines.append(line)
                    continue
                }
                // A blank target cell: the 年均增长 column states it.
                guard let g = row.growth, target.year == row.targets.first?.year, g.value != nil || g.words != nil
                else { continue }
                if let line = reading.line(
                    g, year: target.year, comment: "年均增长 column: \(g.printed)", growthColumn: true)
                {
                    lines.append(line)
                }
            }
            if let g = row.growth, g.value != nil, !g.cumulative, !g.decline, let first = lines.first,
                case .level = first.form,
                first.year == row.targets.first?.year, !first.comment!.hasPrefix("年均增长")
            {
                lines[0].besideGrowth = PrintedGrowth(rate: g.value! / 100, approximate: g.approximate)
            }
            if row.targets.allSatisfy({ $0.value.value == nil && $0.value.words == nil }) && row.targets.isEmpty,
                let g = row.growth,
                let line = reading.line(
                    g, year: t.targetYears.first ?? t.baseYear + 5, comment: "年均增长 column: \(g.printed)",
                    growthColumn: true)
            {
                lines.append(line)
            }
            if base == nil {
                let open = lines.filter(\.needsBase)
                if !open.isEmpty {
                    comments.append(
                        "the table leaves the \(t.baseYear) base open; these targets need one and are kept as comments: add `base YEAR VALUE` to use them"
                    )
                    comments += open.map { "target \($0.year): \(Self.describe($0.form))" }
                    lines.removeAll(where: \.needsBase)
                }
            }
            let mark = row.base?.value.mark
            let note = mark.map { m in
                ValueNote(
                    mark: m, estimate: true,
                    note: notes.first { $0.textZH.contains(m) || (m == "*" && $0.textZH.contains("＊")) }?.id)
            }
            entries.append(
                Entry(
                    indicator: indicator, base: base, targets: lines, comments: comments,
                    baseNote: base == nil ? nil : note))
        }
    }

    public static func describe(_ f: TargetLine.Form) -> String {
        switch f {
        case .level(let v): PlanWriter.number(v)
        case .growth(let g): "growth \(PlanWriter.percent(g))/yr"
        case .change(let c): "change \(PlanWriter.percent(c)) over the period"
        case .sum(let v, let from): "sum from \(from): \(PlanWriter.number(v))"
        case .points(let p): "\(PlanWriter.number(p)) percentage points over the period"
        case .decline(let f): "decline \(PlanWriter.percent(f)) over the period"
        case .qualitative(let words): words
        }
    }
}

extension PlanDraft.TargetLine {
    /// Whether the line means nothing without a base (levels, growth, change, points).
    var needsBase: Bool {
        switch form {
        case .level, .growth, .change, .points: true
        case .sum, .decline, .qualitative: false
        }
    }
}

/// How one row's cells become target lines: by the indicator's unit and name.
struct RowReading {
    let name: String
    let unit: String
    let baseYear: Int

    /// 降低/下降/减少 in the name: `〔X〕` is a cumulative decline of X %.
    var declines: Bool { ["降低", "下降", "减少"].contains { name.contains($0) } }
    /// A rate (per 1000 people, per capita, a share): never a count, whatever its unit.
    var isRate: Bool {
        unit == "%" || unit == "‰" || ["每千", "每万", "每百", "人均", "率", "比重", "占比", "强度"].contains { name.contains($0) }
    }

    /// The kind when the dictionary gives none: sums and 新增 are flows, rates levels,
    /// counts of things (个, 家, names in 数量/数) stocks.
    func kind(_ row: TableIndicator) -> IndicatorKind {
        let sums =
            !declines && unit != "%"
            && (name.contains("累计") || row.targets.contains { $0.value.cumulative } || row.growth?.cumulative == true)
        if sums || name.contains("新增") { return .annualFlow }
        if isRate { return .annualLevel }
        return ["个", "家", "户", "所", "座", "处"].contains(unit) || name.hasSuffix("数量") || name.hasSuffix("数")
            ? .stockCount : .annualLevel
    }

    /// The target a cell states, nil for a blank cell.
    func line(_ v: TableValue, year: Int, comment: String, growthColumn: Bool = false) -> PlanDraft.TargetLine? {
        if let words = v.words { return PlanDraft.TargetLine(year: year, form: .qualitative(words), comment: comment) }
        guard let x = v.value else { return nil }
        let form: PlanDraft.TargetLine.Form
        if v.cumulative || v.points || (v.decline && unit == "%") {
            form =
                declines || v.decline
                ? .decline(abs(x) / 100) : unit == "%" || v.points ? .points(x) : .sum(x, from: baseYear + 1)
        } else if growthColumn || (v.percent && unit != "%") {
            form = .growth(x / 100)
        } else {
            form = .level(x)
        }
        return PlanDraft.TargetLine(
            year: year, form: form, direction: v.ceiling ? .ceiling : .floor, approximate: v.approximate,
            comment: comment)
    }
}

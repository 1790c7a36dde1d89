public import PlanData

extension PlanDraft {
    /// English ids and names for indicators plan tables often carry; others get
    /// `indicator_N` and their Chinese name, for the planner to rename.
    static let knownNames: [String: (String, String)] = [
        "地区生产总值": ("gdp", "Gross domestic product"), "工业总产值": ("industrial_output", "Industrial output"),
        "规模以上工业增加值": ("above_scale_value_added", "Value added of above-scale industry"),
        "社会消费品零售总额": ("retail_sales", "Retail sales of consumer goods"), "固定资产投资": ("fixed_investment", "Fixed-asset investment"),
        "一般公共预算收入": ("public_budget_revenue", "General public budget revenue"), "财政收入": ("fiscal_revenue", "Fiscal revenue"),
        "城镇新增就业": ("new_urban_jobs", "New urban jobs"), "新增就业": ("new_employment", "New employment"),
        "常住人口": ("resident_population", "Resident population"), "城镇化率": ("urbanisation_rate", "Urbanisation rate"),
        "居民人均可支配收入": ("disposable_income", "Per-capita disposable income"), "森林覆盖率": ("forest_cover", "Forest cover"),
        "单位GDP能耗": ("energy_intensity", "Energy use per unit of GDP"), "粮食": ("grain", "Grain"),
        "实际利用外资": ("foreign_capital", "Foreign capital actually used"), "实际利用内资": ("domestic_capital", "Domestic capital actually used"),
        "市场主体": ("market_entities", "Market entities"), "商品销售总额": ("commodity_sales", "Total commodity sales"),
    ]

    /// The draft of an imported table, and lines saying what became of each row.
    public init(table t: PlanTable, name: String) {
        self.init(name: name, title: t.title ?? name, period: (t.baseYear + 1)...(t.targetYears.first ?? t.baseYear + 5))
        headerComments = ["Imported by `plansim plan import` from \(t.file); check every line against the plan before use."]
        var used: Set<String> = []
        for (k, row) in t.indicators.enumerated() {
            var (id, en) = Self.knownNames.first { row.nameZH.contains($0.key) }?.value ?? ("indicator_\(k + 1)", row.nameZH)
            if used.contains(id) { id += "_\(k + 1)" }
            used.insert(id)
            let cumulativeName = row.nameZH.contains("累计")
            let cumulative = cumulativeName || row.targets.contains { $0.value.cumulative && !row.unit.hasPrefix("%") }
            let kind: IndicatorKind = cumulative || row.nameZH.contains("新增") ? .annualFlow
                : ["个", "家", "户", "所", "座", "处"].contains(row.unit) || row.nameZH.hasSuffix("数量") || row.nameZH.hasSuffix("数") ? .stockCount : .annualLevel
            let location = (row.category.map { $0 + " " } ?? "") + (row.sequence.isEmpty ? "第\(row.row)行" : "第\(row.sequence)项")
            let indicator = Indicator(id: id, nameZH: row.nameZH, nameEN: en, unitZH: row.unit.isEmpty ? "%" : row.unit,
                                      unitEN: PlanUnit.english(row.unit.isEmpty ? "%" : row.unit), kind: kind, attribute: row.attribute, location: location)
            var comments: [String] = []
            let base = row.base.flatMap { b in b.value.value.map { (year: b.year, value: $0) } }
            var lines: [PlanDraft.TargetLine] = []
            for target in row.targets {
                let v = target.value
                guard let value = v.value else {
                    if let g = row.growth?.value, target.year == row.targets.first?.year {
                        lines.append(TargetLine(year: target.year, form: .growth(g / 100), direction: row.growth!.ceiling ? .ceiling : .floor,
                                                approximate: row.growth!.approximate, comment: "年均增长 column"))
                    }
                    continue
                }
                let direction: TargetDirection = v.ceiling ? .ceiling : .floor
                let form: TargetLine.Form
                if v.cumulative && indicator.unitZH == "%" {
                    let decline = ["下降", "降低", "减少"].contains { row.nameZH.contains($0) }
                    form = .change((decline ? -value : value) / 100)
                } else if v.percent && indicator.unitZH != "%" {
                    form = .growth(value / 100)
                } else if cumulative {
                    form = .sum(value, from: t.baseYear + 1)
                } else {
                    form = .level(value)
                }
                let decline = ["下降", "降低", "减少"].contains { row.nameZH.contains($0) } && v.cumulative && indicator.unitZH == "%"
                lines.append(TargetLine(year: target.year, form: form, direction: decline ? .ceiling : direction, approximate: v.approximate,
                                        comment: "row \(row.row), column \(target.column)"))
            }
            if base == nil && !lines.isEmpty {
                comments.append("the table leaves the \(t.baseYear) base open; its targets are kept as comments: add `base YEAR VALUE` to use them")
                comments += lines.map { "target \($0.year): \(Self.describe($0.form))" }
                lines = []
            }
            entries.append(Entry(indicator: indicator, base: base, targets: lines, comments: comments))
        }
        notes = t.notes.enumerated().map { DataNote(note: "table_note_\($0.offset + 1)", indicator: nil, textZH: $0.element, textEN: $0.element) }
    }

    public static func describe(_ f: TargetLine.Form) -> String {
        switch f {
        case .level(let v): "\(v)"
        case .growth(let g): "growth \(g * 100)%/yr"
        case .change(let c): "change \(c * 100)% over the period"
        case .sum(let v, let from): "sum from \(from): \(v)"
        case .points(let p): "\(p) percentage points over the period"
        case .decline(let f): "decline \(f * 100)% over the period"
        case .qualitative(let words): words
        }
    }
}

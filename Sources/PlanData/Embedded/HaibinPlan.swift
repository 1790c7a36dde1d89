/// The plan as printed: the 14th Five-Year Plan (2021–2025) and 2035 vision of Haibin
/// Sub-district (海滨街道), Binhai New Area, Tianjin, published 2021-09-29.
///
/// Every figure here is checked against the text of the plan by a test. History before
/// 2020 is not printed year by year; ``HistoryReconstruction`` fills in what the printed
/// sums imply, and marks it.
public enum HaibinPlan {
    /// The nine indicators of 专栏1, in the plan's order.
    public static let indicators: [Indicator] = [
        Indicator(
            id: "industrial_output", nameZH: "工业总产值", nameEN: "Industrial output", unitZH: "亿元", unitEN: "100m yuan",
            kind: .annualLevel, attribute: .indicative, location: "专栏1 第1项", aliases: ["工业产值"]),
        Indicator(
            id: "retail_sales", nameZH: "社会消费品零售总额", nameEN: "Retail sales of consumer goods", unitZH: "亿元",
            unitEN: "100m yuan",
            kind: .annualLevel, attribute: .indicative, location: "专栏1 第2项", aliases: ["社会消费品零售额"]),
        Indicator(
            id: "above_scale_firms", nameZH: "规上工业企业数量", nameEN: "Above-scale industrial firms", unitZH: "个",
            unitEN: "firms",
            kind: .stockCount, attribute: .indicative, location: "专栏1 第3项", aliases: ["规上工业企业"]),
        Indicator(
            id: "market_entities", nameZH: "市场主体数量", nameEN: "Market entities", unitZH: "万", unitEN: "10k entities",
            kind: .stockCount, attribute: .indicative, location: "专栏1 第4项", aliases: ["市场主体"]),
        Indicator(
            id: "commodity_sales", nameZH: "商品销售总额", nameEN: "Total commodity sales", unitZH: "亿元", unitEN: "100m yuan",
            kind: .annualLevel, attribute: .indicative, location: "专栏1 第5项", aliases: ["商品销售额"]),
        Indicator(
            id: "fixed_investment", nameZH: "累计固定资产投资总额", nameEN: "Fixed-asset investment", unitZH: "亿元",
            unitEN: "100m yuan",
            kind: .annualFlow, attribute: .indicative, location: "专栏1 第6项", aliases: ["固定资产投资", "固定资产投资总额"]),
        Indicator(
            id: "domestic_capital", nameZH: "实际利用内资", nameEN: "Domestic capital actually used", unitZH: "亿元",
            unitEN: "100m yuan",
            kind: .annualLevel, attribute: .indicative, location: "专栏1 第7项", aliases: ["利用内资"]),
        Indicator(
            id: "new_employment", nameZH: "新增就业人口", nameEN: "New employment", unitZH: "人", unitEN: "persons",
            kind: .annualFlow, attribute: .indicative, location: "专栏1 第8项", aliases: ["新增就业"]),
        Indicator(
            id: "grain_capacity", nameZH: "粮食综合生产能力", nameEN: "Grain production capacity", unitZH: "吨",
            unitEN: "t (as printed)",
            kind: .annualLevel, attribute: .indicative, location: "专栏1 第9项", aliases: ["粮食产能"]),
    ]

    /// 专栏1: (id, 2020 value, 2025 target, target kind), as printed.
    static let columnOne: [(String, Double, Double, TargetKind)] = [
        ("industrial_output", 30.02, 39.4, .level),
        ("retail_sales", 10.69, 11.8, .level),
        ("above_scale_firms", 25, 32, .stock),
        ("market_entities", 0.65, 0.75, .stock),
        ("commodity_sales", 33.74, 49.6, .level),
        ("fixed_investment", 4.47, 50, .periodSum),
        ("domestic_capital", 1.68, 3, .level),
        ("new_employment", 2030, 2400, .flow),
        ("grain_capacity", 0.51, 0.65, .level),
    ]

    /// The printed 2016–2020 totals (第一章第一节).
    public static let sums: [PeriodSum] = [
        PeriodSum(
            indicator: "industrial_output", years: 2016...2020, value: 183.36,
            definition: "规模以上工业总产值累计 (above-scale industrial output, summed)", location: "第一章第一节"),
        PeriodSum(
            indicator: "fixed_investment", years: 2016...2020, value: 94.43,
            definition: "累计完成固定资产投资 (fixed-asset investment, summed)", location: "第一章第一节"),
    ]

    /// The plan's targets: 2025 values of 专栏1 against 2020.
    public static let targets: [PlanTarget] = columnOne.map {
        PlanTarget(indicator: $0.0, baseYear: 2020, base: $0.1, targetYear: 2025, target: $0.2, kind: $0.3)
    }

    /// The linked core's roles: investment, output and employment.
    public static let roles = LinkedRoles(
        investment: "fixed_investment", output: "industrial_output", employment: "new_employment")

    /// The plan as a document.
    public static let info = PlanInfo(
        name: "haibin_14th", titleZH: "天津市滨海新区海滨街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        titleEN: "Haibin Sub-district, Binhai New Area, Tianjin: 14th Five-Year Plan (2021–2025) and 2035 vision",
        issuer: "天津市滨海新区海滨街道", period: 2021...2025)

    /// The dataset as printed, with 2016–2019 reconstructed where printed sums allow.
    public static func dataset() -> Dataset {
        var series: [String: Series] = [:]
        for row in columnOne {
            series[row.0] = Series(indicator: row.0, points: [SeriesPoint(year: 2020, value: row.1, origin: .printed)])
        }
        let printed = Dataset(
            indicators: indicators, series: series, sums: sums, targets: targets, facts: facts, notes: notes,
            provenance: [
                Provenance(
                    source: "embedded",
                    description: "天津市滨海新区海滨街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 (专栏1; 第一章第一节)",
                    vintage: "2021-09-29")
            ],
            roles: roles, plan: info)
        return HistoryReconstruction.reconstruct(printed)
    }
}

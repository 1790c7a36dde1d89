extension HaibinPlan {
    /// The 2016–2020 record and the plan's other countable commitments.
    public static let facts: [PlanFact] = [
        fact(
            "enterprises_institutions", "各类企事业单位", "enterprises and institutions", 2363, "家", "units", "2020",
            "achieved", "第一章第一节"),
        fact("self_employed", "个体工商户", "self-employed businesses", 5581, "家", "units", "2020", "achieved", "第一章第一节"),
        fact("high_tech_firms", "高新技术企业", "high-tech enterprises", 52, "家", "firms", "2020", "achieved", "第一章第一节"),
        fact("tech_smes", "国家科技型中小企业认定", "certified tech SMEs", 29, "家", "firms", "2020", "achieved", "第一章第一节"),
        fact(
            "firms_closed", "散乱污企业关停取缔", "polluting firms closed", 52, "家", "firms", "2016–2020", "achieved", "第一章第一节"),
        fact(
            "firms_upgraded", "企业原地升级改造", "firms upgraded in place", 49, "家", "firms", "2016–2020", "achieved", "第一章第一节"
        ),
        fact(
            "wholesale_retail_turnover", "限上批发零售业企业营业额", "turnover of above-quota wholesale and retail firms", 33.74,
            "亿元", "100m yuan", "2020", "achieved", "第一章第一节"),
        fact("daycare_sites", "老年日间照料场所", "elderly day-care sites", 19, "个", "sites", "2020", "achieved", "第一章第一节"),
        fact(
            "communities_gridded", "网格化管理社区", "communities under grid management", 39, "个", "communities", "2020",
            "achieved", "第一章第一节"),
        fact(
            "daycare_upgrades", "日间照料站升级为日间照料中心", "day-care stations upgraded to centres", 8, "个", "stations",
            "2021–2025", "commitment", "第七章第二节"),
        fact(
            "old_communities_renovated", "老旧社区升级改造", "old communities renovated", 35, "个", "communities", "2021–2025",
            "commitment", "第七章第六节"),
        fact(
            "carbon_neutral_forest", "碳中和林项目", "carbon-neutral forest", 1100, "亩", "mu", "2021–2025", "commitment",
            "第五章第二节"),
    ]

    private static func fact(
        _ id: String, _ zh: String, _ en: String, _ value: Double, _ unitZH: String, _ unitEN: String,
        _ period: String, _ status: String, _ location: String
    ) -> PlanFact {
        PlanFact(
            id: id, textZH: zh, textEN: en, value: value, unitZH: unitZH, unitEN: unitEN, period: period,
            status: status, location: location)
    }

    /// Caveats that every report shows beside the numbers they concern.
    public static let notes: [DataNote] = [
        DataNote(
            id: "above_scale_sum", indicator: "industrial_output",
            textZH: "183.36亿元为2016–2020年规模以上工业总产值累计，而30.02亿元为2020年工业总产值（口径不同）；历史重建以前者近似后者。",
            textEN:
                "183.36 is above-scale industrial output summed over 2016–2020, while 30.02 is 2020 total industrial output (different definitions); the reconstructed history treats the former as a proxy for the latter."
        ),
        DataNote(
            id: "investment_sum_target", indicator: "fixed_investment",
            textZH: "2025年目标50亿元为2021–2025年累计投资，2020年4.47亿元为当年投资；所需增速按累计口径计算（约28.2%/年，而非按水平口径的约62%/年）。",
            textEN:
                "The 2025 target of 50 is investment summed over 2021–2025, while 4.47 is investment in 2020 alone; the required growth is computed on the sum (about 28.2%/yr, not the 62%/yr a level-to-level formula gives)."
        ),
        DataNote(
            id: "grain_unit", indicator: "grain_capacity",
            textZH: "粮食综合生产能力单位按原文为“吨”，0.51吨明显不合理，可能应为“万吨”；数值按原文保留。",
            textEN:
                "Grain capacity is printed in tonnes; 0.51 t is implausible and probably means 10,000 t. Values are kept as printed."
        ),
        DataNote(
            id: "market_entities_definition", indicator: "market_entities",
            textZH: "市场主体0.65万与第一章所列2363家企事业单位加5581家个体工商户（约0.79万）口径不同。",
            textEN:
                "0.65 (10k) market entities differs from the 2363 enterprises and institutions plus 5581 self-employed (≈0.79 10k) of chapter 1: different definitions."
        ),
        DataNote(
            id: "commodity_sales_definition", indicator: "commodity_sales",
            textZH: "商品销售总额2020年33.74亿元与第一章“限上批发零售业企业营业额”数字相同。",
            textEN:
                "The 2020 commodity sales of 33.74 equal the turnover of above-quota wholesale and retail firms in chapter 1."
        ),
        DataNote(
            id: "all_indicative", indicator: nil,
            textZH: "专栏1所列指标均为预期性指标。",
            textEN: "All indicators of Box 1 are indicative, not binding."),
    ]
}

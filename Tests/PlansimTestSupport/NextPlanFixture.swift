/// A plan for the period after Haibin's 14th: 2026–2030, base 2025, with a linked core,
/// a sum target and an indicator of its own. Tests of plans of any period use it.
public enum NextPlanFixture {
    public static let text = """
        plan county_15th {
            title "某县“十五五”规划"
            issuer "某县人民政府"
            period 2026..2030
            linked investment investment
            linked output output
            linked employment jobs

            indicator output {
                name "工业总产值" "Industrial output"
                unit 亿元
                kind annual_level
                base 2025 40 亿元
                target 2030 50 亿元
            }
            indicator investment {
                name "固定资产投资" "Fixed-asset investment"
                unit 亿元
                kind annual_flow
                base 2025 10 亿元
                target sum 2026..2030 55 亿元
            }
            indicator jobs {
                name "新增就业" "New employment"
                unit 人
                kind annual_flow
                base 2025 2000 人
                target 2030 2200 人
            }
            indicator retail {
                name "社会消费品零售总额" "Retail sales"
                unit 亿元
                kind annual_level
                base 2025 12 亿元
                target 2030 growth 4%
            }
        }

        """
}

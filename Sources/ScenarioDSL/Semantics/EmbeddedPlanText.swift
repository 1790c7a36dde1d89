// Generated from plans/haibin-14th.plan: do not edit by hand. EmbeddedPlanTests fails when the
// two differ; regenerate with `PLANSIM_REGENERATE=1 swift test --skip-build --filter EmbeddedPlanTests`.
// A Swift literal rather than a SwiftPM resource, so the binary carries its default plan on its own
// (resources on Linux live in a bundle beside the executable and are lost when it is copied alone).

/// The text of `plans/haibin-14th.plan`, plansim's default plan.
public enum EmbeddedPlanText {
    public static let haibin14th = #"""
        # 海滨街道“十四五”规划 (2021–2025) 与二〇三五年远景目标: 专栏1 and the 2016–2020 record (第一章第一节).
        # Every figure is as printed in the plan (../shared/seed); Tests/ScenarioDSLTests/EmbeddedPlanTests.swift
        # checks them against the seed. plansim embeds this file as its default plan (docs/plan-files.md).
        plan haibin_14th {
            title "天津市滨海新区海滨街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"
            title_en "Haibin Sub-district, Binhai New Area, Tianjin: 14th Five-Year Plan (2021–2025) and 2035 vision"
            issuer "天津市滨海新区海滨街道"
            published "2021-09-29"
            source "天津市滨海新区海滨街道国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要 (专栏1; 第一章第一节)"
            period 2021..2025
            linked investment fixed_investment
            linked output industrial_output
            linked employment new_employment

            indicator industrial_output {
                name "工业总产值" "Industrial output"
                unit 亿元 "100m yuan"
                kind annual_level
                attribute 预期性
                at "专栏1 第1项"
                aliases "工业产值"
                base 2020 30.02 亿元
                target 2025 39.4 亿元
                sum 2016..2020 183.36 亿元 "规模以上工业总产值累计 (above-scale industrial output, summed)" at "第一章第一节"
            }

            indicator retail_sales {
                name "社会消费品零售总额" "Retail sales of consumer goods"
                unit 亿元 "100m yuan"
                kind annual_level
                attribute 预期性
                at "专栏1 第2项"
                aliases "社会消费品零售额"
                base 2020 10.69 亿元
                target 2025 11.8 亿元
            }

            indicator above_scale_firms {
                name "规上工业企业数量" "Above-scale industrial firms"
                unit 个 "firms"
                kind stock
                attribute 预期性
                at "专栏1 第3项"
                aliases "规上工业企业"
                base 2020 25 个
                target 2025 32 个
            }

            indicator market_entities {
                name "市场主体数量" "Market entities"
                unit 万 "10k entities"
                kind stock
                attribute 预期性
                at "专栏1 第4项"
                aliases "市场主体"
                base 2020 0.65 万
                target 2025 0.75 万
            }

            indicator commodity_sales {
                name "商品销售总额" "Total commodity sales"
                unit 亿元 "100m yuan"
                kind annual_level
                attribute 预期性
                at "专栏1 第5项"
                aliases "商品销售额"
                base 2020 33.74 亿元
                target 2025 49.6 亿元
            }

            indicator fixed_investment {
                name "累计固定资产投资总额" "Fixed-asset investment"
                unit 亿元 "100m yuan"
                kind annual_flow
                attribute 预期性
                at "专栏1 第6项"
                aliases "固定资产投资", "固定资产投资总额"
                base 2020 4.47 亿元
                target sum 2021..2025 50 亿元
                sum 2016..2020 94.43 亿元 "累计完成固定资产投资 (fixed-asset investment, summed)" at "第一章第一节"
            }

            indicator domestic_capital {
                name "实际利用内资" "Domestic capital actually used"
                unit 亿元 "100m yuan"
                kind annual_level
                attribute 预期性
                at "专栏1 第7项"
                aliases "利用内资"
                base 2020 1.68 亿元
                target 2025 3 亿元
            }

            indicator new_employment {
                name "新增就业人口" "New employment"
                unit 人 "persons"
                kind annual_flow
                attribute 预期性
                at "专栏1 第8项"
                aliases "新增就业"
                base 2020 2030 人
                target 2025 2400 人
            }

            indicator grain_capacity {
                name "粮食综合生产能力" "Grain production capacity"
                unit 吨 "t (as printed)"
                kind annual_level
                attribute 预期性
                at "专栏1 第9项"
                aliases "粮食产能"
                base 2020 0.51 吨
                target 2025 0.65 吨
            }

            # The 2016–2020 record and the plan's other countable commitments.
            fact enterprises_institutions "各类企事业单位" "enterprises and institutions" 2363 家 "units" 2020 achieved at "第一章第一节"
            fact self_employed "个体工商户" "self-employed businesses" 5581 家 "units" 2020 achieved at "第一章第一节"
            fact high_tech_firms "高新技术企业" "high-tech enterprises" 52 家 "firms" 2020 achieved at "第一章第一节"
            fact tech_smes "国家科技型中小企业认定" "certified tech SMEs" 29 家 "firms" 2020 achieved at "第一章第一节"
            fact firms_closed "散乱污企业关停取缔" "polluting firms closed" 52 家 "firms" 2016..2020 achieved at "第一章第一节"
            fact firms_upgraded "企业原地升级改造" "firms upgraded in place" 49 家 "firms" 2016..2020 achieved at "第一章第一节"
            fact wholesale_retail_turnover "限上批发零售业企业营业额" "turnover of above-quota wholesale and retail firms" 33.74 亿元 "100m yuan" 2020 achieved at "第一章第一节"
            fact daycare_sites "老年日间照料场所" "elderly day-care sites" 19 个 "sites" 2020 achieved at "第一章第一节"
            fact communities_gridded "网格化管理社区" "communities under grid management" 39 个 "communities" 2020 achieved at "第一章第一节"
            fact daycare_upgrades "日间照料站升级为日间照料中心" "day-care stations upgraded to centres" 8 个 "stations" 2021..2025 commitment at "第七章第二节"
            fact old_communities_renovated "老旧社区升级改造" "old communities renovated" 35 个 "communities" 2021..2025 commitment at "第七章第六节"
            fact carbon_neutral_forest "碳中和林项目" "carbon-neutral forest" 1100 亩 "mu" 2021..2025 commitment at "第五章第二节"

            # Caveats that reports show beside the numbers they concern.
            note above_scale_sum for industrial_output "183.36亿元为2016–2020年规模以上工业总产值累计，而30.02亿元为2020年工业总产值（口径不同）；历史重建以前者近似后者。" "183.36 is above-scale industrial output summed over 2016–2020, while 30.02 is 2020 total industrial output (different definitions); the reconstructed history treats the former as a proxy for the latter."
            note investment_sum_target for fixed_investment "2025年目标50亿元为2021–2025年累计投资，2020年4.47亿元为当年投资；所需增速按累计口径计算（约28.2%/年，而非按水平口径的约62%/年）。" "The 2025 target of 50 is investment summed over 2021–2025, while 4.47 is investment in 2020 alone; the required growth is computed on the sum (about 28.2%/yr, not the 62%/yr a level-to-level formula gives)."
            note grain_unit for grain_capacity "粮食综合生产能力单位按原文为“吨”，0.51吨明显不合理，可能应为“万吨”；数值按原文保留。" "Grain capacity is printed in tonnes; 0.51 t is implausible and probably means 10,000 t. Values are kept as printed."
            note market_entities_definition for market_entities "市场主体0.65万与第一章所列2363家企事业单位加5581家个体工商户（约0.79万）口径不同。" "0.65 (10k) market entities differs from the 2363 enterprises and institutions plus 5581 self-employed (≈0.79 10k) of chapter 1: different definitions."
            note commodity_sales_definition for commodity_sales "商品销售总额2020年33.74亿元与第一章“限上批发零售业企业营业额”数字相同。" "The 2020 commodity sales of 33.74 equal the turnover of above-quota wholesale and retail firms in chapter 1."
            note all_indicative "专栏1所列指标均为预期性指标。" "All indicators of Box 1 are indicative, not binding."
        }

        """#
}

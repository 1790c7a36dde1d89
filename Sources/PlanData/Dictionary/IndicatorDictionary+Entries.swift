extension IndicatorDictionary {
    /// The entries (at least 60), grouped as plans group them.
    public static let entries: [DictionaryEntry] = economy + innovation + livelihood + green + security

    static let economy: [DictionaryEntry] = [
        .init("gdp", "Gross regional product", ["地区生产总值", "GDP", "地区生产总值(GDP)", "国内生产总值", "生产总值", "全区生产总值", "全镇生产总值"]),
        .init(
            "gdp_growth", "Growth of gross regional product",
            ["地区生产总值增长", "地区生产总值增速", "地区生产总值年均增长", "GDP增长", "GDP增速", "经济增长"]),
        .init("gdp_per_capita", "Gross regional product per capita", ["人均地区生产总值", "人均GDP", "人均生产总值"]),
        .init("industrial_output", "Industrial output", ["工业总产值"]),
        .init(
            "above_scale_industrial_output", "Output of above-scale industry",
            ["规模以上工业总产值", "规上工业总产值", "规上工业产值", "规模以上工业产值"]),
        .init("above_scale_value_added", "Value added of above-scale industry", ["规模以上工业增加值", "规上工业增加值"]),
        .init(
            "above_scale_value_added_growth", "Growth of above-scale industrial value added",
            ["规模以上工业增加值增长", "规模以上工业增加值增速", "规上工业增加值增速"]),
        .init("public_budget_revenue", "General public budget revenue", ["一般公共预算收入", "地方一般公共预算收入", "一般公共财政预算收入"]),
        .init("fiscal_revenue", "Fiscal revenue", ["财政收入", "财政总收入", "地方财政收入"]),
        .init("tax_revenue", "Tax revenue", ["税收收入", "税收总额"]),
        .init(
            "fixed_investment", "Fixed-asset investment",
            ["固定资产投资", "累计固定资产投资", "固定资产投资累计", "固定资产投资额", "全社会固定资产投资", "固定资产投资总额"]),
        .init("fixed_investment_growth", "Growth of fixed-asset investment", ["固定资产投资增长", "固定资产投资增速", "固定资产投资年均增长"]),
        .init("industrial_investment", "Industrial investment", ["工业投资", "工业固定资产投资"]),
        .init("retail_sales", "Retail sales of consumer goods", ["社会消费品零售总额", "社会消费品零售额", "社零总额", "社零"]),
        .init("retail_sales_growth", "Growth of retail sales of consumer goods", ["社会消费品零售总额增长", "社会消费品零售总额增速"]),
        .init("commodity_sales", "Total commodity sales", ["商品销售总额", "商品销售额"]),
        .init("foreign_capital", "Foreign capital actually used", ["实际利用外资", "实际使用外资", "实际利用外资金额"]),
        .init("domestic_capital", "Domestic capital actually used", ["实际利用内资", "实际到位内资"]),
        .init("exports", "Exports", ["出口总额", "外贸出口总额", "出口额"]),
        .init("trade_volume", "Imports and exports", ["进出口总额", "外贸进出口总额"]),
        .init("market_entities", "Market entities", ["市场主体", "市场主体数量", "市场主体总量"], kind: .stockCount),
        .init(
            "above_scale_firms", "Above-scale industrial firms",
            ["规模以上工业企业", "规模以上工业企业数", "规上工业企业", "规上工业企业数", "规上企业数量"], kind: .stockCount),
        .init(
            "service_value_added_share", "Share of services in value added",
            ["服务业增加值占地区生产总值比重", "服务业增加值占GDP比重", "第三产业增加值占比", "服务业增加值比重"]),
        .init("tourism_revenue", "Tourism revenue", ["旅游总收入", "旅游收入"]),
        .init("tourist_visits", "Tourist visits", ["接待游客人次", "旅游接待人次", "接待游客量"]),
    ]

    static let innovation: [DictionaryEntry] = [
        .init(
            "rd_intensity", "R&D expenditure as a share of GDP",
            [
                "研发经费投入强度", "研发经费投入占地区生产总值比重", "研究与试验发展经费投入强度", "R&D经费投入强度", "R&D经费支出占GDP比重", "全社会研发经费投入占GDP比重",
                "研发投入占比", "全社会研发投入强度",
            ]),
        .init(
            "high_tech_firms", "High-tech enterprises", ["高新技术企业数", "高新技术企业数量", "高新技术企业", "国家高新技术企业数"],
            kind: .stockCount),
        .init(
            "high_tech_output_share", "High-tech output share of above-scale industry",
            ["高新技术产业产值占规上工业产值比重", "高新技术产业产值占规模以上工业总产值比重", "高新技术产业产值占比"]),
        .init(
            "patents_per_10k", "Invention patents per 10,000 people", ["每万人口发明专利拥有量", "每万人发明专利拥有量", "每万人口高价值发明专利拥有量"]),
        .init(
            "digital_economy_share", "Core digital economy as a share of GDP",
            ["数字经济核心产业增加值占地区生产总值比重", "数字经济核心产业增加值占GDP比重", "数字经济增加值占比"]),
        .init("sci_tech_smes", "Science-and-technology SMEs", ["科技型中小企业数", "科技型中小企业", "科技型中小企业数量"], kind: .stockCount),
        .init("broadband_coverage", "Gigabit broadband coverage", ["千兆宽带覆盖率", "千兆光网覆盖率"]),
    ]

    static let livelihood: [DictionaryEntry] = [
        .init("resident_population", "Resident population", ["常住人口", "常住人口数", "年末常住人口", "常住人口规模"], kind: .stockCount),
        .init("registered_population", "Registered population", ["户籍人口", "户籍人口数"], kind: .stockCount),
        .init("urbanisation_rate", "Urbanisation rate of the resident population", ["常住人口城镇化率", "城镇化率"]),
        .init("surveyed_unemployment", "Surveyed urban unemployment rate", ["城镇调查失业率", "调查失业率"]),
        .init("registered_unemployment", "Registered urban unemployment rate", ["城镇登记失业率", "登记失业率"]),
        .init("new_urban_jobs", "New urban jobs", ["城镇新增就业", "城镇新增就业人数", "新增城镇就业", "新增城镇就业人数"], kind: .annualFlow),
        .init("new_employment", "New employment", ["新增就业", "新增就业人数", "新增就业岗位"], kind: .annualFlow),
        .init("disposable_income", "Per-capita disposable income", ["居民人均可支配收入", "全体居民人均可支配收入", "人均可支配收入"]),
        .init(
            "disposable_income_growth", "Growth of per-capita disposable income",
            ["居民人均可支配收入增长", "居民人均可支配收入增速", "居民人均可支配收入年均增长"]),
        .init("urban_income", "Per-capita disposable income of urban residents", ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"]),
        .init(
            "rural_income", "Per-capita disposable income of rural residents",
            ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均纯收入"]),
        .init(
            "childcare_places_per_1000", "Childcare places per 1,000 people",
            ["每千人口拥有3岁以下婴幼儿托位数", "每千人口托位数", "每千人口拥有托位数", "每千常住人口托位数"], kind: .annualLevel),
        .init(
            "doctors_per_1000", "Licensed doctors per 1,000 people", ["每千人口执业(助理)医师数", "每千人口执业医师数", "每千人口执业助理医师数"],
            kind: .annualLevel),
        .init(
            "hospital_beds_per_1000", "Hospital beds per 1,000 people", ["每千人口医疗卫生机构床位数", "每千人口床位数"], kind: .annualLevel
        ),
        .init("elderly_care_beds", "Elderly-care beds", ["养老机构床位数", "养老床位数"]),
        .init("life_expectancy", "Life expectancy", ["人均预期寿命", "平均预期寿命"]),
        .init(
            "schooling_years", "Average years of schooling of the working-age population",
            ["劳动年龄人口平均受教育年限", "新增劳动力平均受教育年限"]),
        .init("preschool_enrolment", "Preschool gross enrolment rate", ["学前教育毛入园率", "学前三年毛入园率"]),
        .init("basic_pension_coverage", "Basic pension insurance coverage", ["基本养老保险参保率", "城乡居民基本养老保险参保率"]),
        .init("medical_insurance_coverage", "Basic medical insurance coverage", ["基本医疗保险参保率"]),
        .init("housing_area_per_capita", "Housing floor space per capita", ["人均住房面积", "城镇人均住房建筑面积", "人均住房建筑面积"]),
        .init("sports_area_per_capita", "Sports facility area per capita", ["人均体育场地面积"]),
        .init("public_cultural_facilities", "Public cultural facilities", ["公共文化设施数", "综合文化服务中心数"], kind: .stockCount),
    ]

    static let green: [DictionaryEntry] = [
        .init(
            "energy_intensity_decline", "Reduction in energy use per unit of GDP",
            ["单位地区生产总值能耗降低", "单位地区生产总值能源消耗降低", "单位GDP能耗降低", "单位GDP能耗下降", "单位地区生产总值能耗下降"]),
        .init("energy_intensity", "Energy use per unit of GDP", ["单位地区生产总值能耗", "单位GDP能耗", "万元GDP能耗", "单位生产总值能耗"]),
        .init(
            "carbon_intensity_decline", "Reduction in CO₂ emissions per unit of GDP",
            ["单位地区生产总值二氧化碳排放降低", "单位GDP二氧化碳排放降低", "单位地区生产总值二氧化碳排放下降", "单位GDP碳排放降低", "碳排放强度降低", "碳排放强度下降"]),
        .init("carbon_emissions", "Carbon emissions", ["碳排放", "碳排放总量", "二氧化碳排放总量", "二氧化碳排放量"]),
        .init("forest_cover", "Forest cover", ["森林覆盖率"]),
        .init("forest_stock", "Forest stock volume", ["森林蓄积量"]),
        .init("forest_area", "Forest area", ["森林面积"]),
        .init("green_space_per_capita", "Park green space per capita", ["人均公园绿地面积"]),
        .init("new_green_space", "New green space", ["新增绿地面积", "新增公共绿地面积", "新增绿化面积"], kind: .annualFlow),
        .init("green_coverage", "Green coverage of built-up area", ["建成区绿化覆盖率", "城市建成区绿化覆盖率", "绿化覆盖率"]),
        .init("good_air_days", "Days of good air quality", ["空气质量优良天数比率", "空气质量优良天数比例", "环境空气质量优良天数比率", "空气质量优良率"]),
        .init("pm25", "PM2.5 concentration", ["细颗粒物(PM2.5)浓度", "PM2.5浓度", "PM2.5年均浓度", "细颗粒物浓度"]),
        .init(
            "surface_water_quality", "Surface water of grade III or better",
            ["地表水达到或好于Ⅲ类水体比例", "地表水Ⅲ类及以上水体比例", "地表水优良水体比例", "水质优良比例"]),
        .init("sewage_treatment", "Sewage treatment rate", ["污水处理率", "城镇污水处理率", "生活污水处理率", "农村生活污水治理率"]),
        .init("waste_sorting", "Household-waste sorting coverage", ["生活垃圾分类覆盖率"]),
        .init("fertiliser_use", "Chemical fertiliser use", ["化肥施用量", "化肥使用量"]),
        .init(
            "water_use_per_gdp_decline", "Reduction in water use per unit of GDP",
            ["万元地区生产总值用水量下降", "万元GDP用水量下降", "单位GDP用水量降低"]),
    ]

    static let security: [DictionaryEntry] = [
        .init("grain_output", "Grain output", ["粮食产量", "粮食总产量", "粮食综合生产能力"]),
        .init("grain_area", "Grain sown area", ["粮食播种面积", "粮食种植面积"]),
        .init(
            "high_standard_farmland", "High-standard farmland",
            ["高标准农田", "高标准农田面积", "高标准农田建设面积", "新建高标准农田", "累计建成高标准农田"]),
        .init("cultivated_land", "Cultivated land kept", ["耕地保有量", "耕地面积"]),
        .init("permanent_basic_farmland", "Permanent basic farmland", ["永久基本农田保护面积", "永久基本农田"]),
        .init("vegetable_output", "Vegetable output", ["蔬菜产量"]),
        .init("work_safety_deaths", "Deaths in work-safety accidents", ["生产安全事故死亡人数", "安全生产事故死亡人数"]),
        .init(
            "deaths_per_100m_gdp", "Work-safety deaths per 100 million yuan of GDP",
            ["亿元地区生产总值生产安全事故死亡率", "亿元GDP生产安全事故死亡率"]),
        .init("food_safety_pass_rate", "Food-safety sampling pass rate", ["食品抽检合格率", "食品安全抽检合格率"]),
        .init("emergency_shelters", "Emergency shelters", ["应急避难场所", "应急避难场所数量"], kind: .stockCount),
        .init("criminal_cases_decline", "Reduction in criminal cases", ["刑事案件发案率下降", "刑事案件立案数下降"]),
        .init("energy_supply", "Energy supply capacity", ["能源综合生产能力"]),
    ]
}

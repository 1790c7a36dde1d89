/// English for the words Chinese plan tables print in their category column and as
/// qualitative targets, so that an English report of a plan whose file gives no English
/// (a table imported as printed) reads English. Unknown words come back as printed.
public enum PlanGlossary {
    /// The categories (类别) of the national 14th plan's table and the ones local tables
    /// most often use instead.
    static let categories: [String: String] = [
        "经济发展": "Economic development", "创新驱动": "Innovation", "民生福祉": "Well-being",
        "绿色生态": "Green development", "安全保障": "Security", "生态文明": "Ecological progress",
        "社会民生": "Social well-being", "改革开放": "Reform and opening up", "城市建设": "Urban development",
        "城乡建设": "Urban and rural development", "乡村振兴": "Rural revitalisation", "社会治理": "Social governance",
        "资源环境": "Resources and environment", "公共服务": "Public services", "文化建设": "Culture",
        "产业发展": "Industry", "科技创新": "Science and technology", "开放合作": "Opening up and cooperation",
    ]

    /// The qualitative targets plans print instead of a number.
    static let qualitativeTargets: [String: String] = [
        "与经济增长基本同步": "in step with economic growth", "与经济增长同步": "in step with economic growth",
        "与地区生产总值增长基本同步": "in step with GDP growth", "稳步提高": "rising steadily", "稳步提升": "rising steadily",
        "持续提高": "rising", "持续提升": "rising", "持续改善": "improving", "持续下降": "falling",
        "完成上级下达任务": "as assigned by the higher level", "完成上级下达指标": "as assigned by the higher level",
        "完成市下达任务": "as assigned by the city", "完成区下达任务": "as assigned by the district",
        "保持稳定": "held stable", "基本稳定": "broadly stable", "稳中有升": "stable, edging up",
        "达到国家标准": "at the national standard", "全面完成": "fully completed",
    ]

    /// A category in `l`: the English of a known category, else the category as printed.
    public static func category(_ zh: String, _ l: Language) -> String {
        l == .zh ? zh : categories[zh] ?? zh
    }

    /// A qualitative target in `l`: its English when known, else the words as printed, quoted.
    public static func qualitative(_ zh: String, _ l: Language) -> String {
        guard l == .en, !zh.isEmpty else { return zh }
        return qualitativeTargets[zh] ?? "“\(zh)” (as printed)"
    }
}

extension PlanInfo {
    /// The English title a plan gets when its file states no `title_en`: the plan by its
    /// period (`Main indicators of the 14th Five-Year Plan (2021–2025)`), never the Chinese
    /// title in an English report.
    public static func englishTitle(period: ClosedRange<Int>) -> String {
        let start = period.lowerBound
        let name =
            start >= 1966 && (start - 1951) % 5 == 0
            ? "the \((start - 1951) / 5)th Five-Year Plan" : "the plan"
        return "Main indicators of \(name) (\(start)–\(period.upperBound))"
    }

    /// Whether the file stated its own English title (not the period-made one).
    public var statesEnglishTitle: Bool { titleEN != Self.englishTitle(period: period) }
}

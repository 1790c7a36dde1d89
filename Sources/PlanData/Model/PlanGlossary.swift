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

extension PlanGlossary {
    /// Whether `s` has a Chinese character (a CJK unified ideograph).
    public static func hasHan(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// A plan table's note (注：1．带*的为2020年预计数。2．〔〕内为五年累计数。…) in English, item by
    /// item: the notes tables print are put in English (`* marks a 2020 estimate`), any other
    /// item is said to be in the Chinese edition, so no Chinese reaches an English report.
    public static func note(_ zh: String) -> String {
        var body = zh
        for prefix in ["注：", "注:", "说明：", "说明:"] where body.hasPrefix(prefix) { body.removeFirst(prefix.count) }
        let items = body.split(whereSeparator: { "。；;".contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces).replacing(/^[0-9０-９]+[．.、]\s*/, with: "")
        }.filter { !$0.isEmpty }
        var out: [String] = [], untranslated = 0
        for item in items {
            if let m = item.firstMatch(of: /带[*＊※]的?为(\d{4})年(预计|预测|初步)?数/) {
                out.append("* marks a \(m.1) estimate")
            } else if item.contains("〔〕") || item.contains("五年累计") || item.contains("累计数") {
                out.append("Σ marks a total over the plan period")
            } else if item.contains("基本同步") {
                out.append("“in step with” targets are printed in words")
            } else if item.contains("可比价") {
                out.append("growth rates at comparable prices")
            } else if item.contains("现价") || item.contains("当年价") {
                out.append("values at current prices")
            } else {
                untranslated += 1
            }
        }
        if untranslated > 0 {
            out.append(
                untranslated == 1
                    ? "one more note is in the Chinese edition"
                    : "\(untranslated) more notes are in the Chinese edition")
        }
        return out.isEmpty
            ? "The plan's notes are in the Chinese edition." : "The plan's notes: " + out.joined(separator: "; ") + "."
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

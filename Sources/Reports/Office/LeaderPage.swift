public import PlanData

/// Page one of every briefing (run, what-if, comparison, sweep, evaluation, proposal): what
/// a leader reads in one minute, in 公文 form and plain words.
///
/// 一、总体判断 (two or three sentences) · 二、分项 — （一）有望完成 （二）存在不确定性
/// （三）完成难度较大, each target with one real reason from the model · 三、可调控因素 ·
/// 提请注意 (doubtful units and the like, when there are any) · the year the data end, the
/// report's date (年月日) and what the band means. Contract: no code names, file names,
/// options or Latin jargon in any text given to it (they belong in ``TechnicalAnnex``);
/// the renderers add only the fixed headings. Empty groups and sections are left out.
public struct LeaderPage: Sendable, Equatable {
    /// One target in 二、分项: its name, its figure (`达标概率35%`) and why.
    public struct Item: Sendable, Equatable {
        public var name: String, figure: String, reason: String
        public init(name: String, figure: String, reason: String) {
            self.name = name
            self.figure = figure
            self.reason = reason
        }
        /// `名称（figure）：reason` as one line.
        public func line(_ l: Language) -> String {
            let fig = figure.isEmpty ? "" : (l == .zh ? "（\(figure)）" : " (\(figure))")
            return name + fig + (reason.isEmpty ? "" : (l == .zh ? "：" : ": ") + reason)
        }
    }

    public let language: Language
    public var title: String
    /// The scenario's title or what is compared, under the title.
    public var subtitle: String?
    /// A notice set above 一、 when the reader must know it first: a plan period that has
    /// already ended while the report forecasts it from older data (``LeaderPage/periodNotice(_:language:)``).
    public var notice: String?
    /// 一、总体判断: two or three sentences.
    public var judgement: [String]
    /// 二、分项, in the order likely, uncertain, difficult, plan-path.
    public var groups: [(ChartSpec.Risk, [Item])]
    /// 三、可调控因素: what would change the outcome, one line per lever or target.
    public var levers: [String]
    /// 提请注意: doubtful units and other things a reader must check.
    public var cautions: [String] = []
    /// The heading of 三、 when its lines are no levers (a sweep's 主要影响因素); nil: 可调控因素.
    public var leverHeading: String?
    /// What the foot says the page's figures mean, in place of the ranges and probabilities
    /// (``bandWords(_:)``) of a page that gives none (a sweep's shares); nil: the band.
    public var figuresNote: String?
    /// The last year with data, and the report's date as ``OfficialForm/date(_:language:)`` prints it.
    public var dataEnd: Int?
    public var reportDate: String

    public init(
        language: Language, title: String, subtitle: String?, judgement: [String], groups: [(ChartSpec.Risk, [Item])],
        levers: [String], cautions: [String] = [], dataEnd: Int?, reportDate: String
    ) {
        self.language = language
        self.title = title
        self.subtitle = subtitle
        self.judgement = judgement
        self.groups = groups
        self.levers = levers
        self.cautions = cautions
        self.dataEnd = dataEnd
        self.reportDate = reportDate
    }

    public static func == (a: LeaderPage, b: LeaderPage) -> Bool {
        a.language == b.language && a.title == b.title && a.subtitle == b.subtitle && a.notice == b.notice
            && a.judgement == b.judgement
            && a.groups.map { $0.0 } == b.groups.map { $0.0 } && a.groups.map { $0.1 } == b.groups.map { $0.1 }
            && a.levers == b.levers
            && a.cautions == b.cautions && a.dataEnd == b.dataEnd && a.reportDate == b.reportDate
            && a.leverHeading == b.leverHeading && a.figuresNote == b.figuresNote
    }

    /// A section of the page: its numbered heading, and lines that are either sub-headings
    /// (`（一）有望完成`) or paragraphs.
    public struct Section: Sendable, Equatable {
        public enum Line: Sendable, Equatable {
            case subheading(String)
            case paragraph(String)
        }
        public let heading: String
        public let lines: [Line]
    }

    /// The sections in order, numbered 一、二、三… (only those with content count).
    public var sections: [Section] {
        let l = language, zh = l == .zh
        var raw: [(String, [Section.Line])] = []
        raw.append((zh ? "总体判断" : "Overall judgement", judgement.map { .paragraph($0) }))
        var items: [Section.Line] = []
        for (k, group) in groups.filter({ !$0.1.isEmpty }).enumerated() {
            items.append(
                .subheading(
                    OfficialForm.heading(
                        group.0.word(l) + (zh ? "（\(group.1.count)项）" : " (\(group.1.count))"),
                        level: 2, k + 1, language: l)))
            items += group.1.enumerated().map {
                .paragraph(OfficialForm.number(level: 3, $0.offset + 1, language: l) + $0.element.line(l))
            }
        }
        raw.append((zh ? "分项" : "Target by target", items))
        raw.append((leverHeading ?? (zh ? "可调控因素" : "What can be changed"), levers.map { .paragraph($0) }))
        raw.append((zh ? "提请注意" : "Please check", cautions.map { .paragraph($0) }))
        return raw.filter { !$0.1.isEmpty }.enumerated().map {
            Section(
                heading: OfficialForm.heading($0.element.0, level: 1, $0.offset + 1, language: l), lines: $0.element.1)
        }
    }

    /// The line of dates and the band: `数据截至2020年；报告日期：2026年12月7日。…有八成把握落在此范围…`.
    public var footnote: String {
        let zh = language == .zh
        var parts: [String] = []
        if let y = dataEnd { parts.append(zh ? "数据截至\(y)年" : "Data end in \(y)") }
        if !reportDate.isEmpty { parts.append(zh ? "报告日期：\(reportDate)" : "Report date: \(reportDate)") }
        // A page whose targets have all passed their year gives no range or probability to explain.
        let band =
            figuresNote ?? (!groups.isEmpty && groups.allSatisfy { $0.0 == .ended } ? "" : Self.bandWords(language))
        if parts.isEmpty { return band }
        return parts.joined(separator: zh ? "；" : "; ") + (zh ? "。" : (band.isEmpty ? "." : ". ")) + band
    }

    /// What every range on the page means.
    public static func bandWords(_ l: Language) -> String {
        l == .zh
            ? "文中区间均为模型测算的范围，有八成把握落在此范围；所称概率指按现有走势和假设测算达到目标的可能性。"
            : "Every range given is the model's: an 80% chance that the outcome falls within it; a probability is the chance of meeting the target on present trends and the stated assumptions."
    }
}

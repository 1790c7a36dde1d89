import PlanData

/// One suggestion for the next plan, as the 总结评估's 五、对“十五五”规划的建议 states it: the
/// indicator, the proposed target as a plan prints it, its odds, the last period's growth,
/// and a sentence in each language. Made from a ``ProposedTarget`` by ``init(_:)``.
public struct ProposalSuggestion: Codable, Sendable, Equatable {
    public var indicator: String
    public var nameZH: String
    public var nameEN: String
    public var binding: Bool
    public var wordingZH: String
    public var wordingEN: String
    /// nil for a target not read from the simulation (a cumulative decline).
    public var odds: Double?
    public var lastGrowth: Double?
    public var flags: [ProposedTarget.Flag]
    /// `地区生产总值：建议年均增长6%左右（约六成把握；上期实际年均增长5.8%）。`
    public var textZH: String
    public var textEN: String

    public init(_ p: ProposedTarget) {
        indicator = p.indicator
        nameZH = p.nameZH
        nameEN = p.nameEN
        binding = p.binding
        wordingZH = p.wordingZH
        wordingEN = p.wordingEN
        odds = p.odds
        lastGrowth = p.lastGrowth
        flags = p.flags
        var zh = "\(p.nameZH)（\(p.binding ? "约束性" : "预期性")）：建议\(p.wordingZH)（"
        var en = "\(p.nameEN) (\(p.binding ? "binding" : "indicative")): \(p.wordingEN) ("
        if p.flags.contains(.heldAtLastActual), let odds = p.odds {
            // Held at the last actual: its odds are what they are, not the convention's high odds.
            let pct = Int((odds * 100).rounded())
            zh += "按\(p.ceiling ? "不高于" : "不低于")期末实际确定，模型把握约\(pct)%，须配套措施"
            en += "held at the last actual; the model gives it about \(pct)% odds; measures are needed"
        } else if let odds = p.odds {
            let pct = Int((odds * 100).rounded())
            zh += "实现把握约\(pct)%"
            en += "odds about \(pct)%"
        } else {
            // A binding decline is the last period's pace rounded up to half a point (13.6% →
            // 14%): said, so that a figure equal to the old target is not read as the old target.
            let up = p.binding && !p.flags.contains(.fromLastTarget)
            zh += up ? "按上期实际降幅向上取至半个百分点确定" : "按上期实际降幅确定"
            en += up ? "the last period's pace rounded up to half a point" : "set from the last period's pace"
        }
        if let d = p.lastDecline, let y = p.lastFirstYear {
            zh += "；\(y + 1)—\(p.baseYear)年实际累计下降\(Self.percent(d))"
            en += "; \(y + 1)–\(p.baseYear) actual decline \(Self.percent(d))"
        }
        if let pts = p.lastPointsChange, let y = p.lastFirstYear {
            // A share is read in points, never as a growth rate.
            zh += "；\(y + 1)—\(p.baseYear)年实际\(ProposedTarget.pointsText(pts, zh: true))"
            en += "; \(y + 1)–\(p.baseYear) actual \(ProposedTarget.pointsText(pts, zh: false))"
        } else if let g = p.lastGrowth, let y = p.lastFirstYear {
            let last = Self.percent(abs(g))
            zh += "；\(y + 1)—\(p.baseYear)年实际年均\(g < 0 ? "下降" : "增长")\(last)"
            en += "; \(y + 1)–\(p.baseYear) actual \(g < 0 ? "−" : "")\(last) a year"
        }
        zh += "）"
        en += ")"
        if let why = p.slowerReason(zh: true), let whyEN = p.slowerReason(zh: false) {
            zh += "，低于上期实际增速：\(why)"
            en += ", slower than achieved: \(whyEN)"
        }

        if p.flags.contains(.higherLevelAllocates) {
            zh += "，最终以上级下达指标为准"
            en += "; the higher level's allocation governs"
        }
        if p.flags.contains(.fromLastTarget) {
            zh += "，因缺少上期实际降幅按不低于上期目标提出"
            en += "; no achieved decline in the actuals: at least the old target"
        }
        if p.flags.contains(.keptPreviousCap) {
            zh += "，沿用上期规划控制目标，不严于期末实际"
            en += ", the last plan's cap kept, no tighter than the last actual"
        }
        if p.flags.contains(.capAtLastActual) {
            zh += "，控制目标不严于期末实际"
            en += ", a cap no tighter than the last actual"
        }
        if p.flags.contains(.relaxedBinding) {
            zh += "，约束性指标弱于上期实际水平，须报经审定"
            en += ", binding yet weaker than the last actual: needs approval"
        }
        textZH = zh + "。"
        textEN = en + "."
    }

    /// `5.8%`: one decimal, a true minus sign.
    public static func percent(_ g: Double) -> String {
        let text = DecimalRounding.fixed(g * 100, decimals: 1)
        return (text.hasPrefix("-") ? "−" + text.dropFirst() : text) + "%"
    }
}

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
    public var odds: Double
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
        let pct = Int((p.odds * 100).rounded())
        var zh = "\(p.nameZH)（\(p.binding ? "约束性" : "预期性")）：建议\(p.wordingZH)（实现把握约\(pct)%"
        var en = "\(p.nameEN) (\(p.binding ? "binding" : "indicative")): \(p.wordingEN) (odds about \(pct)%"
        if let g = p.lastGrowth, let y = p.lastFirstYear {
            let last = Self.percent(g)
            zh += "；\(y + 1)—\(p.baseYear)年实际年均增长\(last)"
            en += "; \(y + 1)–\(p.baseYear) actual \(last) a year"
        }
        zh += "）"
        en += ")"
        if p.flags.contains(.slowerThanLastPeriod) { zh += "，低于上期实际增速，需说明理由"; en += ", slower than achieved: say why" }
        if p.flags.contains(.heldAtLastActual) { zh += "，约束性指标按不低于上期实际水平确定"; en += ", binding: held at the last actual" }
        if p.flags.contains(.relaxedBinding) { zh += "，约束性指标弱于上期实际水平，须报经审定"; en += ", binding yet weaker than the last actual: needs approval" }
        textZH = zh + "。"
        textEN = en + "."
    }

    /// `5.8%`: one decimal, a true minus sign.
    public static func percent(_ g: Double) -> String {
        let p = (g * 1000).rounded() / 10
        return (p < 0 ? "−" : "") + String(format: "%.1f", abs(p)) + "%"
    }
}

import Foundation
public import PlanData

extension LeaderPage {
    /// Page one of a sensitivity sweep: what decides the measure, in words, and whether
    /// each driver is under the sub-district's control — no index names, no file names —
    /// and the date under the title (``SweepSummary/created``, else today).
    public init(sweep s: SweepSummary, language l: Language) {
        let zh = l == .zh
        let measure = s.measureName(l)
        let drivers = s.drivers
        let name = { (r: SweepSummary.Row) in SweepNames.input(r.name, language: l) }
        var judgement: [String] = []
        if drivers.isEmpty {
            judgement.append(
                zh
                    ? "所考察的\(s.rows.count)个因素对\(measure)都没有明显影响。"
                    : "None of the \(s.rows.count) factors examined moves \(measure) noticeably.")
        } else {
            let names = drivers.prefix(3).map(name)
            let controlled = drivers.prefix(3).filter { Self.control($0.name) == .direct }
            let tail: String
            switch controlled.count {
            case 0:
                tail =
                    zh
                    ? (names.count == 1 ? "，该因素不在街道直接调控范围内" : "，均不在街道直接调控范围内")
                    : (names.count == 1
                        ? ", which is not under the sub-district's direct control"
                        : ", none of them under the sub-district's direct control")
            case names.count: tail = zh ? "，均可由街道施加影响" : ", all of which the sub-district can influence"
            default:
                tail =
                    zh
                    ? "，其中\(controlled.map(name).joined(separator: "、"))可由街道施加影响"
                    : "; of these the sub-district can influence \(controlled.map(name).joined(separator: " and "))"
            }
            judgement.append(
                zh
                    ? "\(measure)主要取决于\(names.joined(separator: "、"))\(tail)。"
                    : "\(Self.capitalised(measure)) depends mainly on \(Self.list(names))\(tail).")
            // "On its own" is the first-order index S₁ (the total Sₜ adds interactions); a
            // Morris μ* is no share, so it says nothing of tenths.
            if let top = drivers.first, !s.isMorris, top.first.isFinite, top.first >= 0.05 {
                let tenths = max(1, min(10, Int((top.first * 10).rounded())))
                judgement.append(
                    zh
                        ? "其中\(name(top))单独一项就可解释约\(OfficialForm.chineseNumeral(tenths))成的变化。"
                        : "\(Self.capitalised(name(top))) alone accounts for about \(tenths * 10)% of the variation.")
            }
        }
        // 二、主要影响因素 (never 可调控因素: most drivers are nobody's lever): each driver and
        // which way it works; whose hands it is in, once when all share it.
        let controls = drivers.map { Self.control($0.name) }
        let shared = controls.first.flatMap { c in controls.allSatisfy { $0 == c } && controls.count > 1 ? c : nil }
        var levers = drivers.map { r -> String in
            let way =
                EffectDirection.isClear(r.direction, n: s.sampleCount)
                ? (r.direction > 0 ? (zh ? "越高越有利" : "higher helps") : (zh ? "越高越不利" : "higher hurts")) : ""
            let control = shared == nil ? Self.control(r.name).words(l) : ""
            let said = [way, control].filter { !$0.isEmpty }.joined(separator: zh ? "；" : "; ")
            return zh
                ? "\(name(r))" + (said.isEmpty ? "。" : "：\(said)。")
                : Self.capitalised(name(r)) + (said.isEmpty ? "." : ": \(said).")
        }
        if let shared {
            levers.append(zh ? "以上因素均\(shared.words(l))。" : "All of them: \(shared.words(l)).")
        }
        // The date under the title (年月日), as every briefing has it: when the sweep ran.
        let created = s.created ?? ISO8601DateFormatter().string(from: Date())
        self.init(
            language: l, title: s.title(l), subtitle: nil, judgement: judgement, groups: [], levers: levers,
            dataEnd: s.dataEnd,
            reportDate: OfficialForm.date(created, language: l))
        leverHeading = zh ? "主要影响因素" : "What drives it"
        notice = s.periodNotice(reportDate: created, language: l)
        figuresNote =
            zh
            ? "文中“可解释约几成”指该因素的变动所引起的结果差异占全部差异的比例，按模型测算。"
            : "“Accounts for about X%” is the share of the outcome's variation that the factor's own variation causes, as the model computes it."
    }

    /// An English sentence's first letter in capitals (`capital–output ratio` → `Capital–output ratio`).
    static func capitalised(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        items.count <= 2
            ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    /// How far a sweep input is in the sub-district's hands.
    enum Control {
        case direct, indirect, none
        func words(_ l: Language) -> String {
            switch (self, l) {
            case (.direct, .zh): "街道可通过项目安排和招商引资施加影响"
            case (.indirect, .zh): "取决于市场需求，街道只能间接引导"
            case (.none, .zh): "属经济结构和技术条件，不在街道直接调控范围内"
            case (.direct, .en): "the sub-district can influence it through projects and investment promotion"
            case (.indirect, .en): "set by market demand; the sub-district can only steer it indirectly"
            case (.none, .en):
                "a matter of economic structure and technology, not under the sub-district's direct control"
            }
        }
    }

    /// Investment is the office's lever; sales follow the market; the linked model's
    /// parameters (productivity, capital elasticity, depreciation) are nobody's to set.
    static func control(_ input: String) -> Control {
        if input.contains("investment") { return .direct }
        if input.hasPrefix("linked") { return .none }
        if input.contains("sales") || input.contains("employment") || input.contains("entities") { return .indirect }
        return .none
    }
}

public import Artifacts
public import Foundation
public import PlanData

/// The proposal report a 发改 office circulates, as content every format renders alike:
/// a title naming the next plan, page one for a leader (一、总体考虑 二、主要指标建议
/// 三、需要关注的问题), the table of proposed targets (属性, last period's growth, the
/// proposal as a plan prints it, its odds, what to watch), and a 技术附录 holding the only
/// code names, the values at the other odds and the provenance.
public struct ProposalReport: Sendable {
    public let language: Language
    public let title: String
    /// Issuer and date (年月日), and the ILLUSTRATIVE banner when the actuals are made up.
    public let subtitle: [String]
    public let overview: [String]
    public let tableHeaders: [String]
    public let tableRows: [[String]]
    /// Which columns hold numbers (right-aligned).
    public let numericColumns: Set<Int>
    /// The table for a workbook: numbers stored as numbers (base, last growth, odds).
    let tableCells: [[BriefingTable.Cell]]
    public let tableNote: String
    public let issues: [String]
    public let annexTitle: String
    public let annexParagraphs: [String]
    public let annexHeaders: [String]
    public let annexRows: [[String]]
    /// The proposals drawn, one chart each (``ProposalChart``), in the table's order.
    let charted: [ProposedTarget]
    /// The heading of the charts and the sentence on the band.
    public let chartsHeading: String
    public let chartsNote: String

    /// The base-year actual; for a total, the last period's total as plans print it (〔74.2〕;
    /// in English `Σ 74.2`, as the evaluation writes a total).
    static func baseText(_ p: ProposedTarget, _ l: Language) -> String {
        if p.form == .periodSum, let sum = p.lastSum {
            let v = NumberFormat.fixed(sum, decimals: p.decimals)
            return l == .zh ? "〔" + v + "〕" : "Σ " + v
        }
        return NumberFormat.fixed(p.base, decimals: p.decimals)
    }

    /// The note a table needs when a proposal writes its figure in 万 beside a unit column in
    /// the unit itself (高标准农田面积 亩 … 不低于2.8万亩), with the first such row as the example;
    /// empty when no row does.
    static func tenThousandNote(_ ps: [ProposedTarget]) -> String {
        for p in ps where !p.unitZH.isEmpty {
            guard let f = p.figure, f.unitZH == "万" + p.unitZH else { continue }
            let figure = "“" + f.textZH + f.unitZH + "”"
            return "建议值达到一万的以“万”计（单位栏为基本单位，如\(figure)即\(Int(f.value.rounded()))\(p.unitZH)）。"
        }
        return ""
    }

    /// The report of `s` in `l`, dated `date`.
    public init(_ s: ProposalSet, language l: Language, date: Date = Date()) {
        let zh = l == .zh
        language = l
        let span = "\(s.plan.firstYear)—\(s.plan.lastYear)"
        let tag = "“\(NextPlanWords.chinese(s.plan.ordinal))五”"
        title =
            zh
            ? EvaluationWords.issuer(s.plan.issuer, title: s.plan.titleZH) + "\(tag)规划主要指标建议"
            : Self.englishTitle(s.plan)
        var sub = [NextPlanWords.date(date, language: l)]
        if s.illustrative { sub.append(EvaluationDocument.illustrativeBanner(l)) }
        subtitle = sub
        let ps = s.proposals, base = ps.first?.baseYear ?? s.plan.firstYear - 1
        let held = ps.filter { $0.flags.contains(.heldAtLastActual) }
        let slower = ps.filter(\.showsSlower), relaxed = ps.filter { $0.flags.contains(.relaxedBinding) }
        let name = { (p: ProposedTarget) in zh ? p.nameZH : p.nameEN }
        let list = { (xs: [ProposedTarget]) in xs.map(name).joined(separator: zh ? "、" : ", ") }
        overview = ProposalOverview.pageOne(s, language: l, reportYear: NextPlanWords.year(date))
        // The 远景目标 column only when the plan states a vision for some indicator.
        let vision = ps.contains { $0.visionYear != nil }
        let visionColumn = { (xs: [String]) in vision ? xs : Array(xs[0..<8]) + [xs[9]] }
        tableHeaders = visionColumn(
            zh
                ? ["序号", "指标", "单位", "属性", "\(base)年实际", "上期实际", "建议目标（\(s.plan.lastYear)年）", "实现把握", "远景目标", "提示"]
                : [
                    "No.", "Indicator", "Unit", "Type", "\(base) actual", "Last period",
                    "Proposal (\(s.plan.lastYear))", "Odds", "Vision", "Note",
                ])
        numericColumns = [0, 4, 5, 7]
        let rows = ps.enumerated().map { k, p in
            return [
                "\(k + 1)", name(p), ProposalWords.unit(p, language: l),
                zh ? (p.binding ? "约束性" : "预期性") : (p.binding ? "binding" : "indicative"),
                Self.baseText(p, l), ProposalWords.lastPeriod(p, language: l), zh ? p.wordingZH : p.wordingEN,
                ProposalWords.odds(p.odds),
                p.visionYear.map { y in
                    (zh ? "\(y)年" : "\(y): ") + NumberFormat.fixed(p.visionValue ?? 0, decimals: p.decimals)
                } ?? "—",
                ProposalWords.note(p, language: l),
            ]
        }
        tableRows = rows.map(visionColumn)
        tableCells = zip(ps, rows).enumerated().map { k, pair in
            let (p, r) = pair
            let cells: [BriefingTable.Cell] = [
                .integer(k + 1), .text(r[1]), .text(r[2]), .text(r[3]),
                p.form == .periodSum && p.lastSum != nil ? .text(r[4]) : .fixed(p.base, decimals: p.decimals),
                p.form == .decline || p.lastPointsChange != nil ? .text(r[5]) : .percent(p.lastGrowth), .text(r[6]),
                p.odds == nil ? .text("—") : .probability(p.odds), .text(r[8]), .text(r[9]),
            ]
            return vision ? cells : Array(cells[0..<8]) + [cells[9]]
        }
        tableNote =
            zh
            ? "注：上期实际为上一规划基期至\(base)年的实际年均增速（百分比指标为提高的百分点，累计下降类指标为累计降幅）；五年累计指标的实际数为上一规划期五年合计〔〕，建议目标为\(span)年合计；实现把握为按趋势推算达到建议目标的可能性，累计下降类指标不作模型推算（“—”）。"
                + Self.tenThousandNote(ps)
            : "Note: last period = actual yearly growth from the last plan's base year to \(base) (points gained for targets in points, the cumulative decline for declines); totals are sums over \(span); odds = the chance of reaching the proposal on trend; declines are not simulated (“—”)."
        var concerns: [String] = []
        // The slower rows' reasons, one numbered line each under their concern (公文: （二） then 1．).
        var reasons: [String] = []
        var reasonsAfter = -1
        let hard = ps.filter { ($0.odds ?? 1) < 0.5 }
        if zh {
            if !held.isEmpty {
                concerns.append(
                    "约束性指标：\(list(held))按不弱于期末实际确定，模型把握分别约为"
                        + held.map { ProposalWords.odds($0.odds) }.joined(separator: "、") + "，须配套措施确保完成。")
            }
            if !relaxed.isEmpty { concerns.append("\(list(relaxed))的建议值弱于期末实际水平，须说明理由并报经审定。") }
            if !slower.isEmpty {
                concerns.append("\(list(slower))的建议值低于上期实际增速，编制时宜说明放缓的理由（基数抬高、政策退出或外部冲击），或适当调高目标。逐项原因如下：")
                reasonsAfter = concerns.count - 1
                reasons = ProposalSlowerSummary.reasonLines(slower, language: l)
            }
            if !hard.isEmpty { concerns.append("\(list(hard))的实现把握不足五成，完成难度较大。") }
            concerns += s.skipped.map { "\($0.nameZH)：\($0.reasonZH)。" }
            if concerns.isEmpty { concerns.append("各项建议均不弱于上期实际水平，实现把握均在五成以上。") }
            issues = concerns.enumerated().flatMap { k, c in
                ["（\(NextPlanWords.chinese(k + 1))）" + c]
                    + (k == reasonsAfter ? reasons.enumerated().map { "\($0.offset + 1)．" + $0.element } : [])
            }
        } else {
            if !held.isEmpty {
                concerns.append(
                    "Binding targets \(list(held)) are held at the last actual; their odds are "
                        + held.map { ProposalWords.odds($0.odds) }.joined(separator: ", ")
                        + ": measures are needed to meet them.")
            }
            if !relaxed.isEmpty {
                concerns.append("\(list(relaxed)): weaker than the last actual; needs a reason and approval.")
            }
            if !slower.isEmpty {
                concerns.append(
                    "\(list(slower)): slower than achieved last period; say why (higher base, policies ending, shocks) or raise the target. Why, for each:"
                )
                reasonsAfter = concerns.count - 1
                reasons = ProposalSlowerSummary.reasonLines(slower, language: l)
            }
            if !hard.isEmpty { concerns.append("\(list(hard)): odds below one half.") }
            concerns += s.skipped.map { "\($0.nameEN): \($0.reasonEN)." }
            if concerns.isEmpty {
                concerns.append("No proposal is weaker than the last actual; every one has odds above one half.")
            }
            issues = concerns.enumerated().flatMap { k, c in
                ["\(k + 1). " + c]
                    + (k == reasonsAfter ? reasons.enumerated().map { "(\($0.offset + 1)) " + $0.element } : [])
            }
        }
        charted = ps.filter(ProposalChart.charted)
        chartsHeading = zh ? "附件1：主要指标预测区间图" : "Annex 1: forecast range charts"
        chartsNote =
            ChartSpec.bandSentence(l)
            + (zh
                ? "虚线为建议目标路径，菱形为建议目标值；黑色圆点为实际值。"
                : " The dashed line is the proposed target path, the diamond the proposed target; black dots are actuals.")
        let chartsShown = ps.contains(where: ProposalChart.charted)
        annexTitle =
            zh
            ? (chartsShown ? "附件2：技术附录" : "附件：技术附录")
            : (chartsShown ? "Annex 2: technical notes" : "Annex: technical notes")
        annexParagraphs =
            (zh
                ? ["本附录供技术人员核对：取值方法、各指标代码、不同把握下的取值，以及数据与程序来源。"]
                : ["For the analyst: the method, indicator codes, values at other odds, data and program provenance."])
            + ProposalOverview.method(s, language: l)
            + ProposalWords.basisLines(ps, language: l)
            + s.skipped.map { ProposalWords.skipped($0, language: l) }
            + s.provenance.compactMap { ProposalOverview.provenance($0, language: l) }
        let shown = s.convention.shownOdds
        annexHeaders =
            (zh ? ["代码", "指标"] : ["Code", "Indicator"]) + shown.map { (zh ? "把握" : "P=") + ProposalWords.odds($0) }
            + (zh ? ["建议值"] : ["Proposed value"])
        annexRows = ps.map { p in
            return [p.indicator, name(p)]
                + shown.map { q in
                    // A share beside its points, never a growth rate; signed, as a table's differences
                    // (+0.5个百分点: the annex's columns hold it on one line).
                    p.points.first { $0.probability == q }.map { point -> String in
                        let change: String
                        if !p.unitZH.hasPrefix("%") {
                            change = ProposalWords.percent(point.growth)
                        } else if zh, NumberFormat.signed(point.value - p.base, decimals: 1).first?.isNumber == false {
                            change = NumberFormat.signed(point.value - p.base, decimals: 1) + "个百分点"
                        } else {
                            change = ProposedTarget.pointsText(point.value - p.base, zh: zh)
                        }
                        return NumberFormat.fixed(point.value, decimals: p.decimals)
                            + (zh ? "（\(change)）" : " (\(change))")
                    } ?? "—"
                } + [
                    p.form == .decline
                        ? ProposalWords.percent(p.value) : NumberFormat.fixed(p.value, decimals: p.decimals)
                ]
        }
    }
}

extension ProposalReport {
    /// The English title names whose plan it is (``PlanOwner``): `Haibin Sub-district, Binhai
    /// New Area, Tianjin: proposed main targets of …`, else `Proposed main targets of the
    /// town's 15th Five-Year Plan (2026–2030)`.
    static func englishTitle(_ plan: NextPlan) -> String {
        let name = "\(plan.ordinal)th Five-Year Plan (\(plan.firstYear)–\(plan.lastYear))"
        if let place = PlanOwner.place(titleEN: plan.titleEN) {
            return "\(place): proposed main targets of the \(name)"
        }
        let owner = PlanOwner.possessive(issuerZH: EvaluationWords.issuer(plan.issuer, title: plan.titleZH))
        return "Proposed main targets of " + (owner.isEmpty ? "the " : owner) + name
    }
}

/// Chinese numerals and dates as documents write them.
public enum NextPlanWords {
    /// 1 → 一, 15 → 十五, 20 → 二十 (1 to 99).
    public static func chinese(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n >= 10 else { return digits[max(0, n)] }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + (n % 10 == 0 ? "" : digits[n % 10])
    }

    /// The year of `d` in Beijing time (the report's date).
    public static func year(_ d: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        return calendar.component(.year, from: d)
    }

    /// 2026年12月7日, or 7 December 2026.
    public static func date(_ d: Date, language l: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: d)
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return l == .zh ? "\(c.year!)年\(c.month!)月\(c.day!)日" : "\(c.day!) \(months[c.month! - 1]) \(c.year!)"
    }
}

public import Artifacts
public import PlanData
import Reports

/// The next plan's id and titles from the ending plan's: `haibin_14th` → `haibin_15th_draft`,
/// 第十四个五年规划 → 第十五个五年规划（草案）, “十四五” → “十五五”.
public enum NextPlanNaming {
    /// Which five-year plan begins in `year` (the 1st began in 1953; since the 6th, 1981,
    /// every plan begins in a year ending in 1 or 6): 2026 → 15.
    public static func ordinal(beginning year: Int) -> Int {
        year >= 1981 ? (year - 1981) / 5 + 6 : (year - 1953) / 5 + 1
    }

    /// A number from 1 to 99 in Chinese numerals: 15 → 十五, 20 → 二十.
    public static func chinese(_ n: Int) -> String { NextPlanWords.chinese(n) }

    /// The next plan for the period `period`, named after `plan`.
    public static func next(after plan: PlanInfo?, period: ClosedRange<Int>) -> NextPlan {
        let new = ordinal(beginning: period.lowerBound)
        let old = plan.map { ordinal(beginning: $0.period.lowerBound) } ?? new - 1
        let (oldZH, newZH) = (chinese(old), chinese(new))
        let (oldTag, newTag) = ("\(old)th", "\(new)th")
        var id = plan?.name ?? "plan"
        id = id.contains(oldTag) ? id.replacingOccurrences(of: oldTag, with: newTag) : id + "_" + newTag
        id += "_draft"
        var title = plan?.titleZH ?? ""
        let ordinalPhrase = "第\(newZH)个五年规划"
        if title.contains("第\(oldZH)个五年规划") {
            title = title.replacingOccurrences(of: "第\(oldZH)个五年规划", with: ordinalPhrase)
        } else if title.contains("“\(oldZH)五”") {
            title = title.replacingOccurrences(of: "“\(oldZH)五”", with: "“\(newZH)五”")
        } else {
            title += "国民经济和社会发展" + ordinalPhrase
        }
        title = title.replacingOccurrences(of: "（草案）", with: "") + "（草案）"
        var titleEN = plan?.titleEN ?? ""
        titleEN = titleEN.replacingOccurrences(of: "\(old)th Five-Year Plan", with: "\(new)th Five-Year Plan")
            .replacingOccurrences(
                of: "(\(plan?.period.lowerBound ?? 0)–\(plan?.period.upperBound ?? 0))",
                with: "(\(period.lowerBound)–\(period.upperBound))")
        if !titleEN.contains("\(new)th") {
            titleEN =
                (titleEN.isEmpty ? "" : titleEN + ": ")
                + "\(new)th Five-Year Plan (\(period.lowerBound)–\(period.upperBound))"
        }
        titleEN += " — draft"
        return NextPlan(
            id: id, titleZH: title, titleEN: titleEN, issuer: plan?.issuer ?? "", firstYear: period.lowerBound,
            lastYear: period.upperBound, ordinal: new)
    }
}

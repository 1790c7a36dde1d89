public import PlanData

/// Units as the plan means them: a doubtful printed unit flagged on page one (粮食综合
/// 生产能力 “0.510 吨” is surely 万吨), a tiny 万 figure said as a whole count (0.650万 →
/// 约6500), and counts shown whole (``isCount(_:)``).
public enum UnitCaution {
    /// Units whose values are whole things (firms, people, households).
    public static let countUnitsZH: Set<String> = ["个", "家", "户", "人", "所", "座", "项", "名"]

    /// Whether `ind` counts whole things, so its figures show no decimals; a rate per head
    /// in a unit of things (每千人口托位数 4.6 个, ``isPerHead(_:)``) is not a count.
    public static func isCount(_ ind: ReportDocument.Indicator) -> Bool {
        countUnitsZH.contains(ind.unitZH) && !isPerHead(ind)
    }

    /// Whether `ind` is a rate per head of population by its name (每千人口…, 人均…), as
    /// propose and evaluate judge it: its figures keep their decimals whatever the unit.
    public static func isPerHead(_ ind: ReportDocument.Indicator) -> Bool {
        ["每千", "每万", "每百", "每十万"].contains { ind.nameZH.hasPrefix($0) } || ind.nameZH.contains("人均")
    }

    /// One caution per indicator whose unit the plan seems to have misprinted or that reads
    /// oddly at its size; empty when none.
    public static func cautions(_ d: ReportDocument, language l: Language) -> [String] {
        d.targets.compactMap { caution($0, in: d, language: l) }
    }

    /// The caution on one target's unit, or nil when its unit reads as the plan means it.
    public static func caution(_ t: ReportDocument.Target, in d: ReportDocument, language l: Language) -> String? {
        guard let ind = d.indicator(t.indicator) else { return nil }
        return caution(
            nameZH: ind.nameZH, nameEN: ind.nameEN, unitZH: ind.unitZH, unitEN: ind.unit(.en), base: t.base,
            target: t.target, baseYear: t.baseYear, language: l)
    }

    /// The caution on a unit from the plan's own figures (the evaluation's rows use it too),
    /// or nil when the unit reads as the plan means it.
    public static func caution(
        nameZH: String, nameEN: String, unitZH: String, unitEN u: String, base: Double, target: Double,
        baseYear: Int, language l: Language
    ) -> String? {
        let zh = l == .zh
        guard base.isFinite, target.isFinite else { return nil }
        let size = max(abs(base), abs(target))
        let v = NumberFormat.value(base, digits: 3)
        if ["吨", "千克", "公斤"].contains(unitZH) && size < 10 {
            return zh
                ? "\(nameZH)：规划所列单位为“\(unitZH)”（\(baseYear)年\(v)\(unitZH)），量级明显偏小，疑为“万\(unitZH)”，请核实后再引用。"
                : "\(nameEN): tonnes as printed (\(v) in \(baseYear)) is far too small; probably 10,000 tonnes: please check."
        }
        if unitZH.hasPrefix("万") && size < 1 {
            let whole = Int((base * 10_000).rounded())
            let rest = String(unitZH.dropFirst())
            return zh
                ? "\(nameZH)：规划以“\(unitZH)”为单位（\(baseYear)年\(v)\(unitZH)，即约\(whole)\(rest.isEmpty ? "户" : rest)），文中数字均按此单位。"
                : "\(nameEN): the plan counts in units of 10,000 (\(v) in \(baseYear), i.e. about \(NumberFormat.grouped(whole)) \(u.replacingOccurrences(of: "10k ", with: "")))."
        }
        return nil
    }

    /// The mark set beside a doubtful unit in every table (吨※), explained in ``tableNote(_:language:)``.
    public static let mark = "※"

    /// The note under a table whose units carry the mark: `※ 单位存疑或需换算：…`; nil when none does.
    public static func tableNote(_ d: ReportDocument, language l: Language) -> String? {
        let all = cautions(d, language: l)
        guard !all.isEmpty else { return nil }
        return mark + (l == .zh ? " 单位存疑或需换算：" : " Units to check: ") + all.joined(separator: l == .zh ? "" : " ")
    }
}

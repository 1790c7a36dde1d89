import Foundation
public import PlanData

/// A what-if's one-off shock beside the difference the table prints for its year: where
/// the two differ (新增就业人口 −499 beside a −400 shock), a sentence gives the shock's own
/// effect and the knock-on separately and says why — the model links investment, output
/// and employment, so another indicator's shock in the same year (output falling) carries
/// into this one. Figures at the indicator's displayed precision, so text and table agree.
public enum ShockEffect {
    /// The difference a one-off shock statement makes in its year, at the table's precision:
    /// the total (table), the shock's own part and the knock-on; knock-on is zero unless it
    /// goes beyond the shock in the shock's direction. Nil for any other statement.
    static func split(_ statement: String, in d: ReportDocument) -> (
        indicator: ReportDocument.Indicator, year: Int, total: Double, shock: Double, knock: Double, digits: Int
    )? {
        guard let b = d.baseline else { return nil }
        let w =
            statement.split(separator: "#", maxSplits: 1).first.map { $0.split(separator: " ").map(String.init) } ?? []
        guard w.count >= 5, w[0] == "shock", w[w.count - 2] == "in", let year = Int(w[w.count - 1]),
            let ind = d.indicator(w[1]), let before = b.medians[w[1]]?[year],
            let now = ind.years.first(where: { $0.year == year })?.p50
        else { return nil }
        let amount = w[2..<(w.count - 2)].filter { $0 != ind.unitZH && $0 != ind.unitEN }.joined()
        let own: Double
        if amount.hasSuffix("%"), let p = Double(amount.dropLast()) {
            own = before * p / 100
        } else if let v = Double(amount) {
            own = v
        } else {
            return nil
        }
        // At the table's precision (the plan's, ``BriefingTable``): counts whole.
        let digits = BriefingTable.decimals(of: ind, in: d)
        let step = 1 / pow(10, Double(digits))
        let total = ((now - before) / step).rounded() * step, shock = (own / step).rounded() * step
        let knock = total - shock
        // Within 2 % of the shock (and more than one displayed step) counts as the shock
        // alone; only a knock-on in the shock's direction is the linked model's doing.
        let linked = abs(knock) > max(step, abs(shock) * 0.02) && knock * shock > 0
        return (ind, year, total, shock, linked ? knock : 0, digits)
    }

    /// One sentence per shocked indicator and year whose difference goes beyond its shock
    /// in the shock's direction (a knock-on); nothing where the difference is the shock.
    public static func notes(_ d: ReportDocument, language l: Language) -> [String] {
        let zh = l == .zh
        var out: [String] = []
        for a in d.assumptions {
            guard let (ind, year, total, shock, knock, digits) = split(a.text, in: d), knock != 0 else { continue }
            let unit = zh ? ind.unitZH : " " + ind.unitEN
            func f(_ x: Double) -> String { OfficialForm.minusSigns(NumberFormat.signed(x, decimals: digits)) + unit }
            out.append(
                zh
                    ? "\(ind.nameZH)\(year)年与基准情景相差\(f(total))，不同于所设冲击\(f(shock))：其中\(f(shock))为本指标所受冲击，另\(f(knock))来自模型中投资、产出与就业的联动——同年其他指标所受冲击（如产出下降）会带动本指标进一步变化。"
                    : "\(ind.nameEN) differs from the baseline by \(f(total)) in \(year), not by the shock of \(f(shock)): \(f(shock)) is its own shock and \(f(knock)) the knock-on through the model's link of investment, output and employment — another indicator's shock in the same year (output falling) carries into this one."
            )
        }
        return out
    }
}

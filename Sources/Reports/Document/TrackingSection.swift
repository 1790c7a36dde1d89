import PlanData
import Simulation

/// The base-year forecast against each actual a planner loaded (misses flagged), as a
/// title, a table and a closing line every format renders; nil without actuals.
enum TrackingSection {
    static func table(_ d: ReportDocument, language l: Language) -> (
        title: String, headers: [String], rows: [[String]], note: String
    )? {
        guard let tracking = d.tracking, !tracking.rows.isEmpty else { return nil }
        let zh = l == .zh
        let headers =
            zh
            ? ["指标", "年份", "实际值", "\(tracking.origin)年预测中位数", "P10–P90", "P5–P95", "判断"]
            : ["Indicator", "Year", "Actual", "\(tracking.origin) forecast median", "P10–P90", "P5–P95", "Verdict"]
        let rows = tracking.rows.map { r -> [String] in
            let verdict =
                r.outside90
                ? (zh ? "超出P5–P95" : "outside P5–P95")
                : r.outside80 ? (zh ? "超出P10–P90" : "outside P10–P90") : (zh ? "区间内" : "inside")
            return [
                d.indicator(r.indicator)?.name(l) ?? r.indicator, "\(r.year)", NumberFormat.value(r.actual, digits: 4),
                NumberFormat.value(r.p50, digits: 4),
                "\(NumberFormat.value(r.p10, digits: 4))–\(NumberFormat.value(r.p90, digits: 4))",
                "\(NumberFormat.value(r.p5, digits: 4))–\(NumberFormat.value(r.p95, digits: 4))", verdict,
            ]
        }
        let share = tracking.coverage80.map { NumberFormat.probability($0) } ?? "—"
        // An actual far outside the base-year forecast may be a change of definition.
        let breaks = tracking.rows.filter(\.outside90).map {
            "\(d.indicator($0.indicator)?.name(l) ?? $0.indicator) \($0.year)"
        }
        let warning =
            breaks.isEmpty
            ? ""
            : zh
                ? "注意：\(breaks.joined(separator: "、"))超出P5–P95，可能是口径变化或数据错误，请先核实再据此预测。"
                : " Check: \(breaks.joined(separator: ", ")) fell outside P5–P95 — possibly a change of definition or a data error; verify it before forecasting from it."
        return (
            zh
                ? "\(tracking.origin)年所作预测与实际值对照（预测偏差）"
                : "The \(tracking.origin) forecast against the actuals loaded (forecast misses)",
            headers, rows,
            (zh
                ? "实际值落在P10–P90区间内的比例：\(share)（校准良好时约80%）。"
                : "Share of actuals inside P10–P90: \(share) (about 80 % when calibrated).") + warning
        )
    }
}

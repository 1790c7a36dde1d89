import Foundation
import PlanData

/// The DOCX briefing's native charts, drawn to ``ChartSpec``: probability bars in their
/// risk colours with value labels and a gridline at 50 %; per indicator a 预测区间图 with
/// history from 2016, the P10–P90 band, the median, the target as a diamond and a
/// what-if's baseline median (the same DrawingML as the workbook's). Every
/// number is cached in the chart and refers to `Sheet1` cells, which ``WordML/package``
/// embeds as the chart's workbook (``EmbeddedWorkbook``), so 编辑数据 opens the figures.
enum WordCharts {
    static func charts(_ d: ReportDocument, language l: Language) -> [String] {
        var out: [String] = []
        if !d.targets.isEmpty { out.append(probabilities(d, language: l)) }
        for ind in d.indicators where !ind.years.isEmpty { out.append(band(ind, in: d, language: l)) }
        return out
    }

    /// Bars coloured by risk, the plan-path bar grey and named as not a forecast, an ended
    /// target's status and completion in place of its bar.
    static func probabilities(_ d: ReportDocument, language l: Language) -> String {
        let n = d.targets.count
        return XLSXCharts.probabilityBars(
            d, language: l, categories: "Sheet1!$A$2:$A$\(n + 1)", values: "Sheet1!$B$2:$B$\(n + 1)")
    }

    /// History from 2016, the P10–P90 band, the median, the target and, for a what-if, the
    /// baseline's median (``XLSXCharts/band(_:in:language:sheet:firstRow:firstColumn:)``).
    static func band(_ ind: ReportDocument.Indicator, in d: ReportDocument, language l: Language) -> String {
        XLSXCharts.band(ind, in: d, language: l, sheet: "Sheet1", firstRow: 2, firstColumn: 0)
    }
}

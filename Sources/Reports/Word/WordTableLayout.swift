import PlanData

/// The Word briefing's table layouts on A4 portrait (9866 twips between the margins) at
/// 9 pt: every column wide enough for its longest word and its figures, so LibreOffice,
/// Word and WPS never break a word or a year (`Eviden/ce`, `202/5`); headers carry their
/// own line breaks between words (`所需年均\n增速`, `Growth\nneeded`).
///
/// Widths assume about 180 twips per CJK character and 100 per Latin letter or digit at
/// 9 pt, with 80 twips of cell margins: the fallback fonts LibreOffice uses where 宋体 or
/// Calibri are missing are as wide or narrower.
enum WordTableLayout {
    typealias C = BriefingTable.Column

    /// 专栏1's columns in Word: the PDF's, the range under the median in the same cell.
    static func mainColumns(_ d: ReportDocument) -> [Int] {
        [
            C.number, C.name, C.unit, C.base, C.target, C.median, C.probability, C.evidence, C.growthNeeded,
            C.growthForecast, C.horizon,
        ] + (d.targets.contains { $0.status != nil } ? [C.status] : [])
    }

    /// 专栏1's headers with their line breaks: `2025预测中位数\n八成把握区间`, `Growth\nneeded`.
    static func mainHeader(_ column: Int, table: BriefingTable, d: ReportDocument, language l: Language) -> String {
        let zh = l == .zh
        let horizon = d.indicators.first?.years.last?.year ?? 2035
        let targetYear = d.targets.allSatisfy { $0.targetYear == 2025 } ? "2025" : ""
        switch column {
        case C.number: return zh ? "序号" : "#"
        case C.target:
            return zh
                ? (targetYear.isEmpty ? "目标" : "\(targetYear)\n目标")
                : (targetYear.isEmpty ? "Target" : "\(targetYear)\ntarget")
        case C.median:
            return zh
                ? (targetYear.isEmpty ? "目标年预测\n中位数" : "\(targetYear)预测\n中位数") + "\n八成把握区间"
                : (targetYear.isEmpty ? "Target-year\nforecast" : "\(targetYear)\nforecast") + "\n(80% range)"
        case C.probability: return zh ? "达标\n概率" : "P(meet\ntarget)"
        case C.evidence: return zh ? "依据" : "Basis"
        case C.growthNeeded: return zh ? "所需年均\n增速" : "Growth\nneeded"
        case C.growthForecast: return zh ? "预测年均\n增速" : "Growth\nforecast"
        case C.horizon: return zh ? "\(horizon)\n预测\n中位数" : "\(horizon)\nforecast"
        case C.status: return zh ? "状态" : "Status"
        default: return table.headers[column]
        }
    }

    /// 专栏1's widths in twips; the name column takes what the others leave (at most its
    /// longest name), so the table never runs past the margin.
    static func mainWidths(_ columns: [Int], d: ReportDocument, language l: Language) -> [Int] {
        let zh = l == .zh
        let fixed: [Int: Int] =
            zh
            ? [
                C.number: 440, C.unit: 560, C.base: 680, C.target: 900, C.median: 1400, C.probability: 720,
                C.evidence: 800, C.growthNeeded: 800, C.growthForecast: 800, C.horizon: 820, C.status: 900,
            ]
            : [
                C.number: 280, C.unit: 900, C.base: 660, C.target: 760, C.median: 1300, C.probability: 760,
                C.evidence: 1100, C.growthNeeded: 800, C.growthForecast: 880, C.horizon: 880, C.status: 900,
            ]
        let others = columns.filter { $0 != C.name }.map { fixed[$0] ?? 700 }.reduce(0, +)
        let longest = (d.indicators.map { DisplayWidth.of($0.name(l)) }.max() ?? 10) * 92 + 120
        let name = max(1000, min(longest, 9866 - others))
        return columns.map { $0 == C.name ? name : fixed[$0] ?? 700 }
    }

    /// The what-if's table of differences: headers broken between words.
    static func differences(_ headers: [String], language l: Language) -> [String] {
        let zh = l == .zh
        let broken =
            zh
            ? ["指标", "年份", "基准\n中位数", "本情景\n中位数", "差值", "差值%", "达标概率\n基准→本情景", "变化"]
            : [
                "Indicator", "Year", "Baseline\nmedian", "This scenario\nmedian", "Δ", "Δ%", "P(meet)\nbaseline → this",
                "Change",
            ]
        return broken.count == headers.count ? broken : headers
    }

    /// Widths of the table of differences: a year column that holds `2025` whole.
    static func differenceWidths(_ d: ReportDocument, language l: Language) -> [Int] {
        let rest = l == .zh ? [640, 1100, 1100, 900, 900, 1500, 1000] : [640, 1100, 1300, 900, 900, 1600, 1100]
        let longest = (d.indicators.map { DisplayWidth.of($0.name(l)) }.max() ?? 10) * 92 + 400
        return [max(1200, min(longest, 9866 - rest.reduce(0, +)))] + rest
    }
}

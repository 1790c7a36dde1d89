import Foundation
public import PlanData

/// A panel of comparable units (streets, towns, districts) for `--reference FILE.csv`: one
/// value per unit, indicator and year, header `unit,indicator,year,value`. The indicator
/// is the plan's id or Chinese name. Every problem is reported at once, each at its
/// file:line:column; a panel with a problem gives nothing (no partial priors).
public struct ReferencePanel: Sendable {
    /// One value of the panel.
    public struct Row: Sendable, Equatable {
        public let unit: String
        public let indicator: String
        public let year: Int
        public let value: Double
        public let line: Int
    }

    public let file: String
    public let sha256: String
    public let rows: [Row]

    /// Reads and checks `path` against the plan's indicators: the four columns, a known
    /// indicator, a year, a positive number, and no unit giving two values for one
    /// indicator and year.
    ///
    /// - Throws: ``InputErrors`` listing every problem.
    public static func load(path: String, for dataset: Dataset) throws(InputErrors) -> ReferencePanel {
        let document = try CSVDocument.load(path: path, digest: true)
        let header = document.columnNames.map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        let names = ["unit", "indicator", "year", "value"]
        guard header == names else {
            throw InputErrors([
                InputIssue(
                    file: path, line: 1, column: 1,
                    message: Phrase(
                        zh: "表头应为 `unit,indicator,year,value`，实为 `\(header.joined(separator: ","))`",
                        en: "the header must be `unit,indicator,year,value`; found `\(header.joined(separator: ","))`"),
                    help: Phrase(
                        zh: "参考面板每行为一个单位某指标某年的数值，例如 `某街道,retail_sales,2019,12.3`",
                        en:
                            "each row is one unit's value of one indicator in one year, e.g. `Street A,retail_sales,2019,12.3`"
                    ))
            ])
        }
        var issues = BoundedIssues()
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        for record in document.records {
            let line = record[0].line
            let unit = record[0].text.trimmingCharacters(in: .whitespaces)
            if unit.isEmpty {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[0].column, field: "unit",
                        message: Phrase(zh: "单位为空", en: "empty unit"),
                        help: Phrase(zh: "请写上单位名称，例如 `某街道`", en: "name the unit, e.g. `Street A`")))
            }
            let typed = record[1].text.trimmingCharacters(in: .whitespaces)
            let indicator = dataset.resolve(typed)
            if indicator == nil {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[1].column, field: "indicator",
                        message: Phrase(zh: "未知指标 `\(typed)`", en: "unknown indicator `\(typed)`"),
                        help: Phrase(zh: "本规划的指标为 ", en: "the plan's indicators are ")
                            + .codes(dataset.indicators.map(\.id))))
            }
            let yearText = record[2].text.trimmingCharacters(in: .whitespaces)
            let year = Int(yearText)
            if year == nil {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[2].column, field: "year",
                        message: Phrase(zh: "`\(yearText)` 不是年份", en: "`\(yearText)` is not a year"),
                        help: Phrase(zh: "请把年份写成四位数字，例如 `2019`", en: "write the year as four digits, e.g. `2019`")))
            }
            var value: Double?
            switch NumericCell.parse(record[3], file: path, column: "value") {
            case .success(let v): value = v.double
            case .failure(let issue): issues.append(issue)
            }
            if let v = value, !(v > 0) {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: record[3].column, field: "value",
                        message: Phrase(zh: "数值 \(v) 不是正数", en: "the value \(v) is not positive"),
                        help: Phrase(
                            zh: "增速按对数计算，数值须为正；缺失的年份请整行删去",
                            en: "growth is taken on logs, so values must be positive; leave a missing year out")))
                value = nil
            }
            guard let indicator, let year, let value, !unit.isEmpty else { continue }
            let key = "\(unit)\u{1F}\(indicator.id)\u{1F}\(year)"
            if let first = seen[key] {
                issues.append(
                    InputIssue(
                        file: path, line: line, column: 1,
                        message: Phrase(
                            zh: "\(unit) 的 \(indicator.id) 在 \(year) 年已有一行（第 \(first) 行）",
                            en: "\(unit) already has a row for \(indicator.id) in \(year) (line \(first))"),
                        help: Phrase(zh: "每个单位、指标、年份只写一行", en: "give one row per unit, indicator and year")))
                continue
            }
            seen[key] = line
            rows.append(Row(unit: unit, indicator: indicator.id, year: year, value: value, line: line))
        }
        if !issues.isEmpty { throw issues.errors }
        return ReferencePanel(file: path, sha256: document.sha256 ?? "", rows: rows)
    }
}

import Foundation

/// One indicator row of a 专栏 table, as understood.
public struct TableIndicator: Sendable {
    public let row: Int
    public let sequence: String
    public let nameZH: String
    public let unit: String
    /// The category row above it (`经济发展`), when the table has them.
    public let category: String?
    public let attribute: PlanAttribute
    public let base: (year: Int, value: TableValue)?
    public let targets: [(year: Int, value: TableValue, column: Int)]
    public let growth: TableValue?
}

/// A 专栏-style table read: its title, indicator rows, notes under it, and what could not
/// be used (located warnings; errors are thrown).
public struct PlanTable: Sendable {
    public let file: String
    public let title: String?
    public let baseYear: Int
    public let targetYears: [Int]
    public let indicators: [TableIndicator]
    public let notes: [String]
    public let warnings: [InputIssue]
}

/// Reads a ``TableGrid`` as a plan table: finds the header (序号, 指标名称, 单位, `2020年`,
/// `2025年目标`, 年均增长, 属性, in any order, possibly after a title row and with
/// merged-header leftovers under it), then the indicator rows, skipping blank separator
/// and category rows, until notes (`注：…`) begin.
public enum PlanTableReader {
    struct Columns {
        var sequence: Int?, name: Int?, unit: Int?, growth: Int?, attribute: Int?, category: Int?
        var years: [(year: Int, column: Int, target: Bool)] = []
        /// Headers that look like years but are none plansim reads (`99999年`, `1985年`).
        var unread: [TableGrid.Cell] = []
        var namesYears: Bool { !years.isEmpty || !unread.isEmpty }
    }

    public static func read(_ grid: TableGrid) throws(InputErrors) -> PlanTable {
        let f = grid.file
        var title: String?
        var headerIndex: Int?, headerStart = 0
        var columns = Columns()
        for (k, row) in grid.rows.enumerated() {
            let texts = row.filter { !TableValue.normalise($0.text).isEmpty }
            if texts.count == 1 && title == nil && headerIndex == nil {
                title = TableValue.trimmed(texts[0].text)
                continue
            }
            var found = header(row)
            // A merged header: names in this row, the years in the row under it.
            if found.name != nil && !found.namesYears, k + 1 < grid.rows.count {
                let below = header(grid.rows[k + 1])
                if below.name == nil && below.namesYears {
                    found.years = below.years
                    found.unread = below.unread
                    found.growth = found.growth ?? below.growth
                    headerIndex = k + 1
                    headerStart = k
                    columns = found
                    break
                }
            }
            if found.name != nil && found.namesYears {
                headerIndex = k
                headerStart = k
                columns = found
                break
            }
        }
        guard let headerIndex, let nameColumn = columns.name else {
            throw InputErrors([
                InputIssue(
                    file: f, line: 1,
                    message: Phrase(zh: "找不到规划表的表头行", en: "no header row with the columns of a plan table"),
                    help: Phrase(
                        zh: "应有 序号、指标名称（或 指标）、单位、基年（如 `2020年`）、目标年（如 `2025年` 或 `2025年目标`）等列，另可有 年均增长 和 属性",
                        en:
                            "expected columns such as 序号, 指标名称 (or 指标), 单位, a base year like `2020年`, a target year like `2025年` or `2025年目标`, and optionally 年均增长 and 属性"
                    ))
            ])
        }
        try checkYears(columns, in: grid.rows[headerIndex], file: f)
        let years = columns.years.map(\.year)
        let baseYear = years.min()!
        var issues: [InputIssue] = [], warnings: [InputIssue] = []
        var indicators: [TableIndicator] = []
        var notes: [String] = []
        var category: String?
        let headed = TableRowCheck.headed(grid.rows[headerStart...headerIndex])
        var blankAttributes: [(name: String, row: Int)] = [], anyAttribute = false
        for row in grid.rows[(headerIndex + 1)...] {
            let cell = { (c: Int?) -> TableGrid.Cell? in c.flatMap { c in row.first { $0.column == c + 1 } } }
            let filled = row.filter { !TableValue.normalise($0.text).isEmpty }
            guard let first = filled.first else { continue }
            let firstText = TableValue.normalise(first.text)
            if !notes.isEmpty
                || (["注", "说明", "备注", "资料来源"] + TableValue.marks).contains(where: { firstText.hasPrefix($0) })
            {
                notes.append(filled.map { TableValue.trimmed($0.text) }.joined(separator: " "))
                continue
            }
            let nameCell = cell(nameColumn)
            var name = TableValue.trimmed(nameCell?.text ?? "")
            let yearTexts = columns.years.compactMap { cell($0.column) }.filter {
                !TableValue.normalise($0.text).isEmpty
            }
            // Figures, as opposed to header leftovers such as 基期/目标 under the years.
            let figures = yearTexts.filter { TableValue.parse($0.text)?.value != nil }
            if name.isEmpty {
                if figures.isEmpty {
                    // A separator, a merged-header leftover, or a category in the first column.
                    if filled.count == 1 { category = firstText }
                    continue
                }
                warnings.append(
                    InputIssue(
                        file: f, line: first.row, column: first.column,
                        message: Phrase(zh: "该行有数字但没有指标名称，已跳过", en: "row has figures but no indicator name; skipped"),
                        help: Phrase(zh: "请在 指标名称 列填上指标名称", en: "put the indicator's name in the 指标名称 column")))
                continue
            }
            if yearTexts.isEmpty && TableValue.normalise(cell(columns.unit)?.text ?? "").isEmpty
                && columns.growth.map({ TableValue.normalise(cell($0)?.text ?? "").isEmpty }) ?? true
            {
                category = name  // a category row (经济发展): a name and nothing else
                continue
            }
            // A category column (merged cells leave it blank below their first row).
            if let c = cell(columns.category).map({ TableValue.trimmed($0.text) }), !c.isEmpty { category = c }
            var unit = TableValue.normalise(cell(columns.unit)?.text ?? "")
            if let open = name.lastIndex(where: { $0 == "(" || $0 == "（" }), name.hasSuffix(")") || name.hasSuffix("）")
            {
                let inner = TableValue.normalise(
                    String(name[name.index(after: open)..<name.index(before: name.endIndex)]))
                if unit.isEmpty || unit == inner {
                    unit = inner
                    name = TableValue.trimmed(String(name[..<open]))
                }
            }
            if let u = cell(columns.unit) ?? nameCell, !unit.isEmpty, !PlanUnit.known.contains(unit) {
                issues.append(
                    InputIssue(
                        file: f, line: u.row, column: u.column, field: unit,
                        message: Phrase(zh: "未知单位 `\(unit)`", en: "unknown unit `\(unit)`"),
                        help: PlanUnit.didYouMean(unit)
                            ?? Phrase(
                                zh: "请使用以下之一：" + PlanUnit.known.joined(separator: " "),
                                en: "use one of " + PlanUnit.known.joined(separator: " "))))
            }
            func value(_ c: TableGrid.Cell?) -> TableValue? {
                guard let c else { return TableValue.parse("") }
                guard let v = TableValue.parse(c.text) else {
                    let shown = TableValue.normalise(c.text)
                    issues.append(
                        InputIssue(
                            file: f, line: c.row, column: c.column, field: c.text,
                            message: TableValue.isTooLarge(c.text)
                                ? Phrase(
                                    zh: "`\(shown)` 过大：规划中的数字须小于 10¹²",
                                    en: "`\(shown)` is too large for a plan figure (under 10¹²)")
                                : TableValue.isTooSmall(c.text)
                                    ? Phrase(
                                        zh: "`\(shown)` 过小：非零数字须不小于 10⁻¹²，否则会丢失精度",
                                        en:
                                            "`\(shown)` is too small for a plan figure (a non-zero figure is at least 10⁻¹²)"
                                    )
                                    : Phrase(
                                        zh: "`\(shown)` 不是数字（只认十进制数字，如 `39.4`）",
                                        en: "`\(shown)` is not a number (decimal figures only, such as `39.4`)"),
                            help: Phrase(
                                zh: "请写 `39.4`、`6%左右`、`〔13.5〕`、`4%以内`、`不低于50000` 这样的数字，文字目标（如 `与经济增长基本同步`），或留空",
                                en:
                                    "write a figure such as `39.4`, `6%左右`, `〔13.5〕`, `4%以内`, `不低于50000`, a target in words (`与经济增长基本同步`), or leave the cell blank"
                            )))
                    return nil
                }
                return v
            }
            let baseColumn = columns.years.first { $0.year == baseYear }!.column
            let base = value(cell(baseColumn))
            var targets: [(year: Int, value: TableValue, column: Int)] = []
            for y in columns.years where y.year > baseYear {
                if let v = value(cell(y.column)) { targets.append((y.year, v, y.column + 1)) }
            }
            let growth = columns.growth.flatMap { value(cell($0)) }
            if let w = LevelGrowthCheck.warning(
                name: name, unit: unit, base: base, targets: targets, baseYear: baseYear, growth: growth,
                at: columns.growth.flatMap(cell) ?? nameCell ?? first, file: f)
            {
                warnings.append(w)
            }
            var attribute = PlanAttribute.indicative
            if columns.attribute != nil {
                let read = TableRowCheck.attribute(cell(columns.attribute), name: name, file: f)
                attribute = read.0
                if let issue = read.issue { issues.append(issue) }
                if read.blank { blankAttributes.append((name, (nameCell ?? first).row)) } else { anyAttribute = true }
            }
            if let issue = TableRowCheck.numericName(nameCell, file: f) { issues.append(issue) }
            warnings += TableRowCheck.unheaded(row, headed: headed, file: f)
            indicators.append(
                TableIndicator(
                    row: (nameCell ?? first).row, sequence: TableValue.normalise(cell(columns.sequence)?.text ?? ""),
                    nameZH: name, unit: unit,
                    category: category,
                    attribute: attribute,
                    base: base.map { (baseYear, $0) }, targets: targets, growth: growth))
        }
        warnings += TableRowCheck.duplicateNames(indicators, nameColumn: nameColumn, file: f)
        if let column = columns.attribute {
            let blank = TableRowCheck.blankIssues(
                blankAttributes, anyFilled: anyAttribute, column: column,
                headerRow: grid.rows[headerStart...headerIndex].joined().first { $0.column == column + 1 }?.row ?? 1,
                file: f)
            issues += blank.errors
            warnings += blank.warnings
        }
        if indicators.isEmpty {
            issues.append(
                InputIssue(
                    file: f, line: headerIndex + 1,
                    message: Phrase(zh: "表格只有表头，下面没有指标行", en: "the table has a header but no indicator rows under it"),
                    help: Phrase(
                        zh: "每个指标须有名称，且至少有单位或一个数字", en: "each indicator needs a name and at least a unit or a figure")))
        }
        guard issues.isEmpty else { throw InputErrors(issues) }
        return PlanTable(
            file: f, title: title, baseYear: baseYear, targetYears: years.filter { $0 > baseYear }.sorted(),
            indicators: indicators, notes: notes, warnings: warnings)
    }

    /// The columns a row names, if it is a header.
    static func header(_ row: [TableGrid.Cell]) -> Columns {
        var c = Columns()
        for cell in row {
            let t = TableValue.normalise(cell.text).replacingOccurrences(of: " ", with: "")
            let k = cell.column - 1
            if t.isEmpty { continue }
            if let year = yearIn(t) {
                c.years.append((year, k, t.contains("目标")))
                continue
            }
            if t.contains("序号") || t == "编号" || t == "#" {
                c.sequence = c.sequence ?? k
            } else if t.contains("年均") || t.contains("增速") || t.contains("增长") {
                c.growth = c.growth ?? k
            } else if t.contains("属性") || t.contains("性质") {
                c.attribute = c.attribute ?? k
            } else if t.contains("单位") {
                c.unit = c.unit ?? k
            } else if t.contains("指标") || t.contains("名称") || t.contains("项目") {
                c.name = c.name ?? k
            } else if t.contains("类别") || t.contains("领域") || t.contains("分类") {
                c.category = c.category ?? k
            } else if t.unicodeScalars.contains(where: { CharacterSet.decimalDigits.contains($0) }),
                t.contains("年")
                    || (t.count >= 4 && t.unicodeScalars.allSatisfy({ CharacterSet.decimalDigits.contains($0) }))
            {
                c.unread.append(cell)
            }
        }
        return c
    }

    /// Refuses a header whose year columns would be lost: a year plansim does not read
    /// (outside 1990–2100, or not a year at all) or the same year in two columns.
    static func checkYears(_ columns: Columns, in header: [TableGrid.Cell], file f: String) throws(InputErrors) {
        var issues = columns.unread.map { cell in
            let t = TableValue.normalise(cell.text)
            return InputIssue(
                file: f, line: cell.row, column: cell.column, field: t,
                message: Phrase(
                    zh: "表头 `\(t)` 不是 plansim 可读的年份（1990–2100 年）",
                    en: "the header `\(t)` is not a year plansim reads (1990–2100)"),
                help: Phrase(
                    zh: "年份列的表头应写作 `2020年` 或 `2025年目标`；不是年份的列请改用其他表头",
                    en: "head a year's column `2020年` or `2025年目标`; give a column that is not a year another header"))
        }
        var seen: [Int: Int] = [:]
        for y in columns.years {
            guard let first = seen[y.year] else {
                seen[y.year] = y.column
                continue
            }
            let cell = header.first { $0.column == y.column + 1 }
            issues.append(
                InputIssue(
                    file: f, line: cell?.row, column: y.column + 1, field: cell.map { TableValue.normalise($0.text) },
                    message: Phrase(
                        zh: "表头中 \(y.year) 年出现两次（第 \(first + 1) 列和第 \(y.column + 1) 列）",
                        en: "the year \(y.year) heads two columns (\(first + 1) and \(y.column + 1))"),
                    help: Phrase(zh: "每个年份只保留一列", en: "keep one column for each year")))
        }
        if !issues.isEmpty { throw InputErrors(issues) }
    }

    /// `2020年`, `2025年目标`, `2020`: the year, when the header names one.
    static func yearIn(_ t: String) -> Int? {
        let digits = t.unicodeScalars.split { !CharacterSet.decimalDigits.contains($0) }.map {
            String(String.UnicodeScalarView($0))
        }
        guard let d = digits.first(where: { $0.count == 4 }), let y = Int(d), (1990...2100).contains(y), t.count <= 12
        else { return nil }
        return y
    }
}

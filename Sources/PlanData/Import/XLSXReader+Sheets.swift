/// Which worksheet of a workbook is the plan table: the one `--sheet` names (by name or
/// 1-based number), or else the first whose rows hold a plan table's header (a cover sheet
/// such as 填表说明 before the 专栏 is passed over). A workbook of one sheet is read as it is
/// (the reader then says what its header lacks).
extension XLSXReader {
    /// The most sheets searched for a header: a workbook with a plan table has a few.
    static let sheetSearchLimit = 32

    static func sheetName(_ sheets: [XMLCollector.Element], _ index: Int) -> String {
        let name = TableValue.trimmed(sheets[index].attributes["name"] ?? "")
        return name.isEmpty ? "Sheet\(index + 1)" : name
    }

    static func choose(
        _ sheets: [XMLCollector.Element], choice: String?, file: String,
        grid: (Int) throws(InputIssue) -> TableGrid
    ) throws(InputIssue) -> TableGrid {
        let names = sheets.indices.map { sheetName(sheets, $0) }
        let listed = names.enumerated().map { "\($0.offset + 1)「\($0.element)」" }.joined(separator: "、")
        if let choice {
            let wanted = TableValue.trimmed(choice)
            if let i = names.firstIndex(of: wanted) { return try grid(i) }
            if let n = Int(TableValue.normalise(wanted)), names.indices.contains(n - 1) { return try grid(n - 1) }
            let near = DidYouMean.suggestions(for: wanted, among: names).map { "「\($0)」" }
            throw InputIssue(
                file: file, field: wanted,
                message: Phrase(
                    zh: "工作簿中没有工作表「\(wanted)」（共 \(names.count) 个：\(listed)）",
                    en: "the workbook has no sheet `\(wanted)` (its \(names.count) sheets: \(listed))"),
                help: Phrase(
                    zh: (near.isEmpty ? "" : "是否想用 " + near.joined(separator: " 或 ") + "？")
                        + "`--sheet` 取工作表名称或序号（从 1 起）",
                    en: (near.isEmpty ? "" : "did you mean " + near.joined(separator: " or ") + "? ")
                        + "`--sheet` takes a sheet's name or its number (from 1)"))
        }
        if names.count == 1 { return try grid(0) }
        for i in names.indices.prefix(sheetSearchLimit) {
            let g = try grid(i)
            if hasHeader(g) { return g }
        }
        let searched = min(names.count, sheetSearchLimit)
        throw InputIssue(
            file: file,
            message: Phrase(
                zh: "读取了工作簿的 \(searched) 个工作表（\(listed)），都找不到规划表的表头行",
                en: "none of the workbook's \(searched) sheets read (\(listed)) has the header row of a plan table"),
            help: Phrase(
                zh: "表头应有 序号、指标名称（或 指标）、单位、基年（如 `2020年`）、目标年（如 `2025年目标`）等列；"
                    + "用 `--sheet 名称` 或 `--sheet 序号` 指定专栏所在的工作表",
                en: "a header has columns such as 序号, 指标名称 (or 指标), 单位, a base year like `2020年` and a target "
                    + "year like `2025年目标`; name the table's sheet with `--sheet NAME` or `--sheet N`"))
    }

    /// Whether some row of the grid is a plan table's header (names and years in one row,
    /// or names in one row and the years in the row under it), as ``PlanTableReader`` finds it.
    static func hasHeader(_ grid: TableGrid) -> Bool {
        for (k, row) in grid.rows.enumerated() {
            let found = PlanTableReader.header(row)
            guard found.name != nil else { continue }
            if found.namesYears { return true }
            if k + 1 < grid.rows.count, PlanTableReader.header(grid.rows[k + 1]).namesYears { return true }
        }
        return false
    }
}

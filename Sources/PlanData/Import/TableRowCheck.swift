/// Checks that keep a row shifted by one cell from being read silently: a 约束性 row whose
/// 属性 cell is blank (the word slid into the next column) would become 预期性, and a
/// figure that slid into 属性 would drop its target without a word.
///
/// - An 属性 cell must say 约束性 or 预期性; a blank one is an error when any other row of
///   the table fills its 属性 (a wholly blank column reads as 预期性, with one warning);
///   a figure there (`80`) or in the 指标名称 column is an error.
/// - A non-empty cell of an indicator row under no header is a located warning (it is
///   ignored, and says so).
enum TableRowCheck {
    /// The 0-based columns that have a header in the header rows (both rows of a merged header).
    static func headed(_ rows: ArraySlice<[TableGrid.Cell]>) -> Set<Int> {
        Set(rows.joined().filter { !TableValue.normalise($0.text).isEmpty }.map { $0.column - 1 })
    }

    /// Warnings for the cells of an indicator row that stand under no header.
    static func unheaded(_ row: [TableGrid.Cell], headed: Set<Int>, file: String) -> [InputIssue] {
        row.filter { !headed.contains($0.column - 1) && !TableValue.normalise($0.text).isEmpty }.map { c in
            let letter = SheetCells.columnName(c.column), shown = TableValue.trimmed(c.text)
            return InputIssue(
                file: file, line: c.row, column: c.column, field: shown,
                message: Phrase(
                    zh: "列\(letter)无表头，内容 `\(shown)` 被忽略",
                    en: "column \(letter) has no header: `\(shown)` is ignored"),
                help: Phrase(
                    zh: "该行可能错位：请把各单元格对齐到表头下；若确为多余内容，请删去",
                    en: "the row may be shifted: align its cells under the headers, or delete the stray cell"))
        }
    }

    /// The 属性 of an indicator row from its cell; an issue when the cell is neither 约束性
    /// nor 预期性. A blank cell reads as 预期性 and comes back in `blank` (an error only when
    /// another row fills the column: see ``blankIssues(_:anyFilled:header:file:)``).
    static func attribute(_ cell: TableGrid.Cell?, name: String, file: String) -> (
        PlanAttribute, issue: InputIssue?, blank: Bool
    ) {
        let text = TableValue.normalise(cell?.text ?? "")
        guard let cell, !text.isEmpty else { return (.indicative, nil, true) }
        if text.contains("约束") { return (.binding, nil, false) }
        if text.contains("预期") { return (.indicative, nil, false) }
        let figure = TableValue.parse(cell.text)?.value != nil
        return (
            .indicative,
            InputIssue(
                file: file, line: cell.row, column: cell.column, field: text,
                message: figure
                    ? Phrase(
                        zh: "「\(name)」的属性列是数字 `\(text)`，应为 约束性 或 预期性：该行可能错位",
                        en: "\(name): the 属性 column holds the figure `\(text)`, not 约束性 or 预期性: the row may be shifted")
                    : Phrase(
                        zh: "「\(name)」的属性 `\(text)` 不是 约束性 或 预期性",
                        en: "\(name): the 属性 `\(text)` is neither 约束性 nor 预期性"),
                help: Phrase(
                    zh: "请把该行各单元格对齐到表头下，属性列写 约束性 或 预期性",
                    en: "align the row's cells under the headers and write 约束性 or 预期性 in the 属性 column")),
            false
        )
    }

    /// The rows whose 属性 is blank: errors when another row fills the column (a binding
    /// target must not become indicative because one cell slid), otherwise one warning at
    /// the header that every row reads as 预期性.
    static func blankIssues(
        _ blanks: [(name: String, row: Int)], anyFilled: Bool, column: Int, headerRow: Int, file: String
    ) -> (errors: [InputIssue], warnings: [InputIssue]) {
        guard !blanks.isEmpty else { return ([], []) }
        guard anyFilled else {
            let warning = InputIssue(
                file: file, line: headerRow, column: column + 1,
                message: Phrase(zh: "属性列全部为空，所有指标按预期性读入", en: "the 属性 column is blank: every indicator reads as 预期性"),
                help: Phrase(
                    zh: "约束性指标请在属性列写 约束性", en: "write 约束性 in the 属性 column of each binding indicator"))
            return ([], [warning])
        }
        let errors = blanks.map { b in
            InputIssue(
                file: file, line: b.row, column: column + 1,
                message: Phrase(
                    zh: "「\(b.name)」的属性为空（本表其他行已填属性）", en: "\(b.name): the 属性 cell is blank (other rows fill it)"),
                help: Phrase(
                    zh: "请写 约束性 或 预期性；若该行错位，请把各单元格对齐到表头下",
                    en: "write 约束性 or 预期性; if the row is shifted, align its cells under the headers"))
        }
        return (errors, [])
    }

    /// An error when the 指标名称 cell is a bare figure (a row shifted left).
    static func numericName(_ cell: TableGrid.Cell?, file: String) -> InputIssue? {
        guard let cell, let v = TableValue.parse(cell.text), v.value != nil, v.words == nil else { return nil }
        let shown = TableValue.trimmed(cell.text)
        return InputIssue(
            file: file, line: cell.row, column: cell.column, field: shown,
            message: Phrase(
                zh: "指标名称列是数字 `\(shown)`：该行可能错位",
                en: "the 指标名称 column holds the figure `\(shown)`: the row may be shifted"),
            help: Phrase(
                zh: "请把该行各单元格对齐到表头下，指标名称列写指标名称",
                en: "align the row's cells under the headers, with the indicator's name in the 指标名称 column"))
    }
}

extension TableRowCheck {
    /// A warning at each row whose indicator name an earlier row has already (names are
    /// typable identifiers: two rows of one name are ambiguous). Both rows are kept.
    static func duplicateNames(_ indicators: [TableIndicator], nameColumn: Int, file: String) -> [InputIssue] {
        var first: [String: Int] = [:]
        var warnings: [InputIssue] = []
        for i in indicators {
            let key = TableValue.normalise(i.nameZH).replacingOccurrences(of: " ", with: "")
            guard let row = first[key] else {
                first[key] = i.row
                continue
            }
            warnings.append(
                InputIssue(
                    file: file, line: i.row, column: nameColumn + 1, field: i.nameZH,
                    message: Phrase(
                        zh: "指标名称「\(i.nameZH)」与第\(row)行重复（两行都已读入）",
                        en: "the indicator name \(i.nameZH) repeats row \(row) (both rows are read)"),
                    help: Phrase(
                        zh: "指标名称可在情景中直接引用，重名会有歧义：请删去重复行，或改名区分",
                        en: "scenarios may name an indicator by its name, so two of one name are ambiguous: "
                            + "delete the repeated row or rename one")))
        }
        return warnings
    }
}

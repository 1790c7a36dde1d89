import PlanData

extension DOCXWriter {
    /// 专栏1 in Word, as the PDF has it: every column, the 2035 one included, the range under
    /// the median in the same cell, then the table's key, the evidence legend, the notes and
    /// the checks in one sentence. Starts page two.
    static func mainTable(_ d: ReportDocument, language l: Language, heading: String) -> [String] {
        let zh = l == .zh, w = WordML.self
        let table = BriefingTable(d, language: l)
        typealias C = BriefingTable.Column
        let columns = WordTableLayout.mainColumns(d)
        let rows = table.rows.indices.map { k in
            columns.map { j in
                j == C.median
                    ? "\(table.display(row: k, column: j))\n(\(table.display(row: k, column: C.p10))–\(table.display(row: k, column: C.p90)))"
                    : table.display(row: k, column: j)
            }
        }
        let textColumns: Set<Int> = [C.name, C.unit, C.evidence, C.status]
        var body = [w.paragraph(heading, style: "Heading1", pageBreakBefore: true)]
        body.append(
            w.table(
                header: columns.map { WordTableLayout.mainHeader($0, table: table, d: d, language: l) }, rows: rows,
                numeric: Set(columns.indices.filter { !textColumns.contains(columns[$0]) }), size: 18,
                widths: WordTableLayout.mainWidths(columns, d: d, language: l), notesFollow: true))
        // The notes stay with the table's foot: the key, the legend, then the period sum and units.
        body += w.notes(
            [BriefingTable.probabilityKey(zh: zh, marks: false), BriefingTable.evidenceLegend(zh: zh)]
                + [BriefingTable.periodSumNote(d, language: l), UnitCaution.tableNote(d, language: l)].compactMap { $0 }
        )
        // The checks: one sentence here, in full in the annex.
        if let sentence = WhatIfSection.checkSummary(d, language: l) { body.append(w.paragraph(sentence)) }
        return body
    }
}

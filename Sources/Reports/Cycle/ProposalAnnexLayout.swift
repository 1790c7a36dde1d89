import PlanData

/// The technical annex's table (代码, 指标, a value per shown odds, 建议值) laid out so that no
/// code and no number ever breaks (review s7 P1-2: Word split 150276 into 15027/6, the
/// workbook cut 2.8（提高0.5个百 at its cell edge). Word: the code and proposal columns as wide
/// as their longest cell at 9 pt, the odds columns share the rest, and a value whose text
/// does not fit its column puts its bracket on a second line; the workbook: columns sized to
/// their longest cell (the odds columns capped and wrapped), the code column unwrapped.
enum ProposalAnnexLayout {
    /// Word's table text size in points (``WordML/minimumTableSize``) and a display unit's
    /// width at that size (a Latin character; a CJK one takes two), with LibreOffice's wider
    /// fallback fonts allowed for (``ComparisonTable/wordUnit``).
    static let points = 9.0, unit = points * ComparisonTable.wordUnit / 1.2
    /// The share of the width the indicator names take (they wrap between characters).
    static let nameShare = 0.15

    /// The longest line of column `j`, header included, in display units.
    static func longest(_ j: Int, header: [String], rows: [[String]]) -> Int {
        ([header[j]] + rows.map { $0[j] }).flatMap { $0.split(separator: "\n").map { DisplayWidth.of(String($0)) } }
            .max() ?? 0
    }

    /// Each column's share of Word's text width (`textPoints` wide): code and proposal to
    /// their longest cell, names ``nameShare``, the odds columns the rest in equal parts.
    static func wordShares(header: [String], rows: [[String]], textPoints: Double) -> [Double] {
        let n = header.count
        guard n >= 4 else { return Array(repeating: 1 / Double(max(n, 1)), count: n) }
        // Cell margins (2 pt each side) and a point of slack.
        let fit = { (j: Int, unit: Double) in
            min(0.3, (Double(longest(j, header: header, rows: rows)) * unit + 5) / textPoints)
        }
        // Codes are Latin only: half an em a character at 9 pt.
        let code = fit(0, points / 2), proposal = fit(n - 1, unit)
        let odds = (1 - code - nameShare - proposal) / Double(n - 3)
        return [code, nameShare] + Array(repeating: odds, count: n - 3) + [proposal]
    }

    /// The rows as Word prints them: a value cell wider than its column (`shares` of
    /// `textPoints`) breaks before its bracket — 150276 / （4.4%） — never inside the number.
    static func wordRows(_ rows: [[String]], shares: [Double], textPoints: Double) -> [[String]] {
        rows.map { r in
            r.enumerated().map { j, cell in
                guard j >= 2, j < r.count - 1,
                    Double(DisplayWidth.of(cell)) * unit + 5 > shares[j] * textPoints
                else { return cell }
                guard let at = cell.range(of: "（") ?? cell.range(of: " (") else { return cell }
                let rest = cell[at.lowerBound...]
                return String(cell[..<at.lowerBound]) + "\n" + (rest.hasPrefix(" ") ? rest.dropFirst() : rest)
            }
        }
    }

    /// The workbook's column widths in characters: the code its longest id (unwrapped), the
    /// names theirs up to 34, the odds columns theirs up to 25 (both wrapped beyond), the
    /// proposal its longest cell; "its longest" as ``XLSXWriter/wrappedLines(_:columnWidth:)``
    /// counts a line, so a row that fits is one line high. A4 landscape
    /// (``XLSXWriter/landscape(_:widths:)``) prints them at 9 pt or more.
    static func workbookWidths(header: [String], rows: [[String]]) -> [Int: Double] {
        Dictionary(
            uniqueKeysWithValues: header.indices.map { j in
                let w = max(8, (Double(longest(j, header: header, rows: rows)) / 0.9 + 3).rounded(.up))
                return (j, j == 0 || j == header.count - 1 ? w : min(j == 1 ? 34 : 25, w))
            })
    }
}

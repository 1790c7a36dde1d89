import Foundation
import Testing

@testable import PlanData
@testable import Reports

/// The proposal's technical annex never breaks a code or a number (review s7 P1-2: Word split
/// 150276 into 15027 / 6（4.4%）, the workbook cut 2.8（提高0.5个百 and wrapped
/// above_scale_industrial_out / put).
@Suite struct ProposalAnnexLayoutTests {
    static let header = ["代码", "指标", "把握50%", "把握70%", "把握90%", "建议值"]
    static let rows = [
        ["above_scale_industrial_output", "规上工业总产值", "84.0（8.6%）", "78.6（7.2%）", "71.2（5.1%）", "81.7"],
        ["new_green_space", "新增绿地面积", "150276（4.4%）", "141965（2.4%）", "130390（−0.4%）", "146000"],
        ["rd_intensity", "研发经费投入占地区生产总值比重", "2.8（+0.5个百分点）", "2.6（+0.3个百分点）", "2.3（基本持平）", "2.7"],
    ]
    /// Word's text width on A4 portrait with 1.8 cm margins, in points.
    static let textPoints = Double(ComparisonWord.textWidth) / 20

    @Test func wordGivesTheCodeItsWidthAndNeverSplitsANumber() {
        let shares = ProposalAnnexLayout.wordShares(header: Self.header, rows: Self.rows, textPoints: Self.textPoints)
        // The shares fill the width (to rounding).
        #expect(abs(shares.reduce(0, +) - 1) < 1e-12)
        // The longest code (29 characters) fits its column at 9 pt with the cell margins.
        #expect(29 * ProposalAnnexLayout.points / 2 + 4 <= shares[0] * Self.textPoints)
        let printed = ProposalAnnexLayout.wordRows(Self.rows, shares: shares, textPoints: Self.textPoints)
        for (r, row) in printed.enumerated() {
            for j in 2..<row.count {
                let lines = row[j].split(separator: "\n")
                // Each number is whole on its line: the first line opens with the value as written.
                let number = Self.rows[r][j].components(separatedBy: "（")[0]
                #expect(lines.first?.hasPrefix(number) == true, "\(row[j])")
                // A line that is not a bracket fits its column at 9 pt (a bracket may wrap between Chinese words).
                for line in lines where !line.hasPrefix("（") {
                    #expect(
                        Double(DisplayWidth.of(String(line))) * ProposalAnnexLayout.unit + 4 <= shares[j]
                            * Self.textPoints)
                }
            }
        }
        // The long Chinese bracket goes to its own line; a short one stays beside its figure.
        #expect(printed[2][2] == "2.8\n（+0.5个百分点）")
        #expect(printed[0][2] == "84.0（8.6%）")
    }

    @Test func theWorkbookSizesItsColumnsToTheirCellsAndKeepsCodesWhole() {
        let widths = ProposalAnnexLayout.workbookWidths(header: Self.header, rows: Self.rows)
        // The code column holds the longest id (29 characters) unwrapped.
        #expect((widths[0] ?? 0) >= 29)
        // The odds columns take their longest cell (2.8（+0.5个百分点）, 19 display units) on one line.
        #expect((widths[2] ?? 0) <= 25 && XLSXWriter.wrappedLines("2.8（+0.5个百分点）", columnWidth: widths[2] ?? 0) == 1)
        #expect((widths[4] ?? 0) >= Double(DisplayWidth.of("130390（−0.4%）")))
        // Summed, they print on A4 landscape at 9 pt or more: about 150 characters of the 11-point font
        // at 100 %, so up to 150 × 11/9 at 9 pt.
        let total = widths.values.reduce(0, +)
        #expect(total <= 150 * 11 / 9, "\(total)")
        let sheet = XLSXWriter.Sheet(name: "技术附录", header: Self.header, rows: [], widths: widths)
        #expect(XLSXWriter.landscape(sheet, widths: Self.header.indices.map { widths[$0] ?? 0 }))
    }
}

import Foundation
import PlanData

extension XLSXWriter {
    /// Points per wrapped line of the 11-point body font, with the leading Excel and
    /// LibreOffice give CJK text (a little over the 14.3 pt they give Latin text alone).
    static let lineHeight = 15.0

    /// The width of a wrapped (notes) column, in characters: it fits A4 portrait's
    /// printable width at 100 % in Excel and in LibreOffice (which, lacking 等线, measures
    /// a character about 8 pt wide and does not apply fit-to-width to this sheet), so the
    /// right edge of a note is never cut off in print.
    static let wrappedWidth = 60.0

    /// The height in points a row needs so that every wrapped cell in it shows whole, or
    /// nil when no wrapped cell needs more than one line (the default height then serves).
    /// Neither Excel nor LibreOffice grows a row for wrapped text written without a height:
    /// the note would show its first line only. The number of lines is estimated from
    /// the text's display width (a CJK character counts two columns) against the column
    /// width, less a margin for the cell padding and for words that wrap early.
    static func rowHeight(_ row: [BriefingTable.Cell], wrap: Set<Int>, widths: [Double]) -> Double? {
        var lines = 1
        for j in wrap where j < row.count && j < widths.count {
            guard case .text(let text) = row[j] else { continue }
            lines = max(lines, wrappedLines(text, columnWidth: widths[j]))
        }
        return lines > 1 ? Double(lines) * lineHeight + 2 : nil
    }

    /// How many lines `text` takes wrapped in a column `columnWidth` characters wide: each
    /// line break in the text starts a new line; words (runs without spaces, such as a
    /// SHA-256) wrap whole, or over several lines when longer than a line; a CJK character
    /// may start a line anywhere.
    static func wrappedLines(_ text: String, columnWidth: Double) -> Int {
        let capacity = max(1, Int((columnWidth - 2) * 0.9))
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = 1, used = 0
            for word in words(String(paragraph)) {
                let w = DisplayWidth.of(word)
                if used > 0 && used + w > capacity {
                    lines += 1
                    used = 0
                }
                if w > capacity {
                    lines += (w - 1) / capacity
                    used = (w - 1) % capacity + 1
                } else {
                    used += w
                }
            }
            return total + lines
        }
    }

    /// `text` cut where a line may break: after a space, and around each CJK character.
    static func words(_ text: String) -> [String] {
        var out: [String] = [], current = ""
        for ch in text {
            let wide = ch.unicodeScalars.first.map { DisplayWidth.of(String($0)) == 2 } ?? false
            if wide {
                if !current.isEmpty {
                    out.append(current)
                    current = ""
                }
                out.append(String(ch))
            } else {
                current.append(ch)
                if ch == " " {
                    out.append(current)
                    current = ""
                }
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

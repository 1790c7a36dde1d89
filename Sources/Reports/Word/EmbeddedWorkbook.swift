import Foundation
import PlanData

/// The workbook a Word chart carries, so 编辑数据 in Word or WPS opens its figures: rebuilt
/// from the chart's own series — each `Sheet1!$X$2:$X$n` reference with the numbers or
/// labels cached beside it becomes column X, headed by the series' name. One function for
/// every Word chart (run, comparison, sweep), so none can drift from what it draws.
enum EmbeddedWorkbook {
    /// The workbook of `chartXML`; nil when the chart refers to no `Sheet1` cells.
    static func workbook(for chartXML: String) throws(InputIssue) -> Data? {
        var columns: [Int: (header: String, cells: [Int: BriefingTable.Cell])] = [:]
        var rows = 0
        for ser in blocks(chartXML, "c:ser") {
            let name = blocks(ser, "c:tx").first.flatMap { blocks($0, "c:v").first } ?? ""
            for (part, numeric) in [("c:cat", false), ("c:val", true)] {
                guard let block = blocks(ser, part).first, let f = blocks(block, "c:f").first,
                    let (column, _) = reference(unescape(f))
                else { continue }
                var entry = columns[column] ?? (header: part == "c:cat" ? "" : unescape(name), cells: [:])
                for pt in blocks(block, "c:pt", withAttributes: true) {
                    guard let idx = attribute(pt, "idx").flatMap(Int.init),
                        let v = blocks(pt, "c:v").first.map(unescape)
                    else { continue }
                    entry.cells[idx] = numeric ? .number(Double(v)) : .text(v)
                    rows = max(rows, idx + 1)
                }
                columns[column] = entry
            }
        }
        guard let last = columns.keys.max(), rows > 0 else { return nil }
        let header = (0...last).map { columns[$0]?.header ?? "" }
        let body: [[BriefingTable.Cell]] = (0..<rows).map { r in (0...last).map { columns[$0]?.cells[r] ?? .text("") } }
        return try XLSXWriter.workbook(sheets: [
            XLSXWriter.Sheet(name: "Sheet1", header: header, rows: body, filter: false)
        ])
    }

    /// `Sheet1!$B$2:$B$9` → (column 1, first row 2); nil for any other sheet or shape.
    static func reference(_ f: String) -> (Int, Int)? {
        guard f.hasPrefix("Sheet1!$") else { return nil }
        let cell = f.dropFirst("Sheet1!$".count).split(separator: ":").first ?? ""
        let parts = cell.split(separator: "$")
        guard parts.count == 2, let row = Int(parts[1]) else { return nil }
        let column = parts[0].unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return column >= 0 ? (column, row) : nil
    }

    /// The contents of every `<tag>…</tag>` (or, `withAttributes`, `<tag …>…</tag>` whole) in `xml`.
    static func blocks(_ xml: String, _ tag: String, withAttributes: Bool = false) -> [String] {
        var out: [String] = []
        var rest = xml[...]
        let close = "</\(tag)>"
        while let open = rest.range(of: "<\(tag)" + (withAttributes ? " " : ">")) {
            guard let end = rest[open.upperBound...].range(of: close) else { break }
            out.append(
                String(withAttributes ? rest[open.lowerBound..<end.lowerBound] : rest[open.upperBound..<end.lowerBound])
            )
            rest = rest[end.upperBound...]
        }
        return out
    }

    /// XML text back to characters (the five entities ``Markup/escape(_:)`` writes).
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
            of: "&quot;", with: "\""
        )
        .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func attribute(_ element: String, _ name: String) -> String? {
        guard let r = element.range(of: " \(name)=\"") else { return nil }
        return element[r.upperBound...].split(separator: "\"").first.map(String.init)
    }
}

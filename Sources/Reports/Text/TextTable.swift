import PlanData

/// A plain-text table whose columns line up in a terminal whatever the script: widths
/// are display widths (a CJK character takes two cells), not character counts.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(headers: [String], alignments: [Alignment]) {
        precondition(headers.count == alignments.count, "\(headers.count) headers, \(alignments.count) alignments")
        self.headers = headers
        self.alignments = alignments
    }

    public mutating func add(_ row: [String]) {
        precondition(row.count == headers.count, "row of \(row.count) for \(headers.count) columns")
        rows.append(row)
    }

    /// The table with a rule under the header, columns separated by two spaces.
    public func rendered() -> String {
        let widths = headers.indices.map { j in ([headers[j]] + rows.map { $0[j] }).map(DisplayWidth.of).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.indices.map { j in DisplayWidth.pad(cells[j], to: widths[j], left: alignments[j] == .left) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

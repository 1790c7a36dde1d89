import Foundation
import PlanData

/// CSV of shortest round-trip numbers, formatted in parallel chunks of 4,096 rows and
/// appended in order to a ``StreamedFile`` (throwing writes; renamed into place at the end).
/// The header is escaped by PlanData's ``CSVWriter`` (numbers need no escaping).
enum CSVStream {
    static func write(header: [String], rows: Int, to url: URL, _ chunk: @escaping @Sendable (Range<Int>) -> [[Double]])
        throws
    {
        let file = try StreamedFile(url, header: Data(CSVWriter.line(header).utf8))
        let size = 4096, batch = 64
        let chunks = (rows + size - 1) / size
        for first in stride(from: 0, to: chunks, by: batch) {
            let parts = ParallelMap.map(first..<min(first + batch, chunks)) { c -> String in
                var text = ""
                for row in chunk((c * size)..<min((c + 1) * size, rows)) {
                    for (j, v) in row.enumerated() {
                        if j > 0 { text += "," }
                        text += v.description
                    }
                    text += "\n"
                }
                return text
            }
            for part in parts { try file.append(Data(part.utf8)) }
        }
        try file.finish()
    }
}

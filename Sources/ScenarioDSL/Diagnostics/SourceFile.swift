/// A scenario file's text with what diagnostics need: line starts, line text, columns.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    public let text: String
    let lineStarts: [Int]

    /// The source; bytes that are not UTF-8 are kept as they are and reported by the lexer.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        var b = bytes
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b.removeFirst(3) }
        // Replace invalid UTF-8 by U+FFFD so every later step sees valid text; the lexer
        // reports each replacement as an error.
        let repaired = String(decoding: b, as: UTF8.self)
        self.bytes = Array(repaired.utf8)
        text = repaired
        var starts = [0]
        for (k, byte) in self.bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(k + 1) }
        lineStarts = starts
    }

    public init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }

    /// 1-based line and column (in characters) of a byte offset.
    public func location(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        let start = lineStarts[lo]
        let column = String(decoding: bytes[start..<min(max(offset, start), bytes.count)], as: UTF8.self).count + 1
        return (lo + 1, column)
    }

    /// The text of 1-based line `line`, without its line end.
    public func line(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

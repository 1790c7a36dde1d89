public import Foundation

/// Decodes the bytes of a text file a planner supplied: UTF-8 with or without a byte
/// order mark. Anything else is refused with the encoding it looks like and the command
/// that converts it.
public enum TextDecoding {
    /// The file's text, without a BOM.
    ///
    /// - Throws: ``InputIssue`` naming the file when it is not UTF-8.
    public static func decode(_ data: Data, file: String) throws(InputIssue) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw refusal(file, looksLike: Phrase(zh: "UTF-16", en: "UTF-16"), iconvName: "UTF-16", offset: nil)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let offset = firstInvalidUTF8Offset(bytes)
        let lineNumber = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        if looksLikeGBK(bytes) {
            throw refusal(
                file,
                looksLike: Phrase(
                    zh: "GBK/GB18030（Excel 保存的中文文件常见此编码）", en: "GBK/GB18030 (common for Chinese files saved by Excel)"),
                iconvName: "GB18030",
                offset: lineNumber)
        }
        throw refusal(
            file,
            looksLike: Phrase(
                zh: "Latin-1 或 Windows-1252 等单字节编码", en: "a single-byte encoding such as Latin-1 or Windows-1252"),
            iconvName: "WINDOWS-1252",
            offset: lineNumber)
    }

    static func refusal(_ file: String, looksLike: Phrase, iconvName: String, offset line: Int?) -> InputIssue {
        let iconv = "`iconv -f \(iconvName) -t UTF-8 '\(file)' > converted.csv`"
        return InputIssue(
            file: file, line: line,
            message: Phrase(zh: "文件不是 UTF-8 编码，看起来是 ", en: "file is not UTF-8; it looks like ") + looksLike,
            help: Phrase(
                zh: "请用 \(iconv) 转换，或在 Excel 中另存为“CSV UTF-8”",
                en: "convert it with \(iconv), or save it from Excel as \"CSV UTF-8\""))
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            if i + length > bytes.count { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return bytes.count
    }

    /// True when most bytes above 0x7F pair up as GBK lead (0x81–0xFE) and trail
    /// (0x40–0xFE, not 0x7F) bytes.
    static func looksLikeGBK(_ bytes: [UInt8]) -> Bool {
        var pairs = 0, strays = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            if (0x81...0xFE).contains(b), i + 1 < bytes.count, (0x40...0xFE).contains(bytes[i + 1]),
                bytes[i + 1] != 0x7F
            {
                pairs += 1
                i += 2
            } else {
                strays += 1
                i += 1
            }
        }
        return pairs > 0 && strays * 10 <= pairs
    }
}

import PlanData

/// Turns a scenario file into tokens. Never fails: bad characters become `.invalid`
/// tokens with a diagnostic, so the parser can go on and report everything at once.
public struct Lexer {
    let bytes: [UInt8]
    let text: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics found beyond ``ScenarioProgram/diagnosticLimit`` (counted, not kept).
    public private(set) var dropped = 0

    mutating func report(_ d: Diagnostic) {
        if diagnostics.count < ScenarioProgram.diagnosticLimit { diagnostics.append(d) } else { dropped += 1 }
    }

    public init(_ source: SourceFile) {
        bytes = source.bytes
        text = source.text
    }

    /// All tokens, ending with `.end`.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = bytes.count
        func slice(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
        while i < n {
            let c = bytes[i]
            let start = i
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                i += 1
            case UInt8(ascii: "\n"):
                tokens.append(Token(kind: .newline, text: "\n", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: "#"):
                while i < n && bytes[i] != UInt8(ascii: "\n") { i += 1 }
                // A CRLF's CR is not part of the comment.
                let end = i > start && bytes[i - 1] == UInt8(ascii: "\r") ? i - 1 : i
                tokens.append(Token(kind: .comment, text: slice(start, end), range: SourceRange(start, end)))
            case UInt8(ascii: "{"):
                tokens.append(Token(kind: .leftBrace, text: "{", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: "}"):
                tokens.append(Token(kind: .rightBrace, text: "}", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: "("):
                tokens.append(Token(kind: .leftParen, text: "(", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: ")"):
                tokens.append(Token(kind: .rightParen, text: ")", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: ","):
                tokens.append(Token(kind: .comma, text: ",", range: SourceRange(i, i + 1)))
                i += 1
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                i += 1
                if i < n && bytes[i] == UInt8(ascii: "=") { i += 1 }
                tokens.append(Token(kind: .comparison, text: slice(start, i), range: SourceRange(start, i)))
            case UInt8(ascii: "."):
                if i + 1 < n && bytes[i + 1] == UInt8(ascii: ".") {
                    tokens.append(Token(kind: .range, text: "..", range: SourceRange(i, i + 2)))
                    i += 2
                } else {
                    i += 1
                    invalid(
                        start, i, &tokens, message: Phrase(zh: "单独的 `.`", en: "a lone `.`"),
                        help: Phrase(
                            zh: "区间写作 `2021..2025`，小数写作 `0.5`",
                            en: "write a range as `2021..2025` and decimals as `0.5`"))
                }
            case UInt8(ascii: "\""):
                i += 1
                var value = ""
                var closed = false
                while i < n && bytes[i] != UInt8(ascii: "\n") {
                    if bytes[i] == UInt8(ascii: "\"") {
                        closed = true
                        i += 1
                        break
                    }
                    // Only `\"` and `\\` are escapes; any other backslash is kept as written
                    // (`"sub\粮食.csv"`), and an escape never splits a multi-byte character.
                    if bytes[i] == UInt8(ascii: "\\") && i + 1 < n
                        && (bytes[i + 1] == UInt8(ascii: "\"") || bytes[i + 1] == UInt8(ascii: "\\"))
                    {
                        value += slice(i + 1, i + 2)
                        i += 2
                        continue
                    }
                    let s = i
                    i += 1
                    while i < n && bytes[i] & 0xC0 == 0x80 { i += 1 }
                    value += slice(s, i)
                }
                if !closed {
                    report(.unterminatedString(SourceRange(start, i)))
                }
                if value.unicodeScalars.contains(where: { $0 != "\t" && TerminalText.isControl($0) }) {
                    report(.controlCharacter(SourceRange(start, i)))
                }
                tokens.append(Token(kind: .string(value), text: slice(start, i), range: SourceRange(start, i)))
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                i = number(start, &tokens)
            default:
                if isNameStart(at: i) {
                    while i < n && isNameContinue(at: i) { i += scalarLength(at: i) }
                    let name = slice(start, i)
                    if Lexer.isConfusable(name) { report(.confusableName(name, SourceRange(start, i))) }
                    tokens.append(Token(kind: .name, text: name, range: SourceRange(start, i)))
                } else {
                    i += max(1, scalarLength(at: i))
                    let bad = slice(start, i)
                    // A run of the same bad character (8 MB of NUL bytes) is one token and
                    // one diagnostic, not eight million.
                    let width = i - start
                    while i + width <= n && bytes[i..<(i + width)].elementsEqual(bytes[start..<(start + width)]) {
                        i += width
                    }
                    if bad == "=" || bad == "!" {
                        invalid(
                            start, i, &tokens,
                            message: Phrase(zh: "意外的字符 `\(bad)`", en: "unexpected character `\(bad)`"),
                            help: Phrase(
                                zh: "比较符为 `<`、`<=`、`>` 和 `>=`，例如 `check new_employment min >= 0`",
                                en: "comparisons are `<`, `<=`, `>` and `>=`, e.g. `check new_employment min >= 0`"))
                    } else if let ascii = Lexer.halfWidth(bad) {
                        invalid(
                            start, i, &tokens,
                            message: Phrase(zh: "全角字符 `\(bad)`", en: "full-width character `\(bad)`"),
                            help: Phrase(
                                zh: "请改写为半角的 `\(ascii)`（把输入法切换到半角）",
                                en:
                                    "write the half-width `\(ascii)` instead (switch the input method to half-width, 半角)"
                            ))
                    } else {
                        invalid(
                            start, i, &tokens,
                            message: bad == "\u{FFFD}"
                                ? Phrase(zh: "不是有效 UTF-8 的字节", en: "bytes that are not valid UTF-8")
                                : Phrase(zh: "意外的字符 `\(bad)`", en: "unexpected character `\(bad)`"),
                            help: bad == "\u{FFFD}"
                                ? Phrase(zh: "请把文件保存为 UTF-8 编码", en: "save the file as UTF-8")
                                : Phrase(
                                    zh: "请删去它；名称由字母、数字、`_` 和汉字组成",
                                    en: "remove it; names use letters, digits, `_` and Chinese characters"))
                    }
                }
            }
        }
        tokens.append(Token(kind: .end, text: "", range: SourceRange(n, n)))
        return tokens
    }

    mutating func invalid(_ a: Int, _ b: Int, _ tokens: inout [Token], message: Phrase, help: Phrase) {
        report(.unexpectedCharacter(SourceRange(a, b), what: message, help: help))
        tokens.append(
            Token(kind: .invalid, text: String(decoding: bytes[a..<b], as: UTF8.self), range: SourceRange(a, b)))
    }

    /// `[+-]digits[.digits][e[+-]digits][%]`; a sign not followed by a digit is invalid.
    mutating func number(_ start: Int, _ tokens: inout [Token]) -> Int {
        var i = start
        let n = bytes.count
        if bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() { while i < n && bytes[i] >= UInt8(ascii: "0") && bytes[i] <= UInt8(ascii: "9") { i += 1 } }
        let digitStart = i
        digits()
        if i == digitStart {
            invalid(
                start, i, &tokens, message: Phrase(zh: "只有正负号，没有数字", en: "a sign without a number"),
                help: Phrase(zh: "数字写作 `-5%` 或 `+2` 这样", en: "write numbers such as `-5%` or `+2`"))
            return i
        }
        // `2021-2025` or `2021–2025` (en dash, as prose writes it): a range in the wrong
        // notation; refused with the right one rather than read as `2021` and `-2025`.
        if i - start == 4,
            let dash = [[0x2D], [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xE2, 0x88, 0x92]].first(where: {
                bytes[i...].starts(with: $0)
            }),
            i + dash.count < n, (0x30...0x39).contains(bytes[i + dash.count])
        {
            let first = String(decoding: bytes[start..<i], as: UTF8.self)
            i += dash.count
            let second = i
            digits()
            let last = String(decoding: bytes[second..<i], as: UTF8.self)
            invalid(
                start, i, &tokens,
                message: Phrase(
                    zh: "`\(String(decoding: bytes[start..<i], as: UTF8.self))` 不是年份区间",
                    en: "`\(String(decoding: bytes[start..<i], as: UTF8.self))` is not a range of years"),
                help: Phrase(zh: "请写 `\(first)..\(last)`", en: "write `\(first)..\(last)`"))
            return i
        }
        if i + 1 < n && bytes[i] == UInt8(ascii: ".") && bytes[i + 1] >= UInt8(ascii: "0")
            && bytes[i + 1] <= UInt8(ascii: "9")
        {
            i += 1
            digits()
        }
        if i < n && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            var j = i + 1
            if j < n && (bytes[j] == UInt8(ascii: "+") || bytes[j] == UInt8(ascii: "-")) { j += 1 }
            if j < n && bytes[j] >= UInt8(ascii: "0") && bytes[j] <= UInt8(ascii: "9") {
                i = j
                digits()
            }
        }
        let literal = String(decoding: bytes[start..<i], as: UTF8.self)
        var percent = false
        if i < n && bytes[i] == UInt8(ascii: "%") {
            percent = true
            i += 1
        }
        guard let value = Double(literal), value.isFinite else {
            report(.numberOutOfRange(SourceRange(start, i)))
            tokens.append(Token(kind: .invalid, text: literal, range: SourceRange(start, i)))
            return i
        }
        tokens.append(
            Token(
                kind: .number(percent ? value / 100 : value, percent: percent),
                text: String(decoding: bytes[start..<i], as: UTF8.self),
                range: SourceRange(start, i)))
        return i
    }

    /// The ASCII character a full-width one stands for (`％` → `%`, `５` → `5`), or nil.
    static func halfWidth(_ s: String) -> String? {
        guard let scalar = s.unicodeScalars.first, s.unicodeScalars.count == 1,
            (0xFF01...0xFF5E).contains(scalar.value),
            let ascii = Unicode.Scalar(scalar.value - 0xFEE0)
        else { return nil }
        return String(Character(ascii))
    }

    func scalarLength(at i: Int) -> Int {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return min(length, bytes.count - i)
    }

    func scalar(at i: Int) -> Unicode.Scalar? {
        String(decoding: bytes[i..<(i + scalarLength(at: i))], as: UTF8.self).unicodeScalars.first
    }

    /// Whether `name` mixes Latin letters with Cyrillic or Greek ones (`bаseline` with a
    /// Cyrillic `а` looks like `baseline` and is another name).
    static func isConfusable(_ name: String) -> Bool {
        guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        var latin = false, other = false
        for s in name.unicodeScalars {
            if s.isASCII {
                latin = latin || s.properties.isAlphabetic
            } else if (0x0370...0x052F).contains(s.value) {
                other = true
            }
        }
        return latin && other
    }

    func isNameStart(at i: Int) -> Bool {
        let b = bytes[i]
        if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || b == UInt8(ascii: "_")
        {
            return true
        }
        guard b >= 0x80, let s = scalar(at: i), s != "\u{FFFD}" else { return false }
        return s.properties.isAlphabetic
    }

    func isNameContinue(at i: Int) -> Bool {
        let b = bytes[i]
        return isNameStart(at: i) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }
}

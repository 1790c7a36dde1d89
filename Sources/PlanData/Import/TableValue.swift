import Foundation

/// One cell of a plan table read as a figure: `39.4`, `6%左右`, `〔13.5〕`, `4%以内`,
/// `不低于50000`, `48.6*`, `累计50`; words (`与经济增长基本同步`); or blank / `—` (left
/// open by the plan). Full-width characters are read as their ASCII forms for the
/// figure; ``printed`` keeps the cell as printed.
public struct TableValue: Sendable, Equatable {
    /// Nil when the plan leaves the cell open or states the target in words.
    public let value: Double?
    /// Written with `%`.
    public let percent: Bool
    /// A figure over the whole period: in `〔〕` or marked `累计`.
    public let cumulative: Bool
    /// `以内`, `以下`, `不超过`, `不高于`, `≤`, `<`: a ceiling.
    public let ceiling: Bool
    /// `左右`, `约`: approximate.
    public let approximate: Bool
    /// `不低于`, `不少于`, `以上`, `至少`, `≥`, `>`: a floor said in words (a floor is the default).
    public var floor: Bool = false
    /// `下降`, `降低`, `减少` in the cell.
    public var decline: Bool = false
    /// `个百分点` in the cell: percentage points.
    public var points: Bool = false
    /// A footnote mark on the figure (`*`, `①`, `△`), as printed.
    public var mark: String? = nil
    /// The target in words, as printed (value nil).
    public var words: String? = nil
    /// The cell as printed, trimmed.
    public var printed: String = ""

    /// Full-width forms (`０-９ ．％（）`) as ASCII, ideographic spaces as spaces, trimmed.
    /// For reading figures and headers only: names and notes are kept as printed (``trimmed(_:)``).
    public static func normalise(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if (0xFF01...0xFF5E).contains(u.value), let a = Unicode.Scalar(u.value - 0xFEE0) {
                out.append(a)
            } else if u.value == 0x3000 || u == "\u{00A0}" {
                out.append(" ")
            } else if u == "\u{2212}" {
                out.append("-")
            }  // − minus sign
            else {
                out.append(u)
            }
        }
        return String(out).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text as printed, only surrounding (ideographic) spaces removed.
    public static func trimmed(_ s: String) -> String {
        s.trimmingCharacters(
            in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{3000}\u{00A0}")))
    }

    /// Words that mean "left open".
    static let open: Set<String> = ["", "-", "—", "——", "–", "/", "\\", "无", "待定", "n/a", "na", "…", "……"]

    /// The largest figure a plan table may hold (plan files refuse 10¹² and more: E049).
    public static let limit = 1e12
    /// The smallest non-zero figure (smaller ones are no printed figure; subnormals would lose digits).
    public static let smallest = 1e-12

    /// Footnote marks printed on figures.
    static let marks: [String] =
        ["*", "△", "▲", "※", "#"] + (0x2460...0x2473).compactMap { Unicode.Scalar($0).map { String($0) } }

    /// The figure in `text`, or nil when it is not one or is out of range (the caller
    /// reports where; ``isTooLarge(_:)`` and ``isTooSmall(_:)`` tell them apart).
    public static func parse(_ text: String) -> TableValue? {
        guard let v = parseUnbounded(text) else { return nil }
        guard let x = v.value else { return v }
        return abs(x) < limit && (x == 0 || abs(x) >= smallest) ? v : nil
    }

    /// Whether `text` is a figure, but one of 10¹² or more in size.
    public static func isTooLarge(_ text: String) -> Bool {
        parseUnbounded(text)?.value.map { abs($0) >= limit } ?? false
    }

    /// Whether `text` is a figure, but a non-zero one below 10⁻¹² in size (`5e-324`).
    public static func isTooSmall(_ text: String) -> Bool {
        parseUnbounded(text)?.value.map { $0 != 0 && abs($0) < smallest } ?? false
    }

    /// A decimal figure as printed (`12`, `-0.5`, `1.2e-5` as Excel stores small numbers):
    /// no hex (`0x1A`), no `inf`/`nan`, nothing else.
    static func decimal(_ s: String) -> Double? {
        guard
            s.range(of: #"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$"#, options: .regularExpression)
                != nil,
            let v = Double(s), v.isFinite
        else { return nil }
        return v
    }

    static func parseUnbounded(_ text: String) -> TableValue? {
        let printed = trimmed(text)
        var s = normalise(text)
        if open.contains(s.lowercased()) {
            return TableValue(
                value: nil, percent: false, cumulative: false, ceiling: false, approximate: false, printed: printed)
        }
        var mark: String?
        for m in marks where s.hasSuffix(m) || s.hasPrefix(m) {
            mark = m
            s = s.hasSuffix(m) ? String(s.dropLast(m.count)) : String(s.dropFirst(m.count))
            s = s.trimmingCharacters(in: .whitespaces)
            break
        }
        // cumulative, floor, ceiling, approximate, decline, points
        var flags = [false, false, false, false, false, false]
        let groups: [[String]] = [
            ["〔", "〕", "[", "]", "【", "】", "五年累计", "累计"], ["不低于", "不少于", "以上", "至少", "≥", ">=", ">"],
            ["以内", "以下", "不超过", "不高于", "≤", "<=", "<"], ["左右", "约", "~", "≈"], ["下降", "降低", "减少"], ["个百分点", "百分点"],
        ]
        for (k, words) in groups.enumerated() {
            for w in words where s.contains(w) {
                s = s.replacingOccurrences(of: w, with: "")
                flags[k] = true
            }
        }
        for word in ["控制在", "保持在", "达到", "增长", "提高", "增加", "年均", "力争", "(", ")", ",", " "] {
            s = s.replacingOccurrences(of: word, with: "")
        }
        let percent = s.hasSuffix("%")
        if percent { s.removeLast() }
        guard let v = decimal(s) else {
            // Words, if the cell is Chinese text (与经济增长基本同步); anything else is no figure.
            // A figure in Chinese numerals (一万四) is a figure to write in digits, not words.
            let numerals = printed.allSatisfy { "零〇一二两三四五六七八九十百千万亿点".contains($0) }
            guard printed.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }), !numerals else {
                return nil
            }
            return TableValue(
                value: nil, percent: false, cumulative: false, ceiling: false, approximate: false, words: printed,
                printed: printed)
        }
        return TableValue(
            value: v, percent: percent, cumulative: flags[0], ceiling: flags[2], approximate: flags[3],
            floor: flags[1], decline: flags[4], points: flags[5], mark: mark, printed: printed)
    }
}

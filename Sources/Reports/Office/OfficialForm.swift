import Foundation
public import PlanData

/// The conventions of a Chinese government document (公文) as functions, so every
/// briefing numbers, dates and words its figures alike: 一、（一）1. headings, 2026年12月7日
/// dates, ranges as an office writes them (下降30%至增长60%), one minus sign (−).
/// English output gets the plain equivalents (1. / (1) / a., 7 December 2026).
public enum OfficialForm {
    /// English text without Chinese glosses: `专栏1` → `Box 1`, a parenthesised Han gloss
    /// (` (吨)`, ` (预期性)`) dropped. Text that is Chinese through and through is left as it is.
    public static func withoutHan(_ text: String) -> String {
        text.replacingOccurrences(of: "专栏1", with: "Box 1")
            .replacingOccurrences(of: #" ?[(（][\p{Han}]+[)）]"#, with: "", options: .regularExpression)
    }

    /// The minus sign every human output uses (U+2212), never a hyphen.
    public static let minus = "\u{2212}"

    /// `n` in Chinese numerals as a heading counts: 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一.
    /// Defined for 1…99; other values fall back to Arabic digits.
    public static func chineseNumeral(_ n: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(n) else { return String(n) }
        if n < 10 { return digits[n] }
        let tens = n / 10, ones = n % 10
        return (tens == 1 ? "" : digits[tens]) + "十" + (ones == 0 ? "" : digits[ones])
    }

    /// A heading's number at `level` (1: 一、 2: （一） 3: 1.) for the `index`-th heading
    /// (from 1). English: `1.`, `(1)`, `a.`.
    public static func number(level: Int, _ index: Int, language l: Language) -> String {
        switch (level, l) {
        case (1, .zh): return chineseNumeral(index) + "、"
        case (2, .zh): return "（" + chineseNumeral(index) + "）"
        case (_, .zh): return "\(index)."
        case (1, .en): return "\(index). "
        case (2, .en): return "(\(index)) "
        case (_, .en): return String(UnicodeScalar(UInt8(96 + min(max(index, 1), 26)))) + ". "
        }
    }

    /// A heading with its number: `一、总体判断`, `（二）存在不确定性`.
    public static func heading(_ text: String, level: Int, _ index: Int, language l: Language) -> String {
        number(level: level, index, language: l) + text
    }

    /// A date as a document prints it: `2026年12月7日` / `7 December 2026`, in Beijing time
    /// (UTC+8). `iso` is an ISO 8601 UTC time (the provenance's `created`); text that is
    /// not one comes back as it is.
    public static func date(_ iso: String, language l: Language) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let (y, m, d) = (c.year ?? 0, c.month ?? 0, c.day ?? 0)
        if l == .zh { return "\(y)年\(m)月\(d)日" }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(d) \(months[max(0, min(m - 1, 11))]) \(y)"
    }

    /// The year (Beijing time) of an ISO 8601 instant, as ``date(_:language:)`` prints it;
    /// nil when the text is not a date.
    public static func year(_ iso: String) -> Int? {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar.component(.year, from: date)
    }

    /// A span of years as a document writes it: `2021—2025` with the 一字线 (—) that 公文
    /// sets between years (GB/T 15834), `2021–2025` with an en dash in English. One dash in
    /// every Chinese output.
    public static func years(_ first: Int, _ last: Int, language l: Language) -> String {
        "\(first)\(l == .zh ? "—" : "–")\(last)"
    }

    /// A change of `rate` (a fraction) in words: `增长12%`, `下降30%`, `持平`; English
    /// `a rise of 12%`, `a fall of 30%`, `no change`. `decimals` as the plan prints.
    public static func change(_ rate: Double, decimals: Int = 0, language l: Language) -> String {
        guard rate.isFinite else { return "—" }
        let body = NumberFormat.fixed(abs(rate) * 100, decimals: decimals)
        if body.allSatisfy({ "0.".contains($0) }) { return l == .zh ? "持平" : "no change" }
        switch l {
        case .zh: return (rate > 0 ? "增长" : "下降") + body + "%"
        case .en: return (rate > 0 ? "a rise of " : "a fall of ") + body + "%"
        }
    }

    /// A range of changes as an office writes it: (−0.3, 0.6) → `下降30%至增长60%`,
    /// (0.05, 0.12) → `增长5%至12%`, (−0.3, −0.1) → `下降10%至30%` (the smaller fall first).
    /// English: `from a fall of 30% to a rise of 60%`, `a rise of 5% to 12%`.
    public static func changeRange(_ low: Double, _ high: Double, decimals: Int = 0, language l: Language) -> String {
        let (a, b) = (min(low, high), max(low, high))
        let n = { (x: Double) in NumberFormat.fixed(abs(x) * 100, decimals: decimals) + "%" }
        if a >= 0 { return l == .zh ? "增长\(n(a))至\(n(b))" : "a rise of \(n(a)) to \(n(b))" }
        if b <= 0 { return l == .zh ? "下降\(n(b))至\(n(a))" : "a fall of \(n(b)) to \(n(a))" }
        return l == .zh
            ? "\(change(a, decimals: decimals, language: l))至\(change(b, decimals: decimals, language: l))"
            : "from \(change(a, decimals: decimals, language: l)) to \(change(b, decimals: decimals, language: l))"
    }

    /// `text` with every hyphen-minus that stands for a negative number (before a digit,
    /// not inside a word or a year range such as 2021-2025) as the one minus sign (−).
    public static func minusSigns(_ text: String) -> String {
        var out = ""
        var previous: Character?
        let chars = Array(text)
        for (k, ch) in chars.enumerated() {
            let next = k + 1 < chars.count ? chars[k + 1] : nil
            let negative =
                ch == "-" && (next?.isNumber ?? false) && !(previous?.isNumber ?? false)
                && !(previous?.isLetter ?? false && previous?.isASCII ?? false)
            out.append(negative ? Character(minus) : ch)
            previous = ch
        }
        return out
    }

    /// The Latin words in `text` — two or more characters with a letter (code names, file
    /// names, options, jargon such as P10): what page one of a Chinese report must not show.
    /// Units the plan prints in Latin letters are not in the plan's Chinese, so none are allowed.
    public static func latinWords(_ text: String) -> [String] {
        var words: [String] = [], word = ""
        for ch in text + " " {
            if ch.isASCII && (ch.isLetter || ch == "_") {
                word.append(ch)
                continue
            }
            if ch.isASCII && ch.isNumber && !word.isEmpty {
                word.append(ch)
                continue
            }
            if word.count >= 2 && word.contains(where: \.isLetter) { words.append(word) }
            word = ""
        }
        return words
    }
}

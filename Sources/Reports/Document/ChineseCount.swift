import Foundation

extension NumberFormat {
    /// A count as Chinese running text writes it beside a Chinese character: whole
    /// 万 (ten thousands) and 亿 as such (100000 → `10万`, 200000000 → `2亿`), other counts
    /// without thousands separators (2000 → `2000`, 1280 → `1280`). A separator glued to a
    /// CJK character (`2,000条`) lets LibreOffice break the number at a line end
    /// (`2,00` / `0条`); digits alone are never split. English keeps ``grouped(_:)``.
    public static func chineseCount(_ n: Int) -> String {
        let sign = n < 0 ? "-" : ""
        let m = n.magnitude
        if m >= 100_000_000, m % 100_000_000 == 0 { return "\(sign)\(m / 100_000_000)亿" }
        if m >= 10_000, m % 10_000 == 0 { return "\(sign)\(m / 10_000)万" }
        return "\(sign)\(m)"
    }

    /// ``chineseCount(_:)`` in Chinese, ``grouped(_:)`` in English.
    public static func count(_ n: Int, zh: Bool) -> String { zh ? chineseCount(n) : grouped(n) }
}

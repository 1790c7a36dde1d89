/// Chinese numerals for 公文 numbering: 一、二、… and （一）（二）…
enum ChineseNumber {
    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99; other numbers as digits).
    static func ordinal(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(n) else { return "\(n)" }
        if n < 10 { return digits[n] }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + digits[n % 10]
    }
}

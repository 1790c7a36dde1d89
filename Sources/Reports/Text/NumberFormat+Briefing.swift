import Foundation
import PlanData

extension NumberFormat {
    /// An integer with thousands separators: 100000 → `100,000`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, ch) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Decimals that suit an indicator whose values are about `magnitude`, so a row keeps
    /// one number of decimals: 2029 · 9.93 · 0.632.
    public static func decimals(forMagnitude magnitude: Double) -> Int {
        let m = abs(magnitude)
        guard m.isFinite else { return 2 }
        if m >= 1000 { return 0 }
        if m >= 100 { return 1 }
        if m >= 1 { return 2 }
        return 3
    }

    /// `x` with exactly `decimals` decimals; `—` for nil or non-finite; never `-0`.
    ///
    /// An exact half rounds away from zero (四舍五入, as Excel rounds a cell's display):
    /// 34 ÷ 32 = 1.0625 prints `106.3` at one decimal in PDF, Word and the workbook alike,
    /// where C's `printf` would round the tie to even (`106.2`). Only a value whose scaled
    /// figure is exactly a half (the multiplication exact, checked by FMA) is a tie; every
    /// other value prints as `printf` prints it, from its exact binary value.
    public static func fixed(_ x: Double?, decimals: Int) -> String {
        guard let x, x.isFinite else { return "—" }
        return DecimalRounding.fixed(x, decimals: decimals)
    }

    /// A signed change with fixed decimals: `+1.25`, `−0.30`, `0.00`.
    public static func signed(_ x: Double?, decimals: Int) -> String {
        guard let x, x.isFinite else { return "—" }
        let body = fixed(abs(x), decimals: decimals)
        if body.allSatisfy({ "0.".contains($0) }) { return body }
        return (x > 0 ? "+" : "−") + body
    }

    /// A signed percentage change: `+3.1%`, `−12.0%`, `0.0%` (never `-0.00%`).
    public static func signedPercent(_ rate: Double?, decimals: Int = 1) -> String {
        guard let rate, rate.isFinite else { return "—" }
        return signed(rate * 100, decimals: decimals) + "%"
    }

    /// A change of probability in percentage points: `+12 pp` / `+12个百分点`.
    public static func points(_ delta: Double?, zh: Bool) -> String {
        guard let delta, delta.isFinite else { return "—" }
        if abs(delta) < 0.005 { return zh ? "不变" : "no change" }
        return signed(delta * 100, decimals: 0) + (zh ? "个百分点" : " pp")
    }

    /// An ISO 8601 UTC time as Beijing time (UTC+8) for people: `2026年11月29日 21:08（北京时间）`
    /// (the date in 年月日 as a 公文 writes it), `2026-11-29 21:08 Beijing time (UTC+8)`.
    public static func beijingTime(_ iso: String, zh: Bool) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        f.dateFormat = zh ? "yyyy年M月d日 HH:mm" : "yyyy-MM-dd HH:mm"
        return f.string(from: date) + (zh ? "（北京时间）" : " Beijing time (UTC+8)")
    }
}

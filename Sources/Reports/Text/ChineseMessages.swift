import Foundation

/// Chinese for text that is written in English only, a fallback: every ``InputIssue`` and
/// scenario diagnostic plansim makes carries its Chinese (``Phrase``), and ArgumentParser's
/// refusals have ``ParserRefusals``. What this catalog still serves: the sweep's terminal
/// lines (``sweepLog(_:)``, `plansim sweep` and `merge`), the fit report's warnings (its rule
/// machinery, through `FitWords`), and a last net for a message made in English alone
/// (``translate(_:)``), keeping the identifiers, numbers and file names of the English one.
/// A text the catalog does not know is returned as written (so nothing is ever lost, only
/// left in English).
public enum ChineseMessages {
    /// `pattern` (a regular expression over the whole English text) → `template` (`$1`… the
    /// captured parts as written, `{1}`… translated in turn). Tried in order; the first that matches wins.
    typealias Rule = (pattern: String, template: String)

    /// Whole messages made in English alone: the fallback for an ``InputIssue`` built with
    /// PlanData's English-only initializer or a scenario diagnostic built without its
    /// Chinese (every message plansim itself makes carries its Chinese, so these are a net,
    /// not the way messages are translated). ArgumentParser's refusals are
    /// ``ParserRefusals``'s; the commands' own checks are written in both languages.
    static let messages: [Rule] = [
        ("scenario file (.+)", "情景文件$1"),
        ("year (\\d+) is outside (\\d+)–(\\d+)", "年份 $1 不在 $2–$3 之内"),
        ("unknown indicator `(.+)`", "未知指标 `$1`"),
        ("did you mean (.+)\\?", "是否想用 $1？"),
    ]

    /// The sweep's terminal lines (`plansim sweep` and `merge`), one line at a time.
    static let sweepLines: [Rule] = [
        ("shard (\\S+) of sweep (\\S+): (\\d+) of (\\d+) blocks \\((\\d+) samples each × (\\d+) paths\\)",
         "敏感性分析 $2 的分片 $1：共 $4 块中的 $3 块（每块 $5 个样本 × $6 条路径）"),
        ("shard (\\S+) of sweep (\\S+): (\\d+) of (\\d+) blocks \\((\\d+) samples each\\)", "敏感性分析 $2 的分片 $1：共 $4 块中的 $3 块（每块 $5 个样本）"),
        ("  to run: (.+)", "  待运行：$1"),
        ("  skipped, already done \\(resumed\\): (.+)", "  已完成，跳过（续跑）：$1"),
        ("  block (\\d+) found corrupt \\((.+)\\), recomputing", "  块 $1 已损坏（$2），重新计算"),
        ("ran blocks (.+): (\\d+) runs in (.+) s \\((\\d+) runs/s\\)", "已运行块 $1：$2 次运行，用时 $3 秒（每秒 $4 次）"),
        ("shard (.+) of sweep (.+) written to (.+); join the slices with `plansim merge DIR…`",
         "敏感性分析 $2 的分片 $1 已写入 $3；用 `plansim merge 目录…` 合并各分片"),
        ("finished block (\\d+) \\((\\d+) of (\\d+) to run, (\\d+) runs/s\\)", "已完成块 $1（待运行的 $3 块中第 $2 块，每秒 $4 次）"),
        ("results in (.+)", "结果在 $1"),
    ]

    /// A sweep's terminal output in Chinese, line by line (block lists: `none` → 无,
    /// `(12 blocks)` → （共 12 块）); lines the catalog does not know stay as written.
    public static func sweepLog(_ english: String) -> String {
        english.components(separatedBy: "\n").map { line in
            var text = translate(line, rules: sweepLines)
            text = text.replacingOccurrences(of: "：none", with: "：无").replacingOccurrences(of: "块 none", with: "块 无")
            if let r = text.range(of: #"\((\d+) blocks\)"#, options: .regularExpression) {
                text.replaceSubrange(r, with: "（共 " + text[r].dropFirst().prefix { $0.isNumber } + " 块）")
            }
            return text
        }.joined(separator: "\n")
    }

    /// Phrases inside a message the whole-message rules left: ` or ` between choices and
    /// the like.
    static let phrases: [(String, String)] = [("` or `", "` 或 `"), ("`, `", "`、`")]

    /// `english` in Chinese: the first whole-message rule that matches, with the phrase
    /// substitutions applied; `english` itself when no rule matches.
    public static func translate(_ english: String) -> String {
        translate(english, rules: messages)
    }

    static func translate(_ english: String, rules: [Rule]) -> String {
        let range = NSRange(english.startIndex..., in: english)
        for rule in rules {
            guard let regex = compiled(rule.pattern),
                  let match = regex.firstMatch(in: english, range: range), match.range == range else { continue }
            var text = regex.replacementString(for: match, in: english, offset: 0, template: rule.template)
            // `{k}`: group k, itself translated by the same rules (a cause inside a reason).
            for k in 1..<match.numberOfRanges where text.contains("{\(k)}") {
                guard let r = Range(match.range(at: k), in: english) else { continue }
                text = text.replacingOccurrences(of: "{\(k)}", with: translate(String(english[r]), rules: rules))
            }
            for (en, zh) in phrases { text = text.replacingOccurrences(of: en, with: zh) }
            return text
        }
        return english
    }

    nonisolated(unsafe) private static var cache: [String: NSRegularExpression] = [:]
    private static let lock = NSLock()

    static func compiled(_ pattern: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let r = cache[pattern] { return r }
        let r = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$", options: [.dotMatchesLineSeparators])
        cache[pattern] = r
        return r
    }
}

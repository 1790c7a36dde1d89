import Foundation

/// ArgumentParser's own refusals in Chinese, one line of its message at a time.
///
/// Every shape `ErrorMessageGenerator` (swift-argument-parser, `Usage/UsageGenerator.swift`)
/// can print is here: unknown options (with did-you-mean, and the composite short-option
/// form), missing values, values an option does not take, unexpected arguments, values set
/// twice, missing arguments, invalid values (with the reason, or the list of choices, inline
/// or as bullets), invalid options, a missing subcommand, completion-script shells and its
/// internal errors. Option names, values and arguments stay as typed, in backticks.
public enum ParserRefusals {
    /// `pattern` (a regular expression over the whole line) → the Chinese line; `$k` the
    /// captured parts as written. `{k}` is group k as a list of quoted values (`'a', 'b' or 'c'`
    /// → `` `a`、`b`、`c` ``).
    static let rules: [(pattern: String, template: String)] = [
        (#"Unknown option '(.+)'\. Did you mean '(.+)'\?"#, "未知选项 `$1`；是否想用 `$2`？"),
        (#"Unknown option '(.+)'"#, "未知选项 `$1`"),
        (#"(\s*)or: Missing value for '(.+)' in '(.+)'"#, "$1或：`$3` 中的 `$2` 缺少取值"),
        (#"Missing value for '(.+)'"#, "`$1` 缺少取值"),
        (#"The option '(.+)' does not take any value, but '(.*)' was specified\."#, "选项 `$1` 不接受取值，但给了 `$2`"),
        (#"Unexpected argument '(.*)'"#, "多余的参数 `$1`"),
        (#"(\d+) unexpected arguments: (.+)"#, "多余的 $1 个参数：{2}"),
        (
            #"Value to be set with flag '(.+)' in '(.+)' had already been set with flag '(.+)' in '(.+)'"#,
            "`$2` 中的 `$1` 所设的值已由 `$4` 中的 `$3` 设过"
        ),
        (
            #"Value to be set with flag '(.+)' in '(.+)' had already been set with flag '(.+)'"#,
            "`$2` 中的 `$1` 所设的值已由 `$3` 设过"
        ),
        (
            #"Value to be set with flag '(.+)' had already been set with flag '(.+)' in '(.+)'"#,
            "`$1` 所设的值已由 `$3` 中的 `$2` 设过"
        ),
        (#"Value to be set with flag '(.+)' had already been set with flag '(.+)'"#, "`$1` 所设的值已由 `$2` 设过；二者只能给一个"),
        (#"Value to be set with (.+) had already been set with (.+)"#, "由 $1 所设的值已由 $2 设过"),
        (#"Missing expected argument '(.+)'"#, "缺少参数 `$1`"),
        (#"Missing one of: (.+)"#, "缺少以下之一：{1}"),
        (
            #"The value '(.*)' is invalid for '(.+)'\. Please provide one of the following:"#,
            "`$1` 不是 `$2` 的有效取值；可选值如下："
        ),
        (#"The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\."#, "`$1` 不是 `$2` 的有效取值；可选值：{3}"),
        (#"The value '(.*)' is invalid for '(.+)': (.+)"#, "`$1` 不是 `$2` 的有效取值：$3"),
        (#"The value '(.*)' is invalid for '(.+)'"#, "`$1` 不是 `$2` 的有效取值"),
        (#"The value '(.*)' is invalid\. Please provide one of the following:"#, "`$1` 不是有效取值；可选值如下："),
        (#"The value '(.*)' is invalid\. Please provide one of (.+)\."#, "`$1` 不是有效取值；可选值：{2}"),
        (#"The value '(.*)' is invalid\.(: (.+))?"#, "`$1` 不是有效取值"),
        (#"  - (.+)"#, "  - `$1`"),
        (#"Invalid option: (.+)"#, "无效的选项 `$1`"),
        (#"Missing required subcommand\."#, "缺少子命令"),
        (#"Command '(.+)' is not a parent of the current command\."#, "命令 `$1` 不是当前命令的上级命令"),
        (#"Can't autodetect a supported shell\."#, "无法自动识别所用的 shell"),
        (#"Can't generate completion scripts for '(.+)'\."#, "无法为 `$1` 生成补全脚本"),
        (
            #"Please use --generate-completion-script=<shell> with one of:"#,
            "请使用 `--generate-completion-script=<shell>`，取以下之一："
        ),
        (#"    ([a-z]+( [a-z]+)*)"#, "    `$1`"),
        (#"Internal error\. Parsing command-line arguments hit unimplemented code path\."#, "内部错误：解析命令行参数时遇到未实现的代码路径"),
        (#"Internal error\. Invalid state while parsing command-line arguments\."#, "内部错误：解析命令行参数时状态无效"),
    ]

    /// `line` of an ArgumentParser refusal in Chinese, or nil when it is not one of its shapes.
    public static func chinese(_ line: String) -> String? {
        let range = NSRange(line.startIndex..., in: line)
        for rule in rules {
            guard let regex = try? NSRegularExpression(pattern: "^(?:" + rule.pattern + ")$"),
                let match = regex.firstMatch(in: line, range: range)
            else { continue }
            var text = regex.replacementString(for: match, in: line, offset: 0, template: rule.template)
            for k in 1..<match.numberOfRanges where text.contains("{\(k)}") {
                guard let r = Range(match.range(at: k), in: line) else { continue }
                text = text.replacingOccurrences(of: "{\(k)}", with: quotedList(String(line[r])))
            }
            return text
        }
        return nil
    }

    /// `'a', 'b' or 'c'` / `'a' and 'b'` / `'a', 'b'` → `` `a`、`b`、`c` ``.
    static func quotedList(_ text: String) -> String {
        let regex = try! NSRegularExpression(pattern: "'([^']*)'")
        let items = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { "`\(text[$0])`" }
        }
        return items.isEmpty ? text : items.joined(separator: "、")
    }
}

import ArgumentParser
import Foundation
import PlanData
import Reports

/// `zh` when this command line's language is Chinese (``MessageLanguage/current``:
/// `--lang`, else `PLANSIM_LANG`, else the locale, else Chinese), else `en` — for help texts, which
/// ArgumentParser reads after `main` starts.
func say(_ zh: String, _ en: String) -> String { MessageLanguage.current == .zh ? zh : en }

/// ``say(_:_:)`` where ArgumentParser takes an option's or argument's help.
func say(_ zh: String, _ en: String) -> ArgumentHelp { ArgumentHelp(say(zh, en) as String) }

/// ArgumentParser's own words in a printed help (section heads, `--help`, `--version`,
/// defaults and value lists) in the message language; English help passes unchanged.
enum HelpText {
    static func localized(_ help: String, _ l: Language) -> String {
        guard l == .zh else { return help }
        // A default subcommand's mark keeps the help column where it was (` (default)` is
        // ten columns, `（默认）` eight).
        var text = help.replacingOccurrences(of: #" \(default\)(?=  )"#, with: "（默认）  ", options: .regularExpression)
        for (en, zh) in [
            ("OVERVIEW: ", "概述："), ("USAGE: ", "用法："), ("ARGUMENTS:", "参数："), ("OPTIONS:", "选项："),
            ("SUBCOMMANDS:", "子命令："), ("Show help information.", "显示帮助信息。"), ("Show the version.", "显示版本。"),
            ("Show subcommand help information.", "显示子命令的帮助信息。"),
            ("(default)", "（默认）"),
        ] {
            text = text.replacingOccurrences(of: en, with: zh)
        }
        text = text.replacingOccurrences(of: #" ?\(default:\s+([^)]*)\)"#, with: "（默认：$1）", options: .regularExpression)
        text = text.replacingOccurrences(of: #" ?\(values:\s+([^)]*)\)"#, with: "（可选值：$1）", options: .regularExpression)
        text = text.replacingOccurrences(
            of: #"See '([^']*)' for detailed help\."#, with: "`$1` 显示各子命令的详细说明。", options: .regularExpression)
        return text
    }
}

extension HelpText {
    /// The Chinese help or version text for ArgumentParser's clean exit `error`: rendered
    /// unwrapped, translated (``localized(_:_:)``), then wrapped by display width to the
    /// terminal (``wrapped(_:width:)``) — ArgumentParser wraps by characters, and a Chinese
    /// character takes two columns.
    static func chinese(for error: any Error) -> String {
        wrapped(localized(Plansim.fullMessage(for: error, columns: 100_000), .zh), width: terminalWidth)
    }

    /// The width ArgumentParser wraps help to: `COLUMNS` when set, else the terminal's,
    /// else 80 (never below 40, so the help column keeps room).
    static var terminalWidth: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return max(40, columns)
        }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(40, Int(size.ws_col)) }
        return 80
    }

    /// `plansim data --help` (or `-h`, with or without `--lang X`) as `plansim help data`: a
    /// group with a default subcommand (`data`, `plan`) shows its own help, its subcommands,
    /// where ArgumentParser would show its default subcommand's. Other command lines pass unchanged.
    static func groupHelp(_ arguments: [String]) -> [String] {
        let groups = Plansim.configuration.subcommands.filter { $0.configuration.defaultSubcommand != nil }.compactMap {
            $0.configuration.commandName
        }
        guard let group = arguments.first, groups.contains(group) else { return arguments }
        var rest: [String] = []
        var language: [String] = []
        var k = 1
        while k < arguments.count {
            if arguments[k] == "--lang" {
                language += arguments[k..<min(k + 2, arguments.count)]
                k += 2
                continue
            }
            if arguments[k].hasPrefix("--lang=") { language.append(arguments[k]) } else { rest.append(arguments[k]) }
            k += 1
        }
        guard rest == ["--help"] || rest == ["-h"] else { return arguments }
        return ["help", group] + language
    }

    /// `plansim help CMD… --lang zh|en` (or `--lang=…`): the arguments without the
    /// language, which ArgumentParser's `help` does not take (``MessageLanguage`` reads it
    /// from the command line). Other command lines pass unchanged.
    static func withoutLanguage(_ arguments: [String]) throws -> [String] {
        guard arguments.first == "help" else { return arguments }
        var kept: [String] = []
        var k = 0
        while k < arguments.count {
            let a = arguments[k]
            if a == "--" {
                kept += arguments[k...]
                break
            }
            guard a == "--lang" || a.hasPrefix("--lang=") else {
                kept.append(a)
                k += 1
                continue
            }
            let value = a == "--lang" ? (k + 1 < arguments.count ? arguments[k + 1] : "") : String(a.dropFirst(7))
            guard LanguageChoice(argument: value) != nil else {
                let shown = TerminalText.escaped(value)
                throw InputIssue(
                    file: "<argument>", field: "--lang",
                    message: Phrase(
                        zh: value.isEmpty ? "`--lang` 缺少取值" : "`--lang` 的取值只能是 `zh` 或 `en`，而非 `\(shown)`",
                        en: value.isEmpty ? "`--lang` needs a value" : "`--lang` takes `zh` or `en`, not `\(shown)`"),
                    help: Phrase(zh: "写 `--lang zh` 或 `--lang en`", en: "write `--lang zh` or `--lang en`"))
            }
            k += a == "--lang" ? 2 : 1
        }
        return kept
    }
}

/// Help text wrapped by display width: Chinese and fullwidth characters take two columns.
/// A line may break at a space or beside a Chinese character, never inside an ASCII word
/// or a backticked span, never before closing punctuation (，。；：）」…) or after opening
/// punctuation (（「“…). Option help keeps its column: continuation lines are indented to
/// where the help starts (26, or 28 under a `- ` value description), as ArgumentParser does.
extension HelpText {
    static func wrapped(_ help: String, width: Int) -> String {
        help.components(separatedBy: "\n").map { wrappedLine($0, width: width) }.joined(separator: "\n")
    }

    static let closing = Set("，。、；：！？）」』】》〉”’％,.;:!?)]}")
    static let opening = Set("（「『【《〈“‘([{")

    static func wrappedLine(_ line: String, width: Int) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        let chars = Array(line)
        if line.hasPrefix("用法：") { return wrappedUsage(line, width: width) }
        let label = 26  // ArgumentParser's help column (labels start at 2)
        let head: Int
        if chars.count > label + 1, chars[..<label].allSatisfy(\.isASCII), chars[label - 1] == " ", chars[label] != " "
        {
            head = label
        } else {
            head = chars.prefix { $0 == " " }.count
        }
        let body = String(chars[head...])
        let indent = head == label && body.hasPrefix("- ") ? label + 2 : head
        let headWidth = DisplayWidth.of(String(chars[..<head]))
        let lines = fill(chunks(pieces(body)), first: width - headWidth, rest: width - indent)
        return String(chars[..<head]) + lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }

    /// The usage line, broken between its top-level words (`[--paths <paths>]` and
    /// `--data <FILE.csv>` stay whole), continuation lines under the first option.
    static func wrappedUsage(_ line: String, width: Int) -> String {
        var words: [String] = []
        var depth = 0
        var current = ""
        func add() {
            // A required option stays with its value: `--data <ACTUALS.csv>`.
            if let last = words.last, last.hasPrefix("-"), !last.contains(" "), current.hasPrefix("<") {
                words[words.count - 1] += " " + current
            } else if !current.isEmpty {
                words.append(current)
            }
            current = ""
        }
        for c in line.dropFirst(3) {
            if c == " " && depth == 0 {
                add()
                continue
            }
            if "[<(".contains(c) { depth += 1 } else if "]>)".contains(c) { depth = max(0, depth - 1) }
            current.append(c)
        }
        add()
        let command = words.prefix { !"[<-".contains($0.first ?? "[") }
        var indent = 6 + DisplayWidth.of(command.joined(separator: " ")) + 1
        if indent > width / 2 { indent = 6 }
        let chunks = words.map { Chunk(space: " ", text: $0, width: DisplayWidth.of($0)) }
        return "用法："
            + fill(chunks, first: width - 6, rest: width - indent).joined(
                separator: "\n" + String(repeating: " ", count: indent))
    }

    /// Text that stays on one line, with the blank before it (dropped at a line break).
    struct Chunk {
        var space: String
        var text: String
        var width: Int
    }

    /// `text` cut into pieces that never break: a backticked span, a translated default
    /// or value list (`（默认：…）`), a run of other narrow non-blank characters, or one
    /// wide character.
    static func pieces(_ text: String) -> [Chunk] {
        var result: [Chunk] = []
        var space = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == " " {
                space.append(c)
                chars = chars.dropFirst()
                continue
            }
            let piece: Substring
            if c == "`", let close = chars.dropFirst().firstIndex(of: "`") {
                piece = chars[...close]
            } else if chars.hasPrefix("（默认：") || chars.hasPrefix("（可选值："), let close = chars.firstIndex(of: "）") {
                piece = chars[...close]
            } else if DisplayWidth.of(String(c)) == 2 {
                piece = chars.prefix(1)
            } else {
                let run = chars.prefix { $0 != " " && $0 != "`" && DisplayWidth.of(String($0)) < 2 }
                piece = run.isEmpty ? chars.prefix(1) : run
            }
            result.append(Chunk(space: space, text: String(piece), width: DisplayWidth.of(String(piece))))
            space = ""
            chars = chars[piece.endIndex...]
        }
        return result
    }

    /// Pieces joined where no break is allowed: between two narrow pieces without a blank,
    /// before closing punctuation, after opening punctuation.
    static func chunks(_ pieces: [Chunk]) -> [Chunk] {
        var result: [Chunk] = []
        for piece in pieces {
            guard let last = result.last, let before = last.text.last, let after = piece.text.first else {
                result.append(piece)
                continue
            }
            let wide = DisplayWidth.of(String(before)) == 2 || DisplayWidth.of(String(after)) == 2
            let breakable = !closing.contains(after) && !opening.contains(before) && (!piece.space.isEmpty || wide)
            if breakable {
                result.append(piece)
                continue
            }
            result[result.count - 1].text += piece.space + piece.text
            result[result.count - 1].width += piece.space.count + piece.width
        }
        return result
    }

    /// Chunks filled greedily into lines of `first` columns, then `rest`.
    static func fill(_ chunks: [Chunk], first: Int, rest: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for chunk in chunks {
            let limit = lines.isEmpty ? first : rest
            if line.isEmpty {
                line = chunk.text
                used = chunk.width
            } else if used + chunk.space.count + chunk.width <= limit {
                line += chunk.space + chunk.text
                used += chunk.space.count + chunk.width
            } else {
                lines.append(line)
                line = chunk.text
                used = chunk.width
            }
        }
        lines.append(line)
        return lines
    }
}

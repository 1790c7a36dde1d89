import Forecasting
import PlanData

/// A recovering recursive-descent parser. It never throws and never stops early: every
/// problem becomes a diagnostic and parsing resumes at the next line, so a file's errors
/// are all reported in one pass. Each loop consumes at least one token (no hangs), and
/// nesting is bounded by the grammar (file → scenario → sweep), so no input can overflow
/// the stack.
public struct Parser {
    var tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// Comments after `include "…"` lines, by the include's start offset.
    var includeComments: [Int: String] = [:]

    public static let units: Set<String> = ["亿元", "万元", "元", "亿", "万", "人", "个", "家", "吨", "万吨", "亩"]

    /// Parses `source`.
    public static func parse(_ source: SourceFile) -> SyntaxTree {
        var lexer = Lexer(source)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        parser.dropped = lexer.dropped
        let items = parser.file()
        var tree = SyntaxTree(source: source, items: items, diagnostics: parser.diagnostics, dropped: parser.dropped)
        tree.includeComments = parser.includeComments
        return tree
    }

    /// Diagnostics beyond ``ScenarioProgram/diagnosticLimit`` are only counted, so a
    /// file of a million bad characters costs no more memory than its tokens.
    mutating func report(_ d: Diagnostic) {
        if diagnostics.count < ScenarioProgram.diagnosticLimit { diagnostics.append(d) } else { dropped += 1 }
    }
    var dropped = 0

    /// The token index of the `}` that closed the last block.
    var lastClosingBrace: Int?
    /// A sweep whose `}` is indented less than its `sweep` keyword (likely the enclosing
    /// scenario's brace): blamed when that scenario then stays open.
    var misclosedSweep: (name: String, range: SourceRange)?

    /// The indentation in bytes of the token at `index` when it starts a line.
    func indent(_ index: Int) -> Int? {
        if index == 0 { return tokens[0].range.start }
        guard tokens[index - 1].kind == .newline else { return nil }
        return tokens[index].range.start - tokens[index - 1].range.end
    }

    var current: Token { tokens[position] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func describe(_ t: Token) -> Phrase {
        switch t.kind {
        case .newline: return .endOfLine
        case .end: return Phrase(zh: "文件末尾", en: "end of file")
        case .comment: return Phrase(zh: "注释", en: "a comment")
        default: return .code(t.text)
        }
    }

    /// Skips to just after the next line end (or to the end), for recovery.
    mutating func skipLine() {
        while !(current.kind == .newline || current.kind == .end) { advance() }
        if current.kind == .newline { advance() }
    }

    mutating func comment() -> String? {
        guard case .comment = current.kind else { return nil }
        defer { advance() }
        return current.text
    }

    mutating func file() -> [TopItem] {
        var items: [TopItem] = []
        while current.kind != .end {
            let before = position
            switch current.kind {
            case .newline:
                // Every item consumes its own line end, so a newline here is a blank line.
                if let last = items.last, last != .blank { items.append(.blank) }
                advance()
                continue
            case .comment:
                items.append(.comment(current.text))
                advance()
                if current.kind == .newline { advance() }
            case .name where current.text == "scenario":
                if let s = scenario() { items.append(.scenario(s)) }
            case .name where current.text == "plan":
                if let p = plan() { items.append(.plan(p)) }
            case .name where current.text == "include":
                let start = current.range
                advance()
                if case .string(let path) = current.kind {
                    items.append(.include(path, SourceRange(start.start, current.range.end)))
                    advance()
                } else {
                    report(
                        .expected(
                            Phrase(zh: "`include` 之后加引号的文件名", en: "a file name in quotes after `include`"),
                            found: describe(current), current.range))
                }
                if let c = expectLineEnd() { includeComments[start.start] = c }
            default:
                report(
                    .expected(
                        Phrase(zh: "`scenario` 或 `include`", en: "`scenario` or `include`"), found: describe(current),
                        current.range,
                        help: Phrase(
                            zh: "语句应写在 `scenario NAME { … }` 之内", en: "statements belong inside `scenario NAME { … }`"))
                )
                skipLine()
            }
            if position == before { advance() }
        }
        return items
    }

    /// Consumes the line end; returns the comment before it, if any (the formatter keeps it).
    @discardableResult
    mutating func expectLineEnd() -> String? {
        var comment: String?
        if case .comment = current.kind {
            comment = current.text
            advance()
        }
        switch current.kind {
        case .newline: advance()
        case .end: break
        default:
            report(.expected(.endOfLine, found: describe(current), current.range))
            skipLine()
        }
        return comment
    }

    mutating func scenario() -> ScenarioDecl? {
        let start = current.range.start
        advance()
        guard current.kind == .name else {
            report(.expected(Phrase(zh: "情景名称", en: "a scenario name"), found: describe(current), current.range))
            skipLine()
            return nil
        }
        let name = current.text, nameRange = current.range
        advance()
        var parents: [(String, SourceRange)] = []
        if current.kind == .name && current.text == "extends" {
            advance()
            repeat {
                if current.kind == .comma { advance() }
                guard current.kind == .name else {
                    report(
                        .expected(
                            Phrase(zh: "要继承的情景名称", en: "the name of a scenario to extend"), found: describe(current),
                            current.range))
                    break
                }
                parents.append((current.text, current.range))
                advance()
            } while current.kind == .comma
        }
        guard current.kind == .leftBrace else {
            report(
                .expected(
                    Phrase(zh: "开启情景 `\(name)` 的 `{`", en: "`{` to open scenario `\(name)`"), found: describe(current),
                    current.range))
            skipLine()
            return nil
        }
        advance()
        let trailing = comment()
        if current.kind == .newline { advance() }
        let (items, closed, closing) = block(inSweep: false)
        if !closed, let sweep = misclosedSweep {
            // The sweep's `}` sits where the scenario's would: the brace the sweep lacks is
            // the one missing, so say so at the sweep's own line.
            report(
                .notClosed(
                    Phrase(zh: "sweep `\(sweep.name)` ", en: "sweep `\(sweep.name)`"), sweep.range,
                    help: Phrase(
                        zh: "请在 sweep `\(sweep.name)` 的末尾单独一行写上 `}`；现在情景 `\(name)` 的 `}` 被当作了它的结尾",
                        en:
                            "add `}` on a line of its own at the end of sweep `\(sweep.name)`; the `}` of scenario `\(name)` now ends it"
                    )))
        } else if !closed {
            report(
                .notClosed(
                    Phrase(zh: "情景 `\(name)` ", en: "scenario `\(name)`"), nameRange,
                    help: Phrase(zh: "请在其末尾单独一行写上 `}`", en: "add `}` on a line of its own at its end")))
        }
        misclosedSweep = nil
        return ScenarioDecl(
            name: name, nameRange: nameRange, parents: parents, items: items,
            range: SourceRange(start, tokens[max(0, position - 1)].range.end), trailingComment: trailing,
            closingComment: closing)
    }

    /// Items until `}` (returns closed = true, and the comment after `}`) or the end of the file.
    mutating func block(inSweep: Bool) -> ([Item], Bool, String?) {
        var items: [Item] = []
        var blankRun = 0
        while true {
            let before = position
            switch current.kind {
            case .end:
                return (items, false, nil)
            case .rightBrace:
                lastClosingBrace = position
                advance()
                return (items, true, expectLineEnd())
            case .newline:
                blankRun += 1
                if blankRun == 1 && !items.isEmpty { items.append(.blank) }
                advance()
                continue
            case .comment:
                items.append(.comment(current.text))
                advance()
                if current.kind == .newline { advance() }
            case .name where current.text == "sweep" && !inSweep:
                if let s = sweep() { items.append(.sweep(s)) }
            case .name:
                items.append(.statement(statement()))
            default:
                report(
                    .expected(
                        Phrase(zh: "一条语句", en: "a statement"), found: describe(current), current.range,
                        help: Phrase(
                            zh: "每行以关键字开头，如 `assume`、`shock` 或 `target`",
                            en: "each line starts with a keyword such as `assume`, `shock` or `target`")))
                skipLine()
            }
            blankRun = 0
            if position == before { advance() }
        }
    }

    mutating func sweep() -> SweepBlock? {
        let start = current.range.start
        let keyword = position
        advance()
        guard current.kind == .name else {
            report(.expected(Phrase(zh: "sweep 名称", en: "a sweep name"), found: describe(current), current.range))
            skipLine()
            return nil
        }
        let name = current.text, nameRange = current.range
        advance()
        guard current.kind == .leftBrace else {
            report(
                .expected(
                    Phrase(zh: "开启 sweep `\(name)` 的 `{`", en: "`{` to open sweep `\(name)`"), found: describe(current),
                    current.range))
            skipLine()
            return nil
        }
        advance()
        let opening = expectLineEnd()
        let (items, closed, closing) = block(inSweep: true)
        if !closed {
            report(
                .notClosed(
                    Phrase(zh: "sweep `\(name)` ", en: "sweep `\(name)`"), nameRange,
                    help: Phrase(zh: "请单独一行写上 `}`", en: "add `}` on a line of its own")))
        } else if let brace = lastClosingBrace, let a = indent(brace), let b = indent(keyword), a < b {
            misclosedSweep = (name, nameRange)
        }
        return SweepBlock(
            name: name, nameRange: nameRange, items: items,
            range: SourceRange(start, tokens[max(0, position - 1)].range.end),
            trailingComment: opening, closingComment: closing)
    }

    /// `keyword element*` to the end of the line.
    mutating func statement() -> Statement {
        let keyword = current
        advance()
        var elements: [Element] = []
        var damaged = false
        loop: while true {
            let t = current
            switch t.kind {
            case .newline, .end, .comment, .rightBrace:
                break loop
            case .name:
                advance()
                if current.kind == .leftParen, Keywords.distributions.contains(t.text) {
                    elements.append(distribution(t))
                } else {
                    elements.append(Element(kind: .name(t.text), range: t.range, text: t.text))
                }
            case .number(let v, let percent):
                advance()
                if current.kind == .range {
                    advance()
                    if case .number(let w, false) = current.kind, !percent, v == v.rounded(), w == w.rounded(),
                        abs(v) < 1e6, abs(w) < 1e6
                    {
                        elements.append(
                            Element(
                                kind: .range(Int(v), Int(w)), range: SourceRange(t.range.start, current.range.end),
                                text: "\(Int(v))..\(Int(w))"))
                        advance()
                    } else {
                        report(
                            .expected(
                                Phrase(zh: "`..` 之后的年份", en: "a year after `..`"), found: describe(current),
                                current.range,
                                help: Phrase(zh: "年份区间请写成 `2021..2025`", en: "write ranges of years as `2021..2025`")))
                    }
                } else {
                    var unit: String?
                    var end = t.range.end
                    if current.kind == .name, Parser.units.contains(current.text) {
                        unit = current.text
                        end = current.range.end
                        advance()
                    }
                    elements.append(
                        Element(
                            kind: .number(v, percent: percent, unit: unit), range: SourceRange(t.range.start, end),
                            text: t.text + (unit ?? "")))
                }
            case .string(let s):
                advance()
                elements.append(Element(kind: .string(s), range: t.range, text: t.text))
            case .comparison:
                advance()
                elements.append(Element(kind: .comparison(t.text), range: t.range, text: t.text))
            case .comma:
                advance()
                elements.append(Element(kind: .comma, range: t.range, text: ","))
            case .invalid:
                damaged = true
                advance()
            default:
                report(
                    .expected(
                        Phrase(zh: "一个取值", en: "a value"), found: describe(t), t.range,
                        help: t.kind == .leftBrace
                            ? Phrase(
                                zh: "只有 `scenario NAME` 或 `sweep NAME` 之后才能开启块",
                                en: "blocks open only after `scenario NAME` or `sweep NAME`") : nil))
                advance()
            }
        }
        var trailing: String?
        if case .comment = current.kind {
            trailing = current.text
            advance()
        }
        let end = elements.last?.range.end ?? keyword.range.end
        if current.kind == .newline { advance() }
        var statement = Statement(
            keyword: keyword.text, keywordRange: keyword.range, elements: elements,
            range: SourceRange(keyword.range.start, end), trailingComment: trailing)
        statement.damaged = damaged
        return statement
    }

    mutating func distribution(_ name: Token) -> Element {
        advance()  // (
        var args: [Element] = []
        var end = current.range.end
        while true {
            let t = current
            if case .number(let v, let percent) = t.kind {
                args.append(Element(kind: .number(v, percent: percent, unit: nil), range: t.range, text: t.text))
                advance()
            } else {
                report(
                    .expected(
                        Phrase(zh: "`\(name.text)(…)` 中的数字", en: "a number in `\(name.text)(…)`"), found: describe(t),
                        t.range))
                if t.kind == .newline || t.kind == .end { break }
                advance()
            }
            if current.kind == .comma {
                advance()
                continue
            }
            if current.kind == .rightParen {
                end = current.range.end
                advance()
                break
            }
            report(.expected(Phrase(zh: "`,` 或 `)`", en: "`,` or `)`"), found: describe(current), current.range))
            break
        }
        return Element(
            kind: .distribution(name.text, args), range: SourceRange(name.range.start, end),
            text: name.text + "(" + args.map(\.text).joined(separator: ", ") + ")")
    }
}

/// The words of the language.
public enum Keywords {
    public static let statements = [
        "title", "horizon", "paths", "seed", "data", "output", "language", "assume", "shock", "model", "prior",
        "target", "invert", "check", "sweep", "plan",
    ]
    public static let sweepStatements = ["vary", "method", "samples", "measure", "second_order"]
    public static let distributions: Set<String> = ["normal", "uniform", "triangular", "lognormal"]
    public static let assumptionKinds = ["growth", "level", "step", "grows_as", "levels_from", "add_factor"]
    /// The growth families' words, in the registry's order (``GrowthFamily/all``).
    public static let families = GrowthFamily.all.map(\.word)
    public static let outputs = ["md", "html", "csv", "json", "xlsx", "ipynb"]
    public static let methods = ["sobol", "lhs", "grid", "morris"]
}

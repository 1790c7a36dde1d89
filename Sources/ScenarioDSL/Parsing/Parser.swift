/// A recovering recursive-descent parser. It never throws and never stops early: every
/// problem becomes a diagnostic and parsing resumes at the next line, so a file's errors
/// are all reported in one pass. Each loop consumes at least one token (no hangs), and
/// nesting is bounded by the grammar (file → scenario → sweep), so no input can overflow
/// the stack.
public struct Parser {
    var tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []

    public static let units: Set<String> = ["亿元", "万元", "元", "亿", "万", "人", "个", "家", "吨", "万吨", "亩"]

    /// Parses `source`.
    public static func parse(_ source: SourceFile) -> SyntaxTree {
        var lexer = Lexer(source)
        let tokens = lexer.tokenize()
        var parser = Parser(tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        let items = parser.file()
        return SyntaxTree(source: source, items: items, diagnostics: parser.diagnostics)
    }

    var current: Token { tokens[position] }
    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func describe(_ t: Token) -> String {
        switch t.kind {
        case .newline: return "end of line"
        case .end: return "end of file"
        case .comment: return "a comment"
        default: return "`\(t.text)`"
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
                items.append(.comment(current.text)); advance()
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
                    diagnostics.append(.expected("a file name in quotes after `include`", found: describe(current), current.range))
                }
                expectLineEnd()
            default:
                diagnostics.append(.expected("`scenario` or `include`", found: describe(current), current.range,
                                             help: "statements belong inside `scenario NAME { … }`"))
                skipLine()
            }
            if position == before { advance() }
        }
        return items
    }

    mutating func expectLineEnd() {
        if case .comment = current.kind { advance() }
        switch current.kind {
        case .newline: advance()
        case .end: break
        default:
            diagnostics.append(.expected("end of line", found: describe(current), current.range))
            skipLine()
        }
    }

    mutating func scenario() -> ScenarioDecl? {
        let start = current.range.start
        advance()
        guard current.kind == .name else {
            diagnostics.append(.expected("a scenario name", found: describe(current), current.range))
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
                    diagnostics.append(.expected("the name of a scenario to extend", found: describe(current), current.range))
                    break
                }
                parents.append((current.text, current.range)); advance()
            } while current.kind == .comma
        }
        guard current.kind == .leftBrace else {
            diagnostics.append(.expected("`{` to open scenario `\(name)`", found: describe(current), current.range))
            skipLine()
            return nil
        }
        advance()
        let trailing = comment()
        if current.kind == .newline { advance() }
        let (items, closed) = block(inSweep: false)
        if !closed {
            diagnostics.append(Diagnostic(id: "E010", message: "scenario `\(name)` is not closed", range: nameRange, help: "add `}` on a line of its own at its end"))
        }
        return ScenarioDecl(name: name, nameRange: nameRange, parents: parents, items: items,
                            range: SourceRange(start, tokens[max(0, position - 1)].range.end), trailingComment: trailing)
    }

    /// Items until `}` (returns closed = true) or the end of the file.
    mutating func block(inSweep: Bool) -> ([Item], Bool) {
        var items: [Item] = []
        var blankRun = 0
        while true {
            let before = position
            switch current.kind {
            case .end:
                return (items, false)
            case .rightBrace:
                advance()
                expectLineEnd()
                return (items, true)
            case .newline:
                blankRun += 1
                if blankRun == 1 && !items.isEmpty { items.append(.blank) }
                advance()
                continue
            case .comment:
                items.append(.comment(current.text)); advance()
                if current.kind == .newline { advance() }
            case .name where current.text == "sweep" && !inSweep:
                if let s = sweep() { items.append(.sweep(s)) }
            case .name:
                items.append(.statement(statement()))
            default:
                diagnostics.append(.expected("a statement", found: describe(current), current.range,
                                             help: "each line starts with a keyword such as `assume`, `shock` or `target`"))
                skipLine()
            }
            blankRun = 0
            if position == before { advance() }
        }
    }

    mutating func sweep() -> SweepBlock? {
        let start = current.range.start
        advance()
        guard current.kind == .name else {
            diagnostics.append(.expected("a sweep name", found: describe(current), current.range))
            skipLine()
            return nil
        }
        let name = current.text, nameRange = current.range
        advance()
        guard current.kind == .leftBrace else {
            diagnostics.append(.expected("`{` to open sweep `\(name)`", found: describe(current), current.range))
            skipLine()
            return nil
        }
        advance()
        expectLineEnd()
        let (items, closed) = block(inSweep: true)
        if !closed {
            diagnostics.append(Diagnostic(id: "E010", message: "sweep `\(name)` is not closed", range: nameRange, help: "add `}` on a line of its own"))
        }
        return SweepBlock(name: name, nameRange: nameRange, items: items, range: SourceRange(start, tokens[max(0, position - 1)].range.end))
    }

    /// `keyword element*` to the end of the line.
    mutating func statement() -> Statement {
        let keyword = current
        advance()
        var elements: [Element] = []
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
                    if case .number(let w, false) = current.kind, !percent, v == v.rounded(), w == w.rounded(), abs(v) < 1e6, abs(w) < 1e6 {
                        elements.append(Element(kind: .range(Int(v), Int(w)), range: SourceRange(t.range.start, current.range.end),
                                                text: "\(Int(v))..\(Int(w))"))
                        advance()
                    } else {
                        diagnostics.append(.expected("a year after `..`", found: describe(current), current.range, help: "write ranges of years as `2021..2025`"))
                    }
                } else {
                    var unit: String?
                    var end = t.range.end
                    if current.kind == .name, Parser.units.contains(current.text) { unit = current.text; end = current.range.end; advance() }
                    elements.append(Element(kind: .number(v, percent: percent, unit: unit), range: SourceRange(t.range.start, end),
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
                advance()
            default:
                diagnostics.append(.expected("a value", found: describe(t), t.range,
                                             help: t.kind == .leftBrace ? "blocks open only after `scenario NAME` or `sweep NAME`" : nil))
                advance()
            }
        }
        var trailing: String?
        if case .comment = current.kind { trailing = current.text; advance() }
        let end = elements.last?.range.end ?? keyword.range.end
        if current.kind == .newline { advance() }
        return Statement(keyword: keyword.text, keywordRange: keyword.range, elements: elements,
                         range: SourceRange(keyword.range.start, end), trailingComment: trailing)
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
                diagnostics.append(.expected("a number in `\(name.text)(…)`", found: describe(t), t.range))
                if t.kind == .newline || t.kind == .end { break }
                advance()
            }
            if current.kind == .comma { advance(); continue }
            if current.kind == .rightParen { end = current.range.end; advance(); break }
            diagnostics.append(.expected("`,` or `)`", found: describe(current), current.range))
            break
        }
        return Element(kind: .distribution(name.text, args), range: SourceRange(name.range.start, end),
                       text: name.text + "(" + args.map(\.text).joined(separator: ", ") + ")")
    }
}

/// The words of the language.
public enum Keywords {
    public static let statements = ["horizon", "paths", "seed", "data", "output", "language", "assume", "shock", "model", "prior",
                                    "target", "invert", "check", "sweep", "plan"]
    public static let sweepStatements = ["vary", "method", "samples", "measure", "second_order"]
    public static let distributions: Set<String> = ["normal", "uniform", "triangular", "lognormal"]
    public static let assumptionKinds = ["growth", "level", "step", "grows_as", "levels_from", "add_factor"]
    public static let families = ["damped", "log_linear", "ar1", "gm11", "logistic", "gompertz"]
    public static let outputs = ["md", "html", "csv", "json", "xlsx", "ipynb"]
    public static let methods = ["sobol", "lhs", "grid", "morris"]
}

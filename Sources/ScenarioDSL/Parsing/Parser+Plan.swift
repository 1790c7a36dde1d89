import PlanData

extension Parser {
    /// `plan NAME { statement | indicator ID { statement… } … }`. Recovers like the rest
    /// of the parser: every problem is a diagnostic and parsing goes on.
    mutating func plan() -> PlanDecl? {
        let start = current.range.start
        guard let (name, nameRange, trailing) = blockHead("plan", example: "plan haibin_14th {") else { return nil }
        var items: [PlanItem] = []
        var closed = false
        loop: while true {
            let before = position
            switch current.kind {
            case .end:
                break loop
            case .rightBrace:
                advance()
                expectLineEnd()
                closed = true
                break loop
            case .newline:
                if let last = items.last, last != .blank { items.append(.blank) }
                advance()
                continue
            case .comment:
                items.append(.comment(current.text))
                advance()
                if current.kind == .newline { advance() }
            case .name where current.text == "indicator":
                if let block = indicatorBlock() { items.append(.indicator(block)) }
            case .name:
                items.append(.statement(statement()))
            default:
                diagnostics.append(
                    .expected(
                        Phrase(zh: "一条规划语句", en: "a plan statement"), found: describe(current), current.range,
                        help: Phrase(
                            zh: "每行以关键字开头，如 `title`、`indicator` 或 `fact`",
                            en: "each line starts with a keyword such as `title`, `indicator` or `fact`")))
                skipLine()
            }
            if position == before { advance() }
        }
        if !closed {
            diagnostics.append(
                .notClosed(
                    Phrase(zh: "规划 `\(name)` ", en: "plan `\(name)`"), nameRange,
                    help: Phrase(zh: "请在其末尾单独一行写上 `}`", en: "add `}` on a line of its own at its end")))
        }
        if items.last == .blank { items.removeLast() }
        return PlanDecl(
            name: name, nameRange: nameRange, items: items,
            range: SourceRange(start, tokens[max(0, position - 1)].range.end), trailingComment: trailing)
    }

    mutating func indicatorBlock() -> IndicatorBlock? {
        let start = current.range.start
        guard let (id, idRange, trailing) = blockHead("indicator", example: "indicator industrial_output {") else {
            return nil
        }
        let (items, closed, _) = block(inSweep: true)
        if !closed {
            diagnostics.append(
                .notClosed(
                    Phrase(zh: "指标 `\(id)` ", en: "indicator `\(id)`"), idRange,
                    help: Phrase(zh: "请单独一行写上 `}`", en: "add `}` on a line of its own")))
        }
        return IndicatorBlock(
            id: id, idRange: idRange, items: items, range: SourceRange(start, tokens[max(0, position - 1)].range.end),
            trailingComment: trailing)
    }
}

extension Parser {
    /// `KEYWORD NAME {` [comment] and the line end: the name, its range and the comment;
    /// nil (after a diagnostic, the line skipped) when the head is malformed.
    mutating func blockHead(_ keyword: String, example: String) -> (String, SourceRange, String?)? {
        advance()
        guard current.kind == .name else {
            diagnostics.append(
                .expected(
                    Phrase(zh: "`\(keyword)` 之后的名称", en: "a name after `\(keyword)`"), found: describe(current),
                    current.range,
                    help: Phrase(zh: "例如 `\(example)`", en: "e.g. `\(example)`")))
            skipLine()
            return nil
        }
        let name = current.text, range = current.range
        advance()
        guard current.kind == .leftBrace else {
            diagnostics.append(
                .expected(
                    Phrase(zh: "开启 \(keyword) `\(name)` 的 `{`", en: "`{` to open \(keyword) `\(name)`"),
                    found: describe(current), current.range))
            skipLine()
            return nil
        }
        advance()
        let trailing = comment()
        if current.kind == .newline { advance() }
        return (name, range, trailing)
    }
}

extension Formatter {
    /// A plan block in canonical layout: the same rules as scenarios.
    static func plan(_ p: PlanDecl, into lines: inout [String]) {
        lines.append("plan \(p.name) {" + (p.trailingComment.map { "  " + $0 } ?? ""))
        var body: [String] = []
        for item in p.items {
            switch item {
            case .blank: if body.last.map({ !$0.isEmpty }) ?? false { body.append("") }
            case .comment(let c): body.append("    " + c)
            case .statement(let s): body.append("    " + statementText(s) + (s.trailingComment.map { "  " + $0 } ?? ""))
            case .indicator(let b):
                body.append("    indicator \(b.id) {" + (b.trailingComment.map { "  " + $0 } ?? ""))
                block(b.items, indent: "        ", into: &body)
                body.append("    }")
            }
        }
        while body.last == "" { body.removeLast() }
        lines += body
        lines.append("}")
    }
}

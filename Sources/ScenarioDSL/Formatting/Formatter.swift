/// The canonical layout of scenario files (`plansim fmt`): four-space indents, one space
/// between elements, `a, b` lists, a space before units, comments kept where they were,
/// at most one blank line in a row. It prints only from the syntax tree, so formatting
/// never changes meaning, and formatting a formatted file changes nothing.
public enum Formatter {
    public static func format(_ tree: SyntaxTree) -> String {
        var lines: [String] = []
        for item in tree.items {
            switch item {
            case .blank: if lines.last.map({ !$0.isEmpty }) ?? false { lines.append("") }
            case .comment(let c): lines.append(c)
            case .include(let path, let range):
                lines.append("include \(quote(path))" + (tree.includeComments[range.start].map { "  " + $0 } ?? ""))
            case .scenario(let s):
                var head = "scenario \(s.name)"
                if !s.parents.isEmpty { head += " extends " + s.parents.map(\.0).joined(separator: ", ") }
                head += " {" + (s.trailingComment.map { "  " + $0 } ?? "")
                lines.append(head)
                block(s.items, indent: "    ", into: &lines)
                lines.append("}" + (s.closingComment.map { "  " + $0 } ?? ""))
            case .plan(let p): plan(p, into: &lines)
            }
        }
        while lines.last == "" { lines.removeLast() }
        // Keep the file's line ends: CRLF when its first line ends so, else LF.
        let newline =
            tree.source.bytes.firstIndex(of: UInt8(ascii: "\n")).map {
                $0 > 0 && tree.source.bytes[$0 - 1] == UInt8(ascii: "\r")
            } == true
            ? "\r\n" : "\n"
        return lines.joined(separator: newline) + newline
    }

    static func block(_ items: [Item], indent: String, into lines: inout [String]) {
        var body: [String] = []
        for item in items {
            switch item {
            case .blank: if body.last.map({ !$0.isEmpty }) ?? false { body.append("") }
            case .comment(let c): body.append(indent + c)
            case .statement(let s): body.append(indent + statementText(s) + (s.trailingComment.map { "  " + $0 } ?? ""))
            case .sweep(let w):
                body.append(indent + "sweep \(w.name) {" + (w.trailingComment.map { "  " + $0 } ?? ""))
                block(w.items, indent: indent + "    ", into: &body)
                body.append(indent + "}" + (w.closingComment.map { "  " + $0 } ?? ""))
            }
        }
        while body.last == "" { body.removeLast() }
        lines += body
    }

    /// A statement in canonical form.
    public static func statementText(_ s: Statement) -> String {
        var out = s.keyword
        for e in s.elements {
            if e.kind == .comma {
                out += ","
                continue
            }
            out += " " + elementText(e)
        }
        return out
    }

    static func elementText(_ e: Element) -> String {
        switch e.kind {
        case .name(let n): return n
        case .number(_, _, let unit):
            guard let unit else { return e.text }
            return String(e.text.dropLast(unit.count)) + " " + unit
        case .string(let s): return quote(s)
        case .range(let a, let b): return "\(a)..\(b)"
        case .distribution(let name, let args): return name + "(" + args.map(elementText).joined(separator: ", ") + ")"
        case .comparison(let c): return c
        case .comma: return ","
        }
    }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

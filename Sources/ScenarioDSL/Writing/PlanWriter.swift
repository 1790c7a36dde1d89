import Foundation
public import PlanData

/// Writes a ``PlanDraft`` as a plan file in the canonical layout (`plansim fmt` leaves it
/// unchanged). Numbers are written so that they parse back to the same doubles.
public enum PlanWriter {
    public static func text(_ d: PlanDraft) -> String {
        var lines = d.headerComments.map { "# " + $0 }
        lines.append("plan \(d.name) {")
        lines.append("    title \(quote(d.title))")
        if !d.titleEN.isEmpty { lines.append("    title_en \(quote(d.titleEN))") }
        if !d.issuer.isEmpty { lines.append("    issuer \(quote(d.issuer))") }
        if !d.published.isEmpty { lines.append("    published \(quote(d.published))") }
        if let p = d.period { lines.append("    period \(p.lowerBound)..\(p.upperBound)") }
        if let r = d.roles {
            lines += [
                "    linked investment \(r.investment)", "    linked output \(r.output)",
                "    linked employment \(r.employment)",
            ]
        }
        for e in d.entries {
            let i = e.indicator, unit = i.unitZH
            lines.append("")
            lines += e.comments.map { "    # " + $0 }
            lines.append("    indicator \(i.id) {")
            lines.append(
                "        name \(quote(i.nameZH))"
                    + (i.nameEN.isEmpty || i.nameEN == i.nameZH ? "" : " \(quote(i.nameEN))"))
            lines.append(
                "        unit \(unitWord(unit))" + (i.unitEN != PlanUnit.english(unit) ? " \(quote(i.unitEN))" : ""))
            lines.append("        kind \(i.kind == .stockCount ? "stock" : i.kind.rawValue)")
            lines.append("        attribute \(i.attribute.rawValue)")
            if !i.location.isEmpty { lines.append("        at \(quote(i.location))") }
            if !i.aliases.isEmpty { lines.append("        aliases " + i.aliases.map(quote).joined(separator: ", ")) }
            if let b = e.base {
                lines.append("        base \(b.year) \(amount(b.value, unit))" + (e.baseNote.map(valueNote) ?? ""))
            }
            for t in e.targets {
                var s: String
                let op = t.direction == .ceiling ? " <=" : ""
                switch t.form {
                case .level(let v): s = "target \(t.year)\(op) \(amount(v, unit))"
                case .growth(let g): s = "target \(t.year)\(op) growth \(percent(g))"
                case .change(let c): s = "target \(t.year)\(op) change \(percent(c))"
                case .points(let p): s = "target \(t.year)\(op) points \(number(p))"
                case .decline(let f): s = "target \(t.year)\(op) decline \(percent(f))"
                case .qualitative(let words): s = "target \(t.year) \(quote(words))"
                case .sum(let v, let from): s = "target sum \(from)..\(t.year)\(op) \(amount(v, unit))"
                }
                if t.approximate { s += " about" }
                if let g = t.besideGrowth { s += " with growth \(percent(g.rate))" + (g.approximate ? " about" : "") }
                lines.append("        " + s + (t.comment.map { "  # " + $0 } ?? ""))
            }
            lines.append("    }")
        }
        if !d.notes.isEmpty { lines.append("") }
        for n in d.notes {
            lines.append(
                "    note \(n.id)" + (n.indicator.map { " for \($0)" } ?? "") + " \(quote(n.textZH)) \(quote(n.textEN))"
            )
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// ` estimate "*" note_id` after a value.
    static func valueNote(_ n: ValueNote) -> String {
        " " + (n.estimate ? "estimate" : "footnote") + (n.mark.isEmpty ? "" : " " + quote(n.mark))
            + (n.note.map { " " + $0 } ?? "")
    }

    /// A number as the language writes it (shortest form that parses back exactly), with its unit.
    static func amount(_ v: Double, _ unit: String) -> String {
        unit == "%" ? number(v) : number(v) + " " + unit
    }

    static func number(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        let s = "\(v)"
        guard let e = s.firstIndex(where: { $0 == "e" }), let exponent = Int(s[s.index(after: e)...]) else { return s }
        // The shortest round-trip digits, written out in full (1.2345678901234e-05 → 0.000012345678901234).
        let mantissa = s[..<e], negative = mantissa.hasPrefix("-")
        let digits = mantissa.filter(\.isNumber)
        let point =
            (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count)
            - (negative ? 1 : 0) + exponent
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            body = digits + String(repeating: "0", count: point - digits.count)
        } else {
            body = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        let trimmed =
            body.contains(".") ? body.replacingOccurrences(of: "\\.?0+$", with: "", options: .regularExpression) : body
        return (negative ? "-" : "") + trimmed
    }

    static func percent(_ f: Double) -> String {
        let p = (f * 100 * 1e6).rounded() / 1e6
        return number(p) + "%"
    }

    static func unitWord(_ unit: String) -> String { unit == "%" || unit == "‰" ? quote(unit) : unit }

    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension PlanDraft {
    /// The draft of an existing plan: writing it gives a file that compiles to the same plan
    /// (facts and printed sums aside, which a new plan does not carry over).
    public init(_ d: Dataset) {
        let info = d.plan
        self.init(
            name: info?.name ?? "plan", title: info?.titleZH ?? "", titleEN: info?.titleEN ?? "",
            issuer: info?.issuer ?? "",
            published: d.provenance.first?.vintage ?? "", period: info?.period, roles: d.roles)
        entries = d.indicators.map { i in
            let base =
                d.targets(of: i.id).first.map { (year: $0.baseYear, value: $0.base) }
                ?? d.series(i.id).points.first { $0.origin == .printed }.map { (year: $0.year, value: $0.value) }
            let targets = d.targets(of: i.id).map { t in
                PlanDraft.TargetLine(
                    year: t.targetYear,
                    form: t.kind == .periodSum ? .sum(t.target, from: t.baseYear + 1) : .level(t.target),
                    direction: t.direction, approximate: t.approximate, besideGrowth: t.besideGrowth)
            }
            let goals = d.goals(of: i.id).map { g in
                let form: PlanDraft.TargetLine.Form =
                    switch g.form {
                    case .decline(let f): .decline(f)
                    case .sum(let v): .sum(v, from: g.baseYear + 1)
                    case .qualitative(let words): .qualitative(words)
                    }
                return PlanDraft.TargetLine(
                    year: g.targetYear, form: form, direction: g.direction, approximate: g.approximate)
            }
            let note = d.targets(of: i.id).first?.baseNote ?? d.goals(of: i.id).first?.baseNote
            return Entry(
                indicator: i,
                base: base ?? d.goals(of: i.id).first.flatMap { g in g.base.map { (year: g.baseYear, value: $0) } },
                targets: (targets + goals).sorted { $0.year < $1.year }, baseNote: note)
        }
        notes = d.notes
    }
}

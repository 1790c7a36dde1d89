import Foundation
import PlanData

extension PlanCompiler {
    /// Ties targets to their base, checks kinds and roles, and builds the dataset.
    mutating func finish(_ decl: PlanDecl, provenance: Provenance) -> Dataset {
        if title.isEmpty {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "规划 `\(decl.name)` 没有 `title`", en: "plan `\(decl.name)` has no `title`"),
                    decl.nameRange,
                    help: Phrase(zh: "请加上 `title \"…\"`：规划印发时的标题", en: "add `title \"…\"`: the plan's title as printed")
                ))
        }
        if indicators.isEmpty {
            diagnostics.append(
                .planMissing(
                    Phrase(zh: "规划 `\(decl.name)` 没有指标", en: "plan `\(decl.name)` has no indicator"), decl.nameRange,
                    help: Phrase(
                        zh: "请加上 `indicator ID { … }` 块；见 docs/plan-files.md",
                        en: "add `indicator ID { … }` blocks; see docs/plan-files.md")))
        }
        var targets: [PlanTarget] = []
        var goals: [PlanGoal] = []
        var series: [String: Series] = [:]
        for d in indicators {
            guard let kind = d.kind else { continue }
            if let base = d.base {
                // A decline indicator in % prints the last period's decline as its base: not a level.
                let isLevel =
                    !(d.unitZH == "%" && d.targets.contains { if case .decline = $0.form { true } else { false } })
                if isLevel && (kind.allowsZero ? base.value < 0 : base.value <= 0) {
                    diagnostics.append(.nonPositiveBase(base.value, kind: kind.rawValue, base.range))
                }
                series[d.id] = Series(
                    indicator: d.id, points: [SeriesPoint(year: base.year, value: base.value, origin: .printed)])
            }
            for t in d.targets {
                if let goal = goal(t, of: d) {
                    goals.append(goal)
                } else if let base = d.base, let target = resolve(t, of: d, kind: kind, base: base) {
                    targets.append(target)
                }
            }
            for sum in d.sums where sum.value <= 0 && !kind.allowsZero {
                diagnostics.append(.nonPositiveBase(sum.value, kind: "printed sum", d.range))
            }
        }
        let known = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (note, range) in notes where note.indicator.map({ known[$0] == nil }) ?? false {
            diagnostics.append(
                .unknownIndicator(
                    note.indicator!, range, suggestions: Phrase.didYouMean(note.indicator!, among: indicators.map(\.id))
                ))
        }
        let noteIDs = Set(notes.map(\.0.id))
        for d in indicators {
            if let id = d.baseNote?.note, !noteIDs.contains(id), let base = d.base {
                diagnostics.append(
                    .unknownIndicator(id, base.range, suggestions: Phrase.didYouMean(id, among: noteIDs.sorted())))
            }
        }
        if let period, let periodRange {
            checkSpan(from: period.lowerBound - 1, to: period.upperBound, periodRange)
            for d in indicators {
                if let base = d.base { checkSpan(from: base.year, to: period.upperBound, periodRange) }
            }
        }
        let resolvedRoles = linkedRoles(known)
        let built = indicators.compactMap { d -> Indicator? in
            guard let kind = d.kind else { return nil }
            return Indicator(
                id: d.id, nameZH: d.nameZH, nameEN: d.nameEN, unitZH: d.unitZH, unitEN: d.unitEN, kind: kind,
                attribute: d.attribute, location: d.location, aliases: d.aliases)
        }
        let firstTargetYear = targets.map(\.baseYear).min().map { $0 + 1 } ?? 2021
        let lastTargetYear = max(firstTargetYear, targets.map(\.targetYear).min() ?? 2025)
        let years = period ?? firstTargetYear...lastTargetYear
        let info = PlanInfo(
            name: decl.name, titleZH: title, titleEN: titleEN.isEmpty ? PlanInfo.englishTitle(period: years) : titleEN,
            issuer: issuer, period: years)
        return Dataset(
            planIndicators: built, series: series, sums: indicators.flatMap(\.sums), targets: targets, facts: facts,
            notes: notes.map(\.0),
            provenance: [
                Provenance(
                    source: provenance.source, description: description.isEmpty ? title : description,
                    vintage: published, fileSHA256: provenance.fileSHA256, file: provenance.file)
            ], roles: resolvedRoles, plan: info,
            goals: goals)
    }

    /// The target as the dataset holds it: a level (or sum) in the indicator's unit.
    mutating func resolve(
        _ t: TargetDraft, of d: IndicatorDraft, kind: IndicatorKind,
        base: (year: Int, value: Double, range: SourceRange)
    ) -> PlanTarget? {
        guard t.year > base.year else {
            diagnostics.append(.targetBeforeBase(t.year, base: base.year, t.range))
            return nil
        }
        let n = Double(t.year - base.year)
        defer { checkSpan(from: base.year, to: t.year, t.range) }
        let value: Double, stated: TargetStatement?, targetKind: TargetKind
        let levelKind: TargetKind = kind == .stockCount ? .stock : kind == .annualFlow ? .flow : .level
        switch t.form {
        case .level(let v):
            value = v
            stated = nil
            targetKind = levelKind
        case .growth(let g):
            value = base.value * pow(1 + g, n)
            stated = .growth(g)
            targetKind = levelKind
        case .change(let c):
            value = base.value * (1 + c)
            stated = .change(c)
            targetKind = levelKind
        case .points(let p):
            value = base.value + p
            stated = .points(p)
            targetKind = levelKind
        case .decline(let f):
            value = base.value * (1 - f)
            stated = .decline(f)
            targetKind = levelKind
        case .qualitative: return nil  // a goal (see ``goal(_:of:)``)
        case .sum(let v, let years):
            guard years.lowerBound == base.year + 1 else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(
                            zh: "期间累计目标应从基期的次年（\(base.year + 1)）起算，而不是从 \(years.lowerBound) 起",
                            en:
                                "a period-sum target runs from the year after the base (\(base.year + 1)), not from \(years.lowerBound)"
                        ), t.range,
                        help: Phrase(
                            zh: "请写 `target sum \(base.year + 1)..\(years.upperBound) …`，或修改 `base`",
                            en: "write `target sum \(base.year + 1)..\(years.upperBound) …`, or change `base`")))
                return nil
            }
            value = v
            stated = nil
            targetKind = .periodSum
        }
        guard within(value, Phrase(zh: "目标值", en: "target value"), unit: d.unitZH, t.range) else { return nil }
        // A decline "at least" is a ceiling on the level it applies to.
        let direction: TargetDirection =
            if case .decline = t.form { t.direction == .floor ? .ceiling : .floor } else { t.direction }
        return PlanTarget(
            indicator: d.id, baseYear: base.year, base: base.value, targetYear: t.year, target: value, kind: targetKind,
            direction: direction, approximate: t.approximate, stated: stated, baseNote: d.baseNote,
            besideGrowth: t.besideGrowth)
    }

    /// The target as a ``PlanGoal`` when the level arithmetic cannot hold it: words; a
    /// decline of a `%` indicator or with no base; a sum with no base. Nil otherwise.
    mutating func goal(_ t: TargetDraft, of d: IndicatorDraft) -> PlanGoal? {
        let form: PlanGoal.Form
        switch t.form {
        case .qualitative(let words): form = .qualitative(words)
        case .decline(let f) where d.base == nil || d.unitZH == "%":
            guard f > 0, f < 1 else {
                diagnostics.append(
                    .invalidValue(
                        Phrase(zh: "累计下降幅度应在 0 到 100% 之间", en: "a cumulative decline lies between 0 and 100%"), t.range,
                        help: Phrase(
                            zh: "请写正数，如 `decline 14%`（下降14%）",
                            en: "write a positive figure, e.g. `decline 14%` (down 14%)")))
                return nil
            }
            form = .decline(f)
        case .sum(let v, _) where d.base == nil: form = .sum(v)
        default: return nil
        }
        let baseYear: Int
        if case .sum(_, let years) = t.form {
            baseYear = years.lowerBound - 1
        } else {
            baseYear = d.base?.year ?? period.map { $0.lowerBound - 1 } ?? t.year - 5
        }
        guard t.year > baseYear else {
            diagnostics.append(.targetBeforeBase(t.year, base: baseYear, t.range))
            return nil
        }
        if case .qualitative = form, t.direction != .floor {
            diagnostics.append(
                .invalidValue(
                    Phrase(zh: "文字目标不能带 `>=` 或 `<=`", en: "a target in words takes no `>=` or `<=`"), t.range,
                    help: Phrase(zh: "请删去比较符号", en: "remove the comparison")))
        }
        return PlanGoal(
            indicator: d.id, baseYear: baseYear, base: d.base?.value, targetYear: t.year, form: form,
            direction: t.direction,
            approximate: t.approximate, baseNote: d.baseNote)
    }

    /// E050 when `last` is more than ``PlanLimits/span`` years after `first` (said once per plan).
    mutating func checkSpan(from first: Int, to last: Int, _ r: SourceRange) {
        guard last - first > PlanLimits.span, !diagnostics.contains(where: { $0.id == "E050" }) else { return }
        diagnostics.append(
            .yearsOutOfRange(
                Phrase(
                    zh: "从基期 \(first) 到 \(last) 跨 \(last - first) 年，超过 \(PlanLimits.span) 年",
                    en: "\(first) to \(last) spans \(last - first) years, more than \(PlanLimits.span)"), r))
    }

    /// The three roles, each on an indicator of the kind it needs; all or none.
    mutating func linkedRoles(_ known: [String: IndicatorDraft]) -> LinkedRoles? {
        guard !roles.isEmpty else { return nil }
        var ok = true
        for (role, needed) in LinkedRoles.requiredKinds {
            guard let (id, range) = roles[role] else {
                let any = roles.values.first!.1
                diagnostics.append(
                    .planMissing(
                        Phrase(zh: "联动核心还需要一个 `\(role)` 指标", en: "the linked core needs an `\(role)` indicator too"),
                        any,
                        help: Phrase(
                            zh: "请加上 `linked \(role) ID`，或删去全部 `linked` 语句（规划就没有联动核心）",
                            en:
                                "add `linked \(role) ID`, or remove every `linked` line (the plan then has no linked core)"
                        )))
                ok = false
                continue
            }
            guard let d = known[id] else {
                diagnostics.append(
                    .unknownIndicator(id, range, suggestions: Phrase.didYouMean(id, among: Array(known.keys).sorted())))
                ok = false
                continue
            }
            if let kind = d.kind, kind != needed {
                diagnostics.append(
                    .roleWrongKind(role, indicator: id, kind: kind.rawValue, needs: needed.rawValue, range))
                ok = false
            }
        }
        guard ok, let i = roles["investment"], let o = roles["output"], let e = roles["employment"] else { return nil }
        return LinkedRoles(investment: i.0, output: o.0, employment: e.0)
    }
}

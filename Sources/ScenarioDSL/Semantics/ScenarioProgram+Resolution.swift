import PlanData

/// Inheritance, resolved once for every scenario of a program, in time linear in the
/// number of scenarios and statements (each scenario is resolved once and reused by its
/// children; no recursion, so a chain of any length cannot overflow the stack).
///
/// The rule (docs/scenario-language.md §7): a scenario's ancestors are applied once each,
/// depth-first and left to right, a shared ancestor at the first place it is reached;
/// then the scenario's own statements. A later statement of the same group overrides an
/// earlier one. So with `c extends p1, p2` where both extend `base`, `p2`'s own
/// statements override `p1`'s, but `base`'s statements do not come back through `p2` to
/// override what `p1` changed.
struct Resolution: Sendable {
    var directives: [Directive]
    /// This scenario's own inheritance errors (a missing parent, a cycle).
    var errors: [Diagnostic]
    /// True when this scenario or an ancestor has inheritance errors.
    var broken: Bool
}

extension ScenarioProgram {
    mutating func resolveAll() {
        var state: [String: Bool] = [:]  // false: on the stack; true: resolved
        var errors: [String: [Diagnostic]] = [:]
        for start in order where state[start] == nil {
            var stack: [(name: String, next: Int)] = [(start, 0)]
            state[start] = false
            while let top = stack.last {
                guard let entry = scenarios[top.name] else {
                    stack.removeLast()
                    continue
                }
                if top.next < entry.decl.parents.count {
                    stack[stack.count - 1].next += 1
                    let (parent, range) = entry.decl.parents[top.next]
                    if scenarios[parent] == nil {
                        var d = Diagnostic.missingParent(
                            parent, range, suggestions: Phrase.didYouMean(parent, among: order))
                        d.file = entry.source.path
                        errors[top.name, default: []].append(d)
                    } else if state[parent] == false {
                        let from = stack.firstIndex { $0.name == parent } ?? 0
                        var d = Diagnostic.inheritanceCycle(stack[from...].map(\.name) + [parent], range)
                        d.file = entry.source.path
                        errors[top.name, default: []].append(d)
                    } else if state[parent] == nil {
                        state[parent] = false
                        stack.append((parent, 0))
                    }
                } else {
                    stack.removeLast()
                    state[top.name] = true
                    resolutions[top.name] = combine(entry, errors: errors[top.name] ?? [])
                }
            }
        }
    }

    /// `entry`'s resolution from its parents' (all resolved already, or on a cycle).
    func combine(_ entry: Entry, errors: [Diagnostic]) -> Resolution {
        let parents = entry.decl.parents.map(\.0).filter { resolutions[$0] != nil }
        var broken = !errors.isEmpty || parents.count < entry.decl.parents.count
        var merged: [Directive] = []
        var applied = Set<String>()
        for parent in parents {
            guard let r = resolutions[parent] else { continue }
            broken = broken || r.broken
            if parents.count == 1 {
                merged = r.directives
                break
            }
            merged = Self.merge(merged, r.directives.filter { !applied.contains($0.scenario) })
            applied.formUnion(ancestry(parent))
        }
        return Resolution(directives: Self.merge(merged, entry.directives), errors: errors, broken: broken)
    }

    /// `name` and every scenario it inherits from.
    func ancestry(_ name: String) -> Set<String> {
        var seen: Set<String> = [name], pending = [name]
        while let next = pending.popLast() {
            for (parent, _) in scenarios[next]?.decl.parents ?? [] where seen.insert(parent).inserted {
                pending.append(parent)
            }
        }
        return seen
    }

    /// The inheritance errors of `name` and its ancestors.
    func brokenAncestry(_ name: String) -> [Diagnostic] {
        ancestry(name).sorted().flatMap { resolutions[$0]?.errors ?? [] }
    }

    /// `newer` replaces every statement of `base` in the same group.
    static func merge(_ base: [Directive], _ newer: [Directive]) -> [Directive] {
        let groups = Set(newer.map(\.group))
        return base.filter { !groups.contains($0.group) } + newer
    }
}

import Foundation
import PlanData
public import Simulation

extension ScenarioProgram {
    /// The scenario `name` compiled for the engine, or every diagnostic that stops it.
    public func compile(_ name: String) -> Result<ScenarioSpec, DiagnosticList> {
        switch resolve(name) {
        case .success(let directives): return compile(name, directives: directives)
        case .failure(let errors): return .failure(errors)
        }
    }

    /// `name` compiled from `directives` (its statements after inheritance).
    func compile(_ name: String, directives: [Directive]) -> Result<ScenarioSpec, DiagnosticList> {
        var spec = ScenarioSpec(name: name)
        // The plan's first simulated year (2021 for Haibin's 14th plan) bounds every year.
        let first = dataset.firstSimulatedYear
        spec.horizon = dataset.defaultHorizon
        var errors: [Diagnostic] = []
        func fail(_ d: Diagnostic, _ directive: Directive) {
            var x = d
            x.file = directive.file
            errors.append(x)
        }
        for d in directives { if case .horizon(let h, _) = d.value { spec.horizon = h } }
        for d in directives {
            switch d.value {
            case .horizon, .title: break
            case .paths(let n): spec.paths = n
            case .seed(let s): spec.seed = s
            case .data(let path, let range):
                guard let path else {
                    spec.dataFile = nil
                    continue
                }
                switch InputFile.confined(
                    path, from: URL(fileURLWithPath: d.file).deletingLastPathComponent().path, root: root
                ).flatMap(InputFile.regularFile) {
                case .success(let real): spec.dataFile = real
                case .failure(let problem):
                    fail(
                        .dataFile(
                            Phrase(
                                zh: "数据文件 `\(path)` \(Phrase.fileProblem(problem).zh)",
                                en: "data file `\(path)` \(problem.message)"), range,
                            help: Phrase(
                                zh: "请给出相对于本情景文件、位于其文件夹内的路径",
                                en: "give a path relative to this scenario file, inside its folder")), d)
                }
            case .outputs(let o): spec.outputs = o
            case .language(let l): spec.language = l
            case .adjustment(let id, let adjustment, let years, let range):
                if let years, let range, years.upperBound > spec.horizon || years.lowerBound < first {
                    fail(
                        .yearOutsideHorizon(
                            years.upperBound > spec.horizon ? years.upperBound : years.lowerBound,
                            horizon: spec.horizon, first: first, range), d)
                    continue
                }
                spec.adjustments[id, default: []].append(adjustment)
            case .levelsFrom(let id, let file, let range):
                switch readLevels(file, relativeTo: d.file) {
                case .success(let whole):
                    // Years after the horizon are left unused: a planner keeps one file for several horizons.
                    let table = whole.filter { $0.key <= spec.horizon }
                    if table.isEmpty && !whole.isEmpty {
                        fail(
                            .dataFile(
                                Phrase(
                                    zh: "水平值文件 `\(file)` 没有 \(first)–\(spec.horizon) 年的值",
                                    en:
                                        "levels file `\(file)` gives no level for the simulated years \(first)–\(spec.horizon)"
                                ), range,
                                help: Phrase(zh: "请加上模拟年份内的行", en: "add rows for the simulated years")), d)
                        continue
                    }
                    if let outside = table.keys.sorted().first(where: {
                        !(first...max(first, spec.horizon)).contains($0)
                    }) {
                        fail(
                            .dataFile(
                                Phrase(
                                    zh: "水平值文件 `\(file)` 给出了 \(outside) 年的值，不在模拟年份 \(first)–\(spec.horizon) 之内",
                                    en:
                                        "levels file `\(file)` gives a level for \(outside), outside the simulated years \(first)–\(spec.horizon)"
                                ), range,
                                help: Phrase(
                                    zh: "删去 \(first) 年以前的行（展望年以后的行不会用到）",
                                    en: "delete the rows before \(first) (rows after the horizon are not used)")), d)
                        continue
                    }
                    spec.adjustments[id, default: []].append(.levels(table))
                case .failure(let problem):
                    fail(
                        .dataFile(
                            problem.message, range,
                            help: Phrase(
                                zh: "应为本情景目录内的 CSV 文件，表头为 `year,value`，每年一行",
                                en: "a CSV with header `year,value`, a row per year, inside this scenario's directory")),
                        d)
                }
            case .model(let id, let family): spec.models[id] = family
            case .prior(let owner, let parameter, let prior): spec.priors[owner, default: [:]][parameter] = prior
            case .target(let target, let range):
                if target.targetYear > spec.horizon {
                    fail(.yearOutsideHorizon(target.targetYear, horizon: spec.horizon, first: first, range), d)
                    continue
                }
                spec.targets[target.indicator] = target
            case .invert(let id, let p): spec.inversions.append((id, p))
            case .check(let check, let range):
                if let range, check.years.upperBound > spec.horizon {
                    fail(.yearOutsideHorizon(check.years.upperBound, horizon: spec.horizon, first: first, range), d)
                    continue
                }
                spec.checks.append(
                    ResultCheck(
                        indicator: check.indicator, statistic: check.statistic, comparison: check.comparison,
                        bound: check.bound,
                        years: max(first, check.years.lowerBound)...min(spec.horizon, check.years.upperBound),
                        text: check.text))
            case .sweep(let sweep):
                for input in sweep.inputs where input.target.hasPrefix("assume:") {
                    let parts = input.target.split(separator: ":").map(String.init)
                    let stated = directives.contains { other in
                        guard case .adjustment(let id, let a, _, _) = other.value else { return false }
                        return id == parts[1] && a.kindName == parts[2]
                    }
                    if !stated {
                        let range = scenarios[d.scenario]?.decl.nameRange ?? SourceRange(0, 0)
                        fail(
                            .sweepTargetMissing(
                                Phrase(zh: "`\(parts[1])` 的 `\(parts[2])`", en: "`\(parts[1])` \(parts[2])"),
                                sweepRange(d, input.name) ?? range), d)
                    }
                }
            }
        }
        // The inversion lever moves the linked core's plan-period investment growth; an
        // assumption that fixes investment growth over those years leaves it nothing to move.
        if !spec.inversions.isEmpty,
            let pinned = directives.first(where: { d in
                guard case .adjustment(let id, let a, let years?, _) = d.value, id == dataset.roles?.investment,
                    ["growth", "level"].contains(a.kindName)
                else { return false }
                return years.overlaps(dataset.plan?.period ?? 2021...2025)
            }),
            let invert = directives.first(where: { if case .invert = $0.value { return true } else { return false } })
        {
            var d = Diagnostic(
                id: "E029",
                message: Phrase(
                    zh: "`invert … lever investment_growth` 无法调节投资：第 \(pinned.line) 行固定了其增长率",
                    en:
                        "`invert … lever investment_growth` cannot move investment: line \(pinned.line) fixes its growth"
                ),
                range: scenarios[invert.scenario]?.decl.nameRange ?? SourceRange(0, 0),
                help: Phrase(
                    zh: "请改用 `prior linked investment_growth_plan normal(…)` 表述该计划，或去掉反推",
                    en:
                        "state the programme as `prior linked investment_growth_plan normal(…)` instead, or drop the inversion"
                ))
            d.file = invert.file
            errors.append(d)
        }
        return errors.isEmpty ? .success(spec) : .failure(DiagnosticList(items: errors))
    }

    /// Where a sweep's `vary` line for `input` stands, for diagnostics.
    func sweepRange(_ d: Directive, _ input: String) -> SourceRange? {
        guard let entry = scenarios[d.scenario] else { return nil }
        for item in entry.decl.items {
            guard case .sweep(let block) = item else { continue }
            for inner in block.items {
                if case .statement(let s) = inner, s.keyword == "vary", s.elements.count > 1,
                    input.hasPrefix(dataset.resolve(s.elements[1].text)?.id ?? "\u{0}")
                {
                    return s.range
                }
            }
        }
        return nil
    }

    /// `year,value` rows of a levels file next to the scenario.
    func readLevels(_ file: String, relativeTo scenarioFile: String) -> Result<[Int: Double], FileProblem> {
        let real: String
        switch InputFile.confined(
            file, from: URL(fileURLWithPath: scenarioFile).deletingLastPathComponent().path, root: root)
        {
        case .success(let path): real = path
        case .failure(let problem):
            return .failure(
                FileProblem(
                    message: Phrase(
                        zh: "水平值文件 `\(file)` \(Phrase.fileProblem(problem).zh)",
                        en: "levels file `\(file)` \(problem.message)")))
        }
        let document: CSVDocument
        do { document = try CSVDocument.load(path: real) } catch {
            let issue = error.issues.first
            return .failure(
                FileProblem(
                    message: Phrase(
                        zh: "水平值文件 `\(file)`：" + (issue.map { $0.messageZH ?? $0.message } ?? "无法读取"),
                        en: "levels file `\(file)`: " + (issue?.message ?? "unreadable"))))
        }
        guard let cy = document.columnIndex("year"), let cv = document.columnIndex("value") else {
            return .failure(
                FileProblem(
                    message: Phrase(
                        zh: "水平值文件 `\(file)` 须有表头 `year,value`",
                        en: "levels file `\(file)` needs the header `year,value`")))
        }
        var table: [Int: Double] = [:]
        for record in document.records {
            guard let y = Int(record[cy].text.trimmingCharacters(in: .whitespaces)),
                let v = Double(record[cv].text.trimmingCharacters(in: .whitespaces)),
                v.isFinite, v > 0, v <= 1e12
            else {
                return .failure(
                    FileProblem(
                        message: Phrase(
                            zh: "水平值文件 `\(file)` 第 \(record[cy].line) 行：须有年份和一个正数",
                            en: "levels file `\(file)` line \(record[cy].line): need a year and a positive number")))
            }
            table[y] = v
        }
        return .success(table)
    }

    /// The resolved statements of `name` with where each came from (`plansim explain`).
    public func explain(_ name: String) -> [(text: String, origin: String)] {
        guard case .success(let directives) = resolve(name) else { return [] }
        return directives.map {
            ($0.text, "\($0.scenario) (\(URL(fileURLWithPath: $0.file).lastPathComponent):\($0.line))")
        }
    }
}

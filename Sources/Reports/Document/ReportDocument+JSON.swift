import Forecasting
import Foundation
public import PlanData
import Simulation

extension ReportDocument {
    /// The results.json format this version writes and reads (`format_version`).
    public static let formatVersion = "1.5"

    /// Reads a saved `results.json` (written by `plansim run`) back into a document.
    /// Every number the renderers use is checked: finite, years within 1900–2200 and in
    /// order, at least one indicator and one target; a file of a newer major format is
    /// refused. The file is only read, never written.
    ///
    /// - Throws: ``InputIssue`` naming the file and the field that is missing or wrong.
    public init(resultsFile path: String) throws(InputIssue) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputIssue(
                file: path, message: Phrase(zh: "这里没有结果文件", en: "no results file here"),
                help: Phrase(
                    zh: "请给出 `plansim run` 写出的目录（其中有 results.json），例如 notebooks-out/baseline",
                    en: "give the directory `plansim run` wrote (it holds results.json), e.g. notebooks-out/baseline"))
        }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw InputIssue(
                file: path, message: Phrase(zh: "不是 JSON 文档", en: "not a JSON document"),
                help: Phrase(zh: "请重新运行 `plansim run` 写出该文件", en: "re-run `plansim run` to write it again"))
        }
        try self.init(results: root, file: path)
    }

    /// Reads one run's results (the object of `results.json`, or one of the `results` a
    /// `comparison.json` keeps); `file` names where it came from in messages.
    public init(results root: [String: Any], file path: String) throws(InputIssue) {
        let rerun = Phrase(
            zh: "该文件不是本版 `plansim run` 写出的，或已被编辑；请重新运行",
            en: "this file was not written by this version of `plansim run`, or was edited; run it again")
        func bad(_ field: String, _ message: Phrase) -> InputIssue {
            InputIssue(file: path, field: field, message: message, help: rerun)
        }
        func field<T>(_ object: [String: Any], _ key: String, _ context: String) throws(InputIssue) -> T {
            guard let value = object[key] as? T else {
                throw bad(
                    context.isEmpty ? key : "\(context).\(key)",
                    Phrase(zh: "字段 `\(key)` 缺失或格式有误", en: "missing or malformed field `\(key)`"))
            }
            return value
        }
        /// A finite number, or nil.
        func number(_ object: [String: Any], _ key: String) -> Double? {
            guard let n = object[key] as? NSNumber else { return nil }
            let v = n.doubleValue
            return v.isFinite ? v : nil
        }
        func required(_ object: [String: Any], _ key: String, _ context: String) throws(InputIssue) -> Double {
            guard let v = number(object, key) else {
                throw bad(
                    "\(context).\(key)",
                    Phrase(zh: "`\(key)` 缺失或不是有限的数", en: "`\(key)` is missing or not a finite number"))
            }
            return v
        }
        func year(_ object: [String: Any], _ key: String, _ context: String) throws(InputIssue) -> Int {
            guard let v = number(object, key), v == v.rounded(), (1900...2200).contains(v) else {
                throw bad(
                    "\(context).\(key)",
                    Phrase(zh: "`\(key)` 须为 1900 至 2200 年之间的年份", en: "`\(key)` must be a year from 1900 to 2200"))
            }
            return Int(v)
        }
        try Self.checkVersion(root, file: path)
        let probability = Phrase(zh: "概率", en: "a probability")
        for (k, item) in ((root["inversions"] as? [[String: Any]]) ?? []).enumerated() {
            try JSONBounds.check(
                item, "probability", in: 0...1, path: "inversions[\(k)]", file: path, what: probability, help: rerun)
            // An outcome this version does not know is refused, not read as `solved`.
            if let outcome = item["outcome"],
                (outcome as? String).flatMap(InversionResult.Outcome.init(rawValue:)) == nil
            {
                throw InputIssue(
                    file: path, field: "inversions[\(k)].outcome",
                    message: Phrase(zh: "未知的反推结果 `\(outcome)`", en: "unknown inversion outcome `\(outcome)`"),
                    help: rerun)
            }
        }
        for (k, item) in (((root["baseline"] as? [String: Any])?["probabilities"] as? [[String: Any]]) ?? [])
            .enumerated()
        {
            try JSONBounds.check(
                item, "probability", in: 0...1, path: "baseline.probabilities[\(k)]", file: path, what: probability,
                help: rerun)
        }
        for (object, place) in [(root, ""), ((root["provenance"] as? [String: Any]) ?? [:], "provenance")] {
            try JSONBounds.check(
                object, "paths", in: 1...JSONBounds.magnitude, path: place, file: path,
                what: Phrase(zh: "路径数", en: "the number of paths"), help: rerun)
            try JSONBounds.check(
                object, "seed", in: 0...Double(UInt64.max), path: place, file: path,
                what: Phrase(zh: "随机种子", en: "the seed"), help: rerun)
        }
        /// The evidence grade; files from before grades existed say nothing, read as `prior`.
        func evidence(_ object: [String: Any], _ context: String) throws(InputIssue) -> String {
            guard let value = object["evidence"] else { return Evidence.prior.rawValue }
            guard let text = value as? String, Evidence(rawValue: text) != nil else {
                throw InputIssue(
                    file: path, field: "\(context).evidence",
                    message: Phrase(zh: "未知证据等级 `\(value)`", en: "unknown evidence grade `\(value)`"),
                    help: Phrase(
                        zh: "它应为 `data`、`prior`、`plan` 之一；请重新运行 `plansim run`",
                        en: "it is one of `data`, `prior`, `plan`; run `plansim run` again"))
            }
            return text
        }

        let catalog = Dictionary(uniqueKeysWithValues: HaibinPlan.indicators.map { ($0.id, $0) })
        var indicators: [Indicator] = []
        for (i, item) in (try field(root, "indicators", "") as [[String: Any]]).enumerated() {
            let id: String = try field(item, "indicator", "indicators[\(i)]")
            var years: [YearSummary] = []
            for (j, y) in (try field(item, "years", "indicators[\(i)]") as [[String: Any]]).enumerated() {
                let context = "indicators[\(i)].years[\(j)]"
                let summary = YearSummary(
                    year: try year(y, "year", context), p5: try required(y, "p5", context),
                    p10: try required(y, "p10", context), p25: try required(y, "p25", context),
                    p50: try required(y, "p50", context),
                    p75: try required(y, "p75", context), p90: try required(y, "p90", context),
                    p95: try required(y, "p95", context),
                    deterministic: number(y, "deterministic") ?? .nan,
                    // 1.3 on; the `mean` of older files was a sample mean of a distribution without one.
                    truncatedMean: number(y, "mean_p1_p99") ?? .nan)
                if let last = years.last, summary.year != last.year + 1 {
                    throw bad(
                        "\(context).year",
                        Phrase(
                            zh: "年份须逐年相连（\(last.year) 之后是 \(summary.year)）",
                            en: "years must follow each other (\(last.year) then \(summary.year))"))
                }
                years.append(summary)
            }
            guard !years.isEmpty else {
                throw bad("indicators[\(i)].years", Phrase(zh: "没有模拟年份", en: "no simulated years"))
            }
            var history: [(year: Int, value: Double, origin: String)] = []
            for (j, h) in ((item["history"] as? [[String: Any]]) ?? []).enumerated() {
                history.append(
                    (
                        try year(h, "year", "indicators[\(i)].history[\(j)]"),
                        try required(h, "value", "indicators[\(i)].history[\(j)]"),
                        (h["origin"] as? String) ?? "printed"
                    ))
            }
            let c = catalog[id]
            var indicator = Indicator(
                id: id, nameZH: c?.nameZH ?? id, nameEN: c?.nameEN ?? id,
                unitZH: c?.unitZH ?? ((item["unit"] as? String) ?? ""),
                unitEN: c?.unitEN ?? "", attribute: c?.attribute.rawValue ?? "预期性", years: years, history: history)
            indicator.evidence = try evidence(item, "indicators[\(i)]")
            indicators.append(indicator)
        }
        guard !indicators.isEmpty else { throw bad("indicators", Phrase(zh: "没有指标", en: "no indicators")) }
        var targets: [Target] = []
        for (k, t) in (try field(root, "targets", "") as [[String: Any]]).enumerated() {
            let id = "targets[\(k)]"
            let p = try required(t, "probability", id)
            guard (0...1).contains(p) else {
                throw bad(
                    "\(id).probability",
                    Phrase(zh: "概率须在 0 至 1 之间，实为 \(p)", en: "a probability must be from 0 to 1, got \(p)"))
            }
            var target = Target(
                indicator: try field(t, "indicator", id), baseYear: try year(t, "base_year", id),
                base: try required(t, "base", id),
                targetYear: try year(t, "target_year", id), target: try required(t, "target", id),
                kind: try field(t, "kind", id), probability: p, medianShortfall: number(t, "median_shortfall"),
                requiredGrowth: number(t, "required_growth") ?? .nan,
                simulatedGrowth: number(t, "simulated_growth") ?? .nan,
                median: try required(t, "median", id), p10: try required(t, "p10", id), p90: try required(t, "p90", id),
                status: t["status"] as? String)
            target.evidence = try evidence(t, id)
            if let phase = t["phase"] as? String, TargetEvaluation.Phase(rawValue: phase) != nil {
                target.phase = phase
            }
            target.completion = number(t, "completion")
            target.missingYears = (t["missing_years"] as? [Int]) ?? []
            target.probabilityByPriorSet = PriorSetRange.read(t["probability_by_prior_set"])
            target.probabilityUnconditionalInvestment = number(t, "probability_unconditional_investment").flatMap {
                (0...1).contains($0) ? $0 : nil
            }
            targets.append(target)
        }
        guard !targets.isEmpty else { throw bad("targets", Phrase(zh: "没有目标", en: "no targets")) }
        let inversions = ((root["inversions"] as? [[String: Any]]) ?? []).compactMap { item -> Inversion? in
            guard let indicator = item["indicator"] as? String, let p = number(item, "probability"), (0...1).contains(p)
            else { return nil }
            var v = Inversion(
                indicator: indicator, probability: p, value: number(item, "value"),
                achieved: number(item, "achieved") ?? .nan)
            if let outcome = item["outcome"] as? String, InversionResult.Outcome(rawValue: outcome) != nil {
                v.outcome = outcome
            }
            if let bracket = item["bracket"] as? [NSNumber], bracket.count == 2, bracket[0].doubleValue.isFinite,
                bracket[1].doubleValue.isFinite,
                bracket[0].doubleValue <= bracket[1].doubleValue
            {
                v.range = bracket[0].doubleValue...bracket[1].doubleValue
            }
            v.leverIndicator = item["lever_indicator"] as? String
            v.impliedTotal = number(item, "implied_total")
            v.planTotal = number(item, "plan_total")
            if let years = item["total_years"] as? [Int], years.count == 2, years[0] <= years[1],
                (1900...2200).contains(years[0]), (1900...2200).contains(years[1])
            {
                v.totalYears = years[0]...years[1]
            }
            if let years = item["lever_years"] as? [Int], years.count == 2, years[0] <= years[1],
                (1900...2200).contains(years[0]), (1900...2200).contains(years[1])
            {
                v.leverYears = years[0]...years[1]
            }
            return v
        }
        var tracking: ForecastTracking?
        if let t = root["forecast_tracking"] as? [String: Any], let origin = t["origin"] as? Int {
            let rows = ((t["rows"] as? [[String: Any]]) ?? []).compactMap { r -> ForecastTracking.Row? in
                guard let id = r["indicator"] as? String, let year = r["year"] as? Int, let actual = number(r, "actual")
                else { return nil }
                return ForecastTracking.Row(
                    indicator: id, year: year, actual: actual, p5: number(r, "p5") ?? .nan,
                    p10: number(r, "p10") ?? .nan,
                    p50: number(r, "p50") ?? .nan, p90: number(r, "p90") ?? .nan, p95: number(r, "p95") ?? .nan)
            }
            tracking = ForecastTracking(origin: origin, rows: rows)
        }
        let notes = (root["notes"] as? [String: Any]) ?? [:]
        let p: [String: Any] = try field(root, "provenance", "")
        var provenance = RunProvenance(
            version: (p["version"] as? String) ?? "", scenario: (root["scenario"] as? String) ?? "",
            scenarioSHA256: (p["scenario_sha256"] as? String) ?? "",
            seed: (p["seed"] as? NSNumber)?.uint64Value ?? 0, paths: (p["paths"] as? Int) ?? 0,
            data: (p["data"] as? String) ?? "", created: (p["created"] as? String) ?? "")
        provenance.stream = (p["stream"] as? Int) ?? 1
        self.init(
            scenario: try field(root, "scenario", ""), indicators: indicators, targets: targets, inversions: inversions,
            notesZH: (notes["zh"] as? [String]) ?? [], notesEN: (notes["en"] as? [String]) ?? [],
            provenance: provenance)
        self.tracking = tracking
        if let title = root["plan_title"] as? [String: Any], let zh = title["zh"] as? String {
            planTitleZH = zh
            planTitleEN = (title["en"] as? String) ?? zh
        }
        assumptions = ((root["assumptions"] as? [[String: Any]]) ?? []).compactMap { a in
            (a["statement"] as? String).map { Assumption(text: $0, origin: (a["origin"] as? String) ?? "") }
        }
        // Files before the key (format 1.4 and older) name the scenario by its code name.
        if let title = root["scenario_title"] as? [String: Any], let zh = title["zh"] as? String {
            scenarioTitle = ScenarioTitle(zh: zh, en: (title["en"] as? String) ?? zh)
        }
        checks = ((root["checks"] as? [[String: Any]]) ?? []).compactMap { c in
            guard let text = c["check"] as? String, let passed = c["passed"] as? Bool else { return nil }
            return CheckResult(
                text: text, passed: passed, value: number(c, "value") ?? .nan, year: (c["year"] as? Int) ?? 0)
        }
        if let b = root["baseline"] as? [String: Any] {
            var medians: [String: [Int: Double]] = [:]
            for m in (b["medians"] as? [[String: Any]]) ?? [] {
                guard let id = m["indicator"] as? String, let y = m["year"] as? Int, let v = number(m, "p50") else {
                    continue
                }
                medians[id, default: [:]][y] = v
            }
            // Keyed by (indicator, target year, kind) since format 1.5; an older entry names
            // only its indicator, so it is read only when the indicator has one target here.
            var probabilities: [BaselineFigures.TargetKey: Double] = [:]
            for q in (b["probabilities"] as? [[String: Any]]) ?? [] {
                guard let id = q["indicator"] as? String, let v = number(q, "probability") else { continue }
                if let year = q["target_year"] as? Int, let kind = q["kind"] as? String {
                    probabilities[BaselineFigures.TargetKey(indicator: id, targetYear: year, kind: kind)] = v
                } else if let only = targets.filter({ $0.indicator == id }).first,
                    targets.filter({ $0.indicator == id }).count == 1
                {
                    probabilities[BaselineFigures.TargetKey(only)] = v
                }
            }
            baseline = BaselineFigures(
                scenario: (b["scenario"] as? String) ?? "baseline", medians: medians, probabilities: probabilities)
        }
        // Last, so that a field's own check (a year's range, say) speaks first.
        try JSONBounds.checkMagnitudes(root, path: "", file: path, help: rerun)
    }

    /// Refuses a file of a format this version cannot read: `format_version` of another
    /// major number, or a plansim version of a later major release.
    static func checkVersion(_ root: [String: Any], file: String) throws(InputIssue) {
        let mine = Int(formatVersion.split(separator: ".").first ?? "1") ?? 1
        if let raw = root["format_version"], !(raw is String) {
            throw InputIssue(
                file: file, field: "format_version",
                message: Phrase(
                    zh: "`format_version` 应为文字（如 \"\(formatVersion)\"），实为 \(raw)",
                    en: "`format_version` must be a string such as \"\(formatVersion)\", got \(raw)"),
                help: Phrase(zh: "请重新运行该情景写出结果", en: "run the scenario again to write the results"))
        }
        if let v = root["format_version"] as? String, Int(v.split(separator: ".").first ?? "") != mine {
            throw InputIssue(
                file: file, field: "format_version",
                message: Phrase(
                    zh: "本版 plansim 不能读取结果格式 \(v)（只读 \(mine).x）",
                    en: "results format \(v) is not one this plansim reads (it reads \(mine).x)"),
                help: Phrase(
                    zh: "请用写出它的 plansim 重新生成，或重新运行该情景",
                    en: "re-render it with the plansim that wrote it, or run the scenario again"))
        }
        if let v = (root["provenance"] as? [String: Any])?["version"] as? String,
            let major = Int(v.split(separator: ".").first ?? ""), major > 1
        {
            throw InputIssue(
                file: file, field: "provenance.version",
                message: Phrase(zh: "由比本版更新的 plansim \(v) 写出", en: "written by plansim \(v), newer than this one"),
                help: Phrase(
                    zh: "请用 plansim \(v) 或更新版本重新生成，或重新运行该情景",
                    en: "re-render it with plansim \(v) or later, or run the scenario again"))
        }
    }
}

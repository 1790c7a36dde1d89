public import Foundation
public import PlanData
import Forecasting
import Simulation

extension ReportDocument {
    /// Reads a saved `results.json` (written by `plansim run`) back into a document.
    ///
    /// - Throws: ``InputIssue`` naming the file and the field that is missing or wrong.
    public init(resultsFile path: String) throws(InputIssue) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputIssue(file: path, message: "no results file here",
                             help: "give the directory `plansim run` wrote (it holds results.json), e.g. notebooks-out/baseline")
        }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw InputIssue(file: path, message: "not a JSON document", help: "re-run `plansim run` to write it again")
        }
        func field<T>(_ object: [String: Any], _ key: String, _ context: String) throws(InputIssue) -> T {
            guard let value = object[key] as? T else {
                throw InputIssue(file: path, field: context.isEmpty ? key : "\(context).\(key)", message: "missing or malformed field `\(key)`",
                                 help: "this file was not written by this version of `plansim run`; run it again")
            }
            return value
        }
        func number(_ object: [String: Any], _ key: String) -> Double? { (object[key] as? NSNumber)?.doubleValue }
        /// The evidence grade; files from before grades existed say nothing, read as `prior`.
        func evidence(_ object: [String: Any], _ context: String) throws(InputIssue) -> String {
            guard let value = object["evidence"] else { return Evidence.prior.rawValue }
            guard let text = value as? String, Evidence(rawValue: text) != nil else {
                throw InputIssue(file: path, field: "\(context).evidence", message: "unknown evidence grade `\(value)`",
                                 help: "it is one of `data`, `prior`, `plan`; run `plansim run` again")
            }
            return text
        }
        let catalog = Dictionary(uniqueKeysWithValues: HaibinPlan.indicators.map { ($0.id, $0) })
        var indicators: [Indicator] = []
        for item in try field(root, "indicators", "") as [[String: Any]] {
            let id: String = try field(item, "indicator", "indicators")
            let years = try (field(item, "years", id) as [[String: Any]]).map { y throws(InputIssue) -> YearSummary in
                func q(_ k: String) throws(InputIssue) -> Double {
                    guard let v = number(y, k) else {
                        throw InputIssue(file: path, field: "\(id).years.\(k)", message: "missing number `\(k)`", help: "run `plansim run` again")
                    }
                    return v
                }
                return YearSummary(year: (y["year"] as? Int) ?? 0, mean: try q("mean"), p5: try q("p5"), p10: try q("p10"), p25: try q("p25"),
                                   p50: try q("p50"), p75: try q("p75"), p90: try q("p90"), p95: try q("p95"),
                                   deterministic: number(y, "deterministic") ?? .nan)
            }
            let history = ((item["history"] as? [[String: Any]]) ?? []).compactMap { h -> (Int, Double, String)? in
                guard let year = h["year"] as? Int, let value = number(h, "value") else { return nil }
                return (year, value, (h["origin"] as? String) ?? "printed")
            }
            let c = catalog[id]
            var indicator = Indicator(id: id, nameZH: c?.nameZH ?? id, nameEN: c?.nameEN ?? id, unitZH: c?.unitZH ?? ((item["unit"] as? String) ?? ""),
                                      unitEN: c?.unitEN ?? "", attribute: c?.attribute.rawValue ?? "预期性", years: years,
                                      history: history.map { (year: $0.0, value: $0.1, origin: $0.2) })
            indicator.evidence = try evidence(item, id)
            indicators.append(indicator)
        }
        let targets = try (field(root, "targets", "") as [[String: Any]]).map { t throws(InputIssue) -> Target in
            let id: String = try field(t, "indicator", "targets")
            var target = Target(indicator: id, baseYear: (t["base_year"] as? Int) ?? 2020, base: number(t, "base") ?? .nan,
                          targetYear: try field(t, "target_year", id), target: number(t, "target") ?? .nan,
                          kind: try field(t, "kind", id), probability: number(t, "probability") ?? .nan,
                          medianShortfall: number(t, "median_shortfall"), requiredGrowth: number(t, "required_growth") ?? .nan,
                          simulatedGrowth: number(t, "simulated_growth") ?? .nan, median: number(t, "median") ?? .nan,
                          p10: number(t, "p10") ?? .nan, p90: number(t, "p90") ?? .nan, status: t["status"] as? String)
            target.evidence = try evidence(t, id)
            if let phase = t["phase"] as? String, TargetEvaluation.Phase(rawValue: phase) != nil { target.phase = phase }
            target.completion = number(t, "completion")
            target.missingYears = (t["missing_years"] as? [Int]) ?? []
            return target
        }
        let inversions = ((root["inversions"] as? [[String: Any]]) ?? []).map { item -> Inversion in
            var v = Inversion(indicator: (item["indicator"] as? String) ?? "", probability: number(item, "probability") ?? .nan,
                              value: number(item, "value"), achieved: number(item, "achieved") ?? .nan)
            if let outcome = item["outcome"] as? String, InversionResult.Outcome(rawValue: outcome) != nil { v.outcome = outcome }
            if let bracket = item["bracket"] as? [NSNumber], bracket.count == 2, bracket[0].doubleValue <= bracket[1].doubleValue {
                v.range = bracket[0].doubleValue...bracket[1].doubleValue
            }
            v.impliedTotal = number(item, "implied_total")
            v.planTotal = number(item, "plan_total")
            if let years = item["total_years"] as? [Int], years.count == 2, years[0] <= years[1] { v.totalYears = years[0]...years[1] }
            return v
        }
        var tracking: ForecastTracking?
        if let t = root["forecast_tracking"] as? [String: Any], let origin = t["origin"] as? Int {
            let rows = ((t["rows"] as? [[String: Any]]) ?? []).compactMap { r -> ForecastTracking.Row? in
                guard let id = r["indicator"] as? String, let year = r["year"] as? Int, let actual = number(r, "actual") else { return nil }
                return ForecastTracking.Row(indicator: id, year: year, actual: actual, p5: number(r, "p5") ?? .nan, p10: number(r, "p10") ?? .nan,
                                            p50: number(r, "p50") ?? .nan, p90: number(r, "p90") ?? .nan, p95: number(r, "p95") ?? .nan)
            }
            tracking = ForecastTracking(origin: origin, rows: rows)
        }
        let notes = (root["notes"] as? [String: Any]) ?? [:]
        let p: [String: Any] = try field(root, "provenance", "")
        self.init(scenario: try field(root, "scenario", ""), indicators: indicators, targets: targets, inversions: inversions,
                  notesZH: (notes["zh"] as? [String]) ?? [], notesEN: (notes["en"] as? [String]) ?? [],
                  provenance: RunProvenance(version: (p["version"] as? String) ?? "", scenario: (root["scenario"] as? String) ?? "",
                                            scenarioSHA256: (p["scenario_sha256"] as? String) ?? "",
                                            seed: (p["seed"] as? NSNumber)?.uint64Value ?? 0, paths: (p["paths"] as? Int) ?? 0,
                                            data: (p["data"] as? String) ?? "", created: (p["created"] as? String) ?? ""))
        self.tracking = tracking
    }
}

public import Foundation
public import PlanData

extension SweepSummary {
    /// The summary of a finished sweep read back from its `indices.json` (what
    /// `plansim report` re-renders a sweep folder from), with the scenario, sweep and
    /// row count from the folder's `manifest.json` (the folder's name stands for the
    /// sweep's when there is none) and the directions from its samples.
    ///
    /// - Throws: ``InputIssue`` naming the file and field when it is not a sweep's indices.
    public init(indicesFile path: String) throws(InputIssue) {
        guard let data = FileManager.default.contents(atPath: path),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw InputIssue(file: path, message: Phrase(zh: "不是已完成的敏感性分析的指数文件（无法读作 JSON 对象）", en: "not the indices of a finished sweep (not a JSON object)"),
                             help: Phrase(zh: "请先用 `plansim sweep` 或 `plansim merge` 完成敏感性分析", en: "finish the sweep with `plansim sweep` or `plansim merge` first"))
        }
        guard let method = root["method"] as? String, let inputs = root["inputs"] as? [[String: Any]], !inputs.isEmpty else {
            throw InputIssue(file: path, field: root["method"] is String ? "inputs" : "method",
                             message: Phrase(zh: "此文件中没有指数（缺少 `method` 或 `inputs`）", en: "no indices in this file (no `method` or `inputs`)"),
                             help: Phrase(zh: "请重新运行敏感性分析", en: "run the sweep again"))
        }
        func number(_ o: [String: Any], _ k: String) -> Double { (o[k] as? NSNumber)?.doubleValue ?? .nan }
        // Every input has its name and main indices, as numbers (null where the index could not be estimated).
        let required = method == "morris" ? ["mu_star", "mu"] : ["s1", "s1_conf", "st", "st_conf"]
        for (k, i) in inputs.enumerated() {
            for key in ["name"] + required where i[key] == nil || (key == "name" ? !(i[key] is String) : !(i[key] is NSNumber || i[key] is NSNull)) {
                throw InputIssue(file: path, field: "inputs[\(k)].\(key)",
                                 message: Phrase(zh: i[key] == nil ? "缺少 `\(key)`" : "`\(key)` 不是\(key == "name" ? "文字" : "数值")",
                                                 en: i[key] == nil ? "`\(key)` is missing" : "`\(key)` is not a \(key == "name" ? "string" : "number")"),
                                 help: Phrase(zh: "`indices.json` 由 `plansim sweep` 写出，请勿手工修改；重新运行敏感性分析", en: "`indices.json` is written by `plansim sweep`; run the sweep again"))
            }
        }
        try Self.checkRanges(root, inputs: inputs, sobol: method != "morris", file: path)
        let rows = inputs.map { i -> Row in
            let name = (i["name"] as? String) ?? "?"
            return method == "morris" ? Row(name: name, main: number(i, "mu_star"), mainConf: .nan, first: number(i, "mu"), firstConf: .nan)
                                      : Row(name: name, main: number(i, "st"), mainConf: number(i, "st_conf"), first: number(i, "s1"), firstConf: number(i, "s1_conf"))
        }

        // Directions from the folder's samples and outputs, when they are there.
        let directions = EffectDirection.fromFolder(URL(fileURLWithPath: path).deletingLastPathComponent())
        let directed = rows.map { row -> Row in var r = row; r.direction = directions[row.name] ?? .nan; return r }
        let n = (root["n"] as? Int) ?? 0
        // The scenario, sweep and row count from the folder's manifest.json, when it is there.
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let manifest = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path)
            .flatMap { (try? JSONSerialization.jsonObject(with: $0)) as? [String: Any] } ?? [:]
        self.init(sweep: (manifest["sweep"] as? String) ?? folder.lastPathComponent, scenario: (manifest["scenario"] as? String) ?? (root["scenario"] as? String) ?? "—",
                  method: method, n: n, runs: (manifest["rows"] as? Int) ?? (root["runs"] as? Int) ?? 0, measure: (root["measure"] as? String) ?? "", rows: directed)
        annotate(root)
    }

    /// Sobol indices of a finished sweep lie within ``indexBand`` (sampling error takes
    /// them a little outside [0, 1], never far), confidence half-widths and Monte Carlo
    /// errors are ≥ 0, and every number is below ``JSONBounds/magnitude`` in size.
    static let indexBand: ClosedRange<Double> = -0.5...1.5

    /// Refuses the first index outside its range, naming its field (`inputs[1].st`).
    static func checkRanges(_ root: [String: Any], inputs: [[String: Any]], sobol: Bool, file: String) throws(InputIssue) {
        let help = Phrase(zh: "`indices.json` 由 `plansim sweep` 写出，请勿手工修改；重新运行敏感性分析", en: "`indices.json` is written by `plansim sweep`; run the sweep again")
        try JSONBounds.checkMagnitudes(root, path: "", file: file, help: help)
        for (k, i) in inputs.enumerated() {
            for key in sobol ? ["s1", "st"] : [] {
                try JSONBounds.check(i, key, in: indexBand, path: "inputs[\(k)]", file: file, what: Phrase(zh: "Sobol 指数", en: "a Sobol index"), help: help)
            }
            for key in (sobol ? ["s1_conf", "st_conf", "st_mc_se"] : ["mu_star", "mu_star_mc_se"]) + ["sigma"] {
                try JSONBounds.check(i, key, in: 0...JSONBounds.magnitude, path: "inputs[\(k)]", file: file,
                                     what: Phrase(zh: "该值", en: "it"), help: help)
            }
        }
        for (key, least) in [("n", 0.0), ("paths_per_sample", 1)] {
            try JSONBounds.check(root, key, in: least...JSONBounds.magnitude, path: "", file: file, what: Phrase(zh: "`\(key)`", en: "`\(key)`"), help: help)
        }
    }

    /// Takes the seed, paths per sample, second-order pairs and each input's Monte Carlo
    /// noise from a sweep's indices (`indices.json`'s fields) into the summary.
    public mutating func annotate(indicesJSON: JSONValue) {
        guard let root = (try? JSONSerialization.jsonObject(with: Data(indicesJSON.rendered().utf8))) as? [String: Any] else { return }
        annotate(root)
    }

    mutating func annotate(_ root: [String: Any]) {
        seed = (root["seed"] as? NSNumber)?.uint64Value
        pathsPerSample = (root["paths_per_sample"] as? Int) ?? 1
        let inputs = (root["inputs"] as? [[String: Any]]) ?? []
        let names = inputs.map { ($0["name"] as? String) ?? "?" }
        let key = isMorris ? "mu_star_mc_se" : "st_mc_se"
        let byName = Dictionary(inputs.map { (($0["name"] as? String) ?? "?", $0) }, uniquingKeysWith: { a, _ in a })
        rows = rows.map { r in
            var r = r
            guard let i = byName[r.name] else { return r }
            r.mcError = (i[key] as? NSNumber)?.doubleValue ?? .nan
            r.withinNoise = i["within_noise"] as? Bool
            r.sigma = (i["sigma"] as? NSNumber)?.doubleValue ?? .nan
            return r
        }
        pairs = []
        if let s2 = root["s2"] as? [[Any]] {
            for a in names.indices where a < s2.count {
                for b in (a + 1)..<names.count where b < s2[a].count {
                    if let v = (s2[a][b] as? NSNumber)?.doubleValue { pairs.append((names[a], names[b], v)) }
                }
            }
        }
    }

    /// The sweep's briefing files in `l`: `summary.md`, `tornado.svg`, `summary.html` and
    /// `summary.xlsx` always, `summary.docx` and `summary.pdf` (printed by headless
    /// Chromium) when `extra` asks for them (other formats are ignored); `-en` before the
    /// extension in English. `appendix` is added to the Markdown (the Monte Carlo noise
    /// section a finished sweep writes).
    ///
    /// - Throws: ``InputIssue`` when a package cannot be built or PDF cannot be printed (nothing is written then).
    public func files(language l: Language, extra: [ReportFormat] = [], appendix: String = "") throws(InputIssue) -> [(name: String, contents: Data)] {
        let suffix = l == .zh ? "" : "-en"
        let page = html(language: l)
        var files: [(name: String, contents: Data)] = [
            ("summary\(suffix).md", Data((markdown(language: l) + appendix).utf8)), ("tornado\(suffix).svg", Data(tornadoSVG(language: l).utf8)),
            ("summary\(suffix).html", Data(page.utf8)), ("summary\(suffix).xlsx", try workbook(language: l))]
        if extra.contains(.docx) { files.append(("summary\(suffix).docx", try wordDocument(language: l))) }
        if extra.contains(.pdf) { files.append(("summary\(suffix).pdf", try PDFPrinter.pdf(html: page, language: l))) }
        return files
    }
}

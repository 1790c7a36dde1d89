public import Artifacts
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
        let indices = try SweepIndices.read(FileManager.default.contents(atPath: path) ?? Data(), file: path)
        try Self.checkRanges(indices, file: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        // Directions from the folder's samples and outputs, when they are there.
        let directions = EffectDirection.fromFolder(folder)
        let rows = indices.inputs.map { i -> Row in
            var row =
                indices.isMorris
                ? Row(name: i.name, main: i.muStar ?? .nan, mainConf: .nan, first: i.mu ?? .nan, firstConf: .nan)
                : Row(
                    name: i.name, main: i.st ?? .nan, mainConf: i.stConf ?? .nan, first: i.s1 ?? .nan,
                    firstConf: i.s1Conf ?? .nan)
            row.direction = directions[i.name] ?? .nan
            return row
        }
        // The scenario, sweep and row count from the folder's manifest.json, when it is there.
        let manifest = SweepManifestHeader.read(folder.appendingPathComponent("manifest.json"))
        self.init(
            sweep: manifest?.sweep ?? folder.lastPathComponent, scenario: manifest?.scenario ?? "—",
            method: indices.method.rawValue,
            n: indices.n ?? 0, runs: manifest?.rows ?? 0, measure: indices.measure ?? "", rows: rows)
        annotate(indices)
        if let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date {
            created = ISO8601DateFormatter().string(from: modified)
        }
    }

    /// Sobol indices of a finished sweep lie within ``indexBand`` (sampling error takes
    /// them a little outside [0, 1], never far), confidence half-widths and Monte Carlo
    /// errors are ≥ 0, and every number is below ``JSONBounds/magnitude`` in size.
    static let indexBand: ClosedRange<Double> = -0.5...1.5

    /// Refuses the first index outside its range, naming its field (`inputs[1].st`).
    static func checkRanges(_ indices: SweepIndices, file: String) throws(InputIssue) {
        let help = Phrase(
            zh: "`indices.json` 由 `plansim sweep` 写出，请勿手工修改；重新运行敏感性分析",
            en: "`indices.json` is written by `plansim sweep`; run the sweep again")
        let nonNegative = 0...JSONBounds.magnitude
        let it = Phrase(zh: "该值", en: "it")
        for (k, i) in indices.inputs.enumerated() {
            let numbers: [(String, Double?)] = [
                ("mu", i.mu), ("mu_mc_se", indices.isMorris ? i.firstMCError : nil), ("mu_star", i.muStar),
                ("mu_star_mc_se", indices.isMorris ? i.mainMCError : nil), ("s1", i.s1), ("s1_conf", i.s1Conf),
                ("s1_mc_se", indices.isMorris ? nil : i.firstMCError), ("sigma", i.sigma), ("st", i.st),
                ("st_conf", i.stConf),
                ("st_mc_se", indices.isMorris ? nil : i.mainMCError),
            ]
            for (key, value) in numbers {
                try JSONBounds.checkMagnitude(value, field: "inputs[\(k)].\(key)", file: file, help: help)
            }
            let ranged: [(String, Double?, ClosedRange<Double>, Phrase)] =
                indices.isMorris
                ? [
                    ("mu_star", i.muStar, nonNegative, it), ("mu_star_mc_se", i.mainMCError, nonNegative, it),
                    ("sigma", i.sigma, nonNegative, it),
                ]
                : [
                    ("s1", i.s1, indexBand, Phrase(zh: "Sobol 指数", en: "a Sobol index")),
                    ("st", i.st, indexBand, Phrase(zh: "Sobol 指数", en: "a Sobol index")),
                    ("s1_conf", i.s1Conf, nonNegative, it), ("st_conf", i.stConf, nonNegative, it),
                    ("st_mc_se", i.mainMCError, nonNegative, it),
                    ("sigma", i.sigma, nonNegative, it),
                ]
            for (key, value, range, what) in ranged {
                try JSONBounds.check(value, field: "inputs[\(k)].\(key)", in: range, file: file, what: what, help: help)
            }
        }
        for (a, row) in (indices.s2 ?? []).enumerated() {
            for (b, value) in row.enumerated() {
                try JSONBounds.checkMagnitude(value, field: "s2[\(a)][\(b)]", file: file, help: help)
            }
        }
        for (key, value, least) in [("n", indices.n, 0.0), ("paths_per_sample", indices.pathsPerSample, 1)] {
            try JSONBounds.check(
                value.map(Double.init), field: key, in: least...JSONBounds.magnitude, file: file,
                what: Phrase(zh: "`\(key)`", en: "`\(key)`"), help: help)
        }
    }

    /// Takes the seed, paths per sample, second-order pairs and each input's Monte Carlo
    /// noise from a sweep's indices into the summary.
    public mutating func annotate(_ indices: SweepIndices) {
        seed = indices.seed
        pathsPerSample = indices.pathsPerSample ?? 1
        let byName = Dictionary(indices.inputs.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        rows = rows.map { r in
            var r = r
            guard let i = byName[r.name] else { return r }
            r.mcError = i.mainMCError ?? .nan
            r.withinNoise = i.withinNoise
            r.sigma = i.sigma ?? .nan
            return r
        }
        let names = indices.inputs.map(\.name)
        pairs = []
        if let s2 = indices.s2 {
            for a in names.indices where a < s2.count {
                for b in (a + 1)..<names.count where b < s2[a].count {
                    if let v = s2[a][b] { pairs.append((names[a], names[b], v)) }
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
    public func files(language l: Language, extra: [ReportFormat] = [], appendix: String = "") throws(InputIssue) -> [(
        name: String, contents: Data
    )] {
        let suffix = l == .zh ? "" : "-en"
        let page = html(language: l)
        var files: [(name: String, contents: Data)] = [
            ("summary\(suffix).md", Data((markdown(language: l) + appendix).utf8)),
            ("tornado\(suffix).svg", Data(tornadoSVG(language: l).utf8)),
            ("summary\(suffix).html", Data(page.utf8)), ("summary\(suffix).xlsx", try workbook(language: l)),
        ]
        if extra.contains(.docx) { files.append(("summary\(suffix).docx", try wordDocument(language: l))) }
        if extra.contains(.pdf) { files.append(("summary\(suffix).pdf", try PDFPrinter.pdf(html: page, language: l))) }
        return files
    }
}

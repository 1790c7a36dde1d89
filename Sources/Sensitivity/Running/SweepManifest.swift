public import Foundation
public import PlanData

/// `manifest.json` of a sweep folder: which sweep its blocks belong to (the
/// fingerprint and what it covers), how to plan it again (the recipe), and which slice
/// of it the folder holds — `k/n` for a shard, `merged` for the output of `merge`.
/// A merged folder has blocks and a manifest like any other, so it can be merged again
/// or resumed.
public struct SweepManifest: Sendable {
    /// What the command line adds: the files and options to plan the sweep again.
    public struct Recipe: Sendable {
        public let file: String
        public let scenarioName: String
        public let data: String?
        public let pathsPerSample: Int
        public let roundN: Bool
        /// The plan file given with `--plan`, if any (nil: the embedded plan or the scenario's own).
        public var plan: String? = nil
        public init(file: String, scenarioName: String, data: String?, pathsPerSample: Int, roundN: Bool) {
            self.file = file
            self.scenarioName = scenarioName
            self.data = data
            self.pathsPerSample = pathsPerSample
            self.roundN = roundN
        }
    }

    /// The sweep folder's format (docs/json-formats.md): 1 for block files under `blocks/`
    /// (plansim before issue 26's folder, whose manifest has no `format`), 2 for one
    /// append-only `blocks.bin` (``BlockLog``). This plansim writes 2 and reads both.
    public let format: Int
    /// The folder format this plansim writes.
    public static let currentFormat = 2

    public let fingerprint: String
    public let provenance: [(part: String, sha256: String)]
    public let sweep: String
    public let seed: UInt64
    public let slice: String
    public let recipe: Recipe

    public init(plan: SweepPlan, slice: String, recipe: Recipe) {
        format = Self.currentFormat
        fingerprint = plan.fingerprint
        provenance = plan.provenance
        sweep = plan.sweep.name
        seed = plan.seed
        self.slice = slice
        self.recipe = recipe
    }

    init(
        fingerprint: String, provenance: [(part: String, sha256: String)], sweep: String, seed: UInt64, slice: String,
        recipe: Recipe, format: Int = SweepManifest.currentFormat
    ) {
        self.format = format
        self.fingerprint = fingerprint
        self.provenance = provenance
        self.sweep = sweep
        self.seed = seed
        self.slice = slice
        self.recipe = recipe
    }

    /// The largest manifest read (docs/cli.md, "Limits").
    public static let sizeLimit = 1 << 20

    static func url(_ directory: URL) -> URL { directory.appendingPathComponent("manifest.json") }

    /// The document, with the plan's layout for a reader (the seed as an exact integer).
    public func json(_ plan: SweepPlan) -> JSONValue {
        .object([
            ("format", .integer(format)), ("fingerprint", .string(fingerprint)), ("scenario", .string(plan.scenario)),
            ("sweep", .string(sweep)),
            ("method", .string(plan.sweep.method)), ("n", .integer(plan.n)), ("seed", .unsigned(seed)),
            ("rows", .integer(plan.rowCount)), ("block_size", .integer(plan.blockSize)),
            ("blocks", .integer(plan.blockCount)),
            ("slice", .string(slice)), ("file", .string(recipe.file)), ("scenario_name", .string(recipe.scenarioName)),
            ("data", recipe.data.map(JSONValue.string) ?? .null), ("paths_per_sample", .integer(recipe.pathsPerSample)),
            ("round_n", .bool(recipe.roundN)), ("plan", recipe.plan.map(JSONValue.string) ?? .null),
            (
                "covers",
                .array(provenance.map { .object([("part", .string($0.part)), ("sha256", .string($0.sha256))]) })
            ),
        ])
    }

    public func write(_ plan: SweepPlan, into directory: URL) throws {
        try Data((json(plan).rendered() + "\n").utf8).write(to: Self.url(directory), options: .atomic)
    }

    /// The manifest of `directory`, or nil when it has none.
    ///
    /// - Throws: ``SweepError`` when a manifest is there but unreadable.
    public static func read(_ directory: URL) throws(SweepError) -> SweepManifest? {
        // A manifest is a few kilobytes: its size is checked before it is read (and a
        // link or a folder in its place is not read).
        let data: Data
        switch InputFile.read(url(directory).path, limit: Self.sizeLimit) {
        case .success(let bytes): data = Data(bytes)
        case .failure(.missing): return nil
        case .failure: data = Data()
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let fingerprint = object["fingerprint"] as? String, let sweep = object["sweep"] as? String,
            let file = object["file"] as? String, let seed = exactSeed(in: text)
        else {
            throw SweepError(
                Phrase(
                    zh: "\(url(directory).path) 不是可读的敏感性分析清单",
                    en: "\(url(directory).path) is not a readable sweep manifest"),
                help: Phrase(
                    zh: "请给出 `plansim sweep` 或 `plansim merge` 写出的文件夹（或在那里用 `plansim sweep … --force` 重新开始）；未作任何改动",
                    en:
                        "give folders that `plansim sweep` or `plansim merge` wrote (or start over there with `plansim sweep … --force`); nothing was changed"
                ))
        }
        let format = try Self.format(of: object, in: directory)
        let covers = (object["covers"] as? [[String: Any]] ?? []).compactMap { c -> (part: String, sha256: String)? in
            guard let part = c["part"] as? String, let hash = c["sha256"] as? String else { return nil }
            return (part, hash)
        }
        var recipe = Recipe(
            file: file, scenarioName: object["scenario_name"] as? String ?? "", data: object["data"] as? String,
            pathsPerSample: (object["paths_per_sample"] as? NSNumber)?.intValue ?? 1,
            roundN: object["round_n"] as? Bool ?? false)
        recipe.plan = object["plan"] as? String
        return SweepManifest(
            fingerprint: fingerprint, provenance: covers, sweep: sweep, seed: seed,
            slice: object["slice"] as? String ?? "1/1", recipe: recipe, format: format)
    }

    /// The folder format a manifest states: 1 when it states none (plansim before format 2).
    ///
    /// - Throws: ``SweepError`` for a format this plansim does not know (a newer plansim's
    ///   folder): it is neither read nor changed.
    static func format(of object: [String: Any], in directory: URL) throws(SweepError) -> Int {
        guard let stated = object["format"] else { return 1 }
        guard let number = stated as? NSNumber, let format = Int(exactly: number.doubleValue), (1...2).contains(format)
        else {
            throw SweepError(
                Phrase(
                    zh: "\(url(directory).path) 的敏感性分析文件夹格式为 \(stated)，这一版本的 plansim 只读格式 1 和 2",
                    en:
                        "\(url(directory).path) states sweep folder format \(stated); this plansim reads formats 1 and 2 only"
                ),
                help: Phrase(
                    zh: "请用写出该文件夹的（较新的）plansim 续跑或合并，或加 `--force` 在这里重新开始；未作任何改动",
                    en:
                        "resume or merge it with the (newer) plansim that wrote it, or start over there with `--force`; nothing was changed"
                ))
        }
        return format
    }

    /// Checks, before anything reads them, that the files the recipe names (scenario,
    /// `--plan`, data) hold what the sweep read: each must be a regular file whose SHA-256
    /// is one the manifest covers. A manifest comes from another machine; without this
    /// check a hostile one could name any file (`/etc/shadow`) and have its lines shown as
    /// diagnostics.
    ///
    /// - Throws: ``SweepError`` naming the first file that is missing or differs.
    public func checkRecipeFiles(in directory: URL) throws(SweepError) {
        let covered = Set(provenance.map(\.sha256))
        for path in [recipe.file, recipe.plan, recipe.data].compactMap({ $0 }) {
            let bytes: [UInt8]
            switch InputFile.read(path, limit: InputFile.csvLimit) {
            case .success(let b): bytes = b
            case .failure(let problem):
                throw SweepError(
                    Phrase(
                        zh: "\(Self.url(directory).path) 指向的文件 `\(path)` \(problem.phrase.zh)",
                        en: "\(Self.url(directory).path) names `\(path)`, which \(problem.message)"),
                    help: Phrase(
                        zh: "请在存有该敏感性分析所读文件的文件夹中合并；未作任何改动",
                        en: "merge where the files the sweep read are; nothing was changed"))
            }
            guard covered.contains(SHA256.hex(bytes)) else {
                // The part of the same file name, when the manifest has one: "data file a.csv has changed".
                let name = URL(fileURLWithPath: path).lastPathComponent
                let part = provenance.first { $0.part.hasSuffix(" " + name) || $0.part.hasSuffix("/" + name) }?.part
                let changed =
                    part.map { Phrase(zh: "：\(SweepPlan.chinese($0))已改变", en: ": \($0) has changed") }
                    ?? Phrase(zh: "", en: "")
                throw SweepError(
                    Phrase(
                        zh: "\(Self.url(directory).path) 指向的文件 `\(path)` 不是该敏感性分析所读的内容（其 SHA-256 不在清单中）",
                        en:
                            "\(Self.url(directory).path) names `\(path)`, whose content is not what the sweep read (its SHA-256 is not in the manifest)"
                    )
                        + changed + Phrase(zh: "；未读取该文件", en: "; it was not read"),
                    help: Phrase(
                        zh: "请在存有该敏感性分析所读文件的文件夹中合并；未作任何改动",
                        en: "merge where the files the sweep read are; nothing was changed"))
            }
        }
    }

    /// The seed read from the text itself, digit by digit: every UInt64 exactly (a JSON
    /// reader that goes through Double would round seeds above 2⁵³).
    static func exactSeed(in text: String) -> UInt64? {
        guard let key = text.range(of: "\"seed\":") else { return nil }
        let digits = text[key.upperBound...].drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        return UInt64(digits)
    }
}

import Foundation
public import PlanData
public import ScenarioDSL
public import Simulation

/// Why a sweep cannot run, with what to do about it.
public struct SweepError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, in both languages.
    public let why: Phrase
    /// What to do about it, in both languages.
    public let remedy: Phrase
    /// The English sentences.
    public var message: String { why.en }
    public var help: String { remedy.en }
    public var description: String { message }

    public init(_ why: Phrase, help remedy: Phrase) {
        self.why = why
        self.remedy = remedy
    }
}

/// A sweep made concrete: the model, its inputs, its design (rows generated block by
/// block), the measures and the fingerprint that identifies it across machines, shards
/// and resumptions.
public struct SweepPlan: Sendable {
    public let scenario: String
    public let sweep: SweepSpec
    public let model: SimulationModel
    public let inputs: [SweepInput]
    public let targets: [(ParameterOverride.Target, @Sendable (Double) -> Double)]
    public let design: SweepDesign
    public let measures: [SweepMeasure]
    public let seed: UInt64
    public let pathsPerSample: Int
    public let n: Int
    /// What the fingerprint covers, part by part (`settings`, then every file by its
    /// SHA-256): a refusal names the parts that differ.
    public let provenance: [(part: String, sha256: String)]
    public let fingerprint: String
    /// Evaluates a block of samples: only what the measures read (``SampleEvaluator``).
    public let evaluator: SampleEvaluator

    /// Rows of the design (runs of the model, each with `pathsPerSample` paths).
    public var rowCount: Int { design.rowCount }
    /// Rows per block: 512, smaller for small sweeps so that there are at least 64
    /// blocks and shards stay balanced (see ``maximumShards``).
    public var blockSize: Int { Self.blockSize(rows: rowCount) }
    public var blockCount: Int { (rowCount + blockSize - 1) / blockSize }
    /// The most shards for which no shard has twice another's blocks: with n ≤ B/2
    /// shards each runs ⌊B/n⌋ ≥ 2 or ⌈B/n⌉ blocks.
    public var maximumShards: Int { max(1, blockCount / 2) }
    /// Delete-a-group jackknife groups of paths (0 for a deterministic sweep).
    public var jackknifeGroups: Int { Self.jackknifeGroups(pathsPerSample) }
    /// Values per row in a block file: the measures (primary last), then the jackknife
    /// replicates of the primary.
    public var blockWidth: Int { measures.count + jackknifeGroups }
    /// Measures in output order: the primary (the first `measure` line) last.
    public var outputNames: [String] { (measures.dropFirst() + measures.prefix(1)).map(\.name) }

    static func jackknifeGroups(_ paths: Int) -> Int { paths > 1 ? min(10, paths) : 0 }

    static func blockSize(rows: Int) -> Int { min(SampleEvaluator.blockSize, max(8, (rows + 63) / 64)) }

    /// The rows of block `b`.
    public func rowRange(block b: Int) -> Range<Int> { (b * blockSize)..<min((b + 1) * blockSize, rowCount) }

    /// Plans sweep `sweepName` of scenario `name` in `program`.
    ///
    /// - Parameter dataFile: the data file in use (`--data` or the scenario's), whose
    ///   content the fingerprint covers like every file of `program`.
    /// - Throws: ``SweepError`` for an N that Sobol' sampling cannot use (unless
    ///   `roundUp`), too many inputs for the Sobol' table, or a number the model lacks.
    public static func make(
        program: ScenarioProgram, scenario name: String, sweep sweepName: String?, dataset: Dataset,
        seed: UInt64?, roundUp: Bool, pathsPerSample: Int, version: String,
        dataFile: (path: String, bytes: [UInt8])?
    ) throws(SweepError) -> SweepPlan {
        guard case .success(let spec) = program.compile(name), case .success(let directives) = program.resolve(name)
        else {
            throw SweepError(
                Phrase(zh: "情景 `\(name)` 无法编译", en: "scenario `\(name)` does not compile"),
                help: Phrase(zh: "请对该文件运行 `plansim check`", en: "run `plansim check` on the file"))
        }
        let sweeps = directives.compactMap { d -> SweepSpec? in
            if case .sweep(let s) = d.value { return s } else { return nil }
        }
        guard !sweeps.isEmpty else {
            throw SweepError(
                Phrase(zh: "情景 `\(name)` 没有 `sweep` 块", en: "scenario `\(name)` has no sweep"),
                help: Phrase(zh: "请加上 `sweep 名称 { … }` 块", en: "add a `sweep NAME { … }` block"))
        }
        guard
            let sweep = sweepName.map({ n in sweeps.first { $0.name == n } })
                ?? (sweeps.count == 1 ? sweeps.first : nil)
        else {
            throw SweepError(
                sweepName.map {
                    Phrase(zh: "情景 `\(name)` 中没有 `sweep` `\($0)`", en: "no sweep `\($0)` in scenario `\(name)`")
                }
                    ?? Phrase(
                        zh: "情景 `\(name)` 有 \(sweeps.count) 个 `sweep`；请指明哪一个",
                        en: "scenario `\(name)` has \(sweeps.count) sweeps; say which"),
                help: Phrase(zh: "请用 `--sweep 名称`，可选：", en: "use `--sweep NAME`, one of ") + .codes(sweeps.map(\.name)))
        }
        guard !sweep.inputs.isEmpty, !sweep.measures.isEmpty else {
            throw SweepError(
                Phrase(
                    zh: "敏感性分析 `\(sweep.name)` 至少需要一个 `vary` 和一个 `measure`",
                    en: "sweep `\(sweep.name)` needs at least one `vary` and one `measure`"),
                help: Phrase(zh: "见 docs/scenario-language.md#8-sweeps", en: "see docs/scenario-language.md#8-sweeps"))
        }
        let model: SimulationModel
        do { model = try SimulationModel.build(dataset, scenario: spec).0 } catch {
            throw SweepError(
                error.phrase, help: Phrase(zh: "请修改情景，使之与数据相符", en: "change the scenario so it fits the data"))
        }
        var targets: [(ParameterOverride.Target, @Sendable (Double) -> Double)] = []
        for input in sweep.inputs {
            guard let t = model.sweepTarget(input.target) else {
                throw SweepError(
                    Phrase(zh: "模型中没有与 `\(input.name)` 对应的参数", en: "the model has no number for `\(input.name)`"),
                    help: Phrase(
                        zh: "请改变情景中写明的 `assume`，或 damped、linked 模型的先验",
                        en: "vary an `assume` the scenario states, or a prior of a damped or linked model"))
            }
            targets.append(t)
        }
        let inputs = sweep.inputs.map { SweepInput(name: $0.name, distribution: $0.distribution) }
        let seedValue = seed ?? spec.seed
        var n = sweep.samples
        let method: SweepDesign.Method
        switch sweep.method {
        case "sobol":
            if n & (n - 1) != 0 {
                guard roundUp else {
                    let below = 1 << (Int.bitWidth - n.leadingZeroBitCount - 1),
                        above = 1 << (Int.bitWidth - n.leadingZeroBitCount)
                    throw SweepError(
                        Phrase(
                            zh: "Sobol' 抽样要求 N 为 2 的幂；\(n) 不是",
                            en: "Sobol' sampling needs N to be a power of two; \(n) is not"),
                        help: Phrase(
                            zh: "请用 \(below) 或 \(above)，或加 --round-n 向上取整",
                            en: "use \(below) or \(above), or pass --round-n to round up"))
                }
                n = 1 << (Int.bitWidth - n.leadingZeroBitCount)
            }
            guard 2 * inputs.count <= SobolSequence.maximumDimensions else {
                throw SweepError(
                    Phrase(
                        zh: "对 \(inputs.count) 个输入做 Saltelli 抽样需要 \(2 * inputs.count) 个 Sobol' 维度；plansim 只有 21 个",
                        en:
                            "Saltelli sampling of \(inputs.count) inputs needs \(2 * inputs.count) Sobol' dimensions; plansim has 21"
                    ),
                    help: Phrase(
                        zh: "一次 Sobol' 敏感性分析至多改变 10 个输入，或改用 `method morris`",
                        en: "vary at most 10 inputs in one Sobol' sweep, or use `method morris`"))
            }
            method = .sobol(n: n, secondOrder: sweep.secondOrder)
        case "lhs": method = .lhs(n: n, seed: seedValue)
        case "grid": method = .grid(levels: max(2, Int(pow(Double(n), 1 / Double(inputs.count)).rounded())))
        default: method = .morris(trajectories: max(2, n), levels: 4, seed: seedValue)
        }
        let measures = sweep.measures.map { m -> SweepMeasure in
            let parts = m.split(separator: ":").map(String.init)
            return SweepMeasure(statistic: SweepMeasure.Statistic(rawValue: parts[0])!, indicator: parts[1])
        }
        let settings =
            "\(version)|\(name)|\(sweep.name)|\(sweep.method)|\(n)|\(seedValue)|\(pathsPerSample)|"
            + inputs.map { "\($0.name)=\($0.distribution)" }.joined(separator: ",") + "|"
            + measures.map(\.name).joined(separator: ",") + "|\(sweep.secondOrder)"
        let provenance =
            [
                (
                    "settings (scenario, sweep, N, seed, paths per sample, plansim version)",
                    SHA256.hex(Array(settings.utf8))
                )
            ]
            + files(of: program, directives: directives, dataFile: dataFile)
        let identity = provenance.map { "\($0.0)=\($0.1)" }.joined(separator: "\n")
        let evaluator = SampleEvaluator(
            model, inputs: targets, measures: measures, pathsPerSample: pathsPerSample, seed: seedValue,
            jackknifeGroups: jackknifeGroups(pathsPerSample))
        return SweepPlan(
            scenario: name, sweep: sweep, model: model, inputs: inputs, targets: targets,
            design: SweepDesign(inputs: inputs, method: method), measures: measures, seed: seedValue,
            pathsPerSample: pathsPerSample, n: n, provenance: provenance, fingerprint: SHA256.hex(Array(identity.utf8)),
            evaluator: evaluator)
    }

    /// Every file the sweep reads, by content: the scenario file and each file it
    /// includes (in load order), the `levels_from` tables, the plan file (unless it is the
    /// scenario file itself or the embedded plan) and the data file. Named by
    /// path relative to the scenario file's folder (so shards on other machines agree).
    static func files(of program: ScenarioProgram, directives: [Directive], dataFile: (path: String, bytes: [UInt8])?)
        -> [(String, String)]
    {
        let root =
            program.files.first.map {
                URL(fileURLWithPath: $0.source.path).deletingLastPathComponent().standardizedFileURL.path + "/"
            } ?? ""
        func relative(_ path: String) -> String {
            let full = URL(fileURLWithPath: path).standardizedFileURL.path
            return full.hasPrefix(root)
                ? String(full.dropFirst(root.count)) : URL(fileURLWithPath: path).lastPathComponent
        }
        var parts = program.files.map { ("scenario file \(relative($0.source.path))", SHA256.hex($0.source.bytes)) }
        for d in directives {
            guard case .levelsFrom(_, let file, _) = d.value else { continue }
            let url = URL(fileURLWithPath: d.file).deletingLastPathComponent().appendingPathComponent(file)
            let bytes = FileManager.default.contents(atPath: url.path).map { [UInt8]($0) } ?? []
            parts.append(("levels file \(relative(url.path))", SHA256.hex(bytes)))
        }
        // The plan (`--plan` or `plan "…"`): shards run against other plan contents must not merge.
        for p in program.dataset.provenance {
            if let hash = p.fileSHA256, let file = p.file, !parts.contains(where: { $0.1 == hash }) {
                parts.append(("plan file \(relative(file))", hash))
            }
        }
        if let dataFile { parts.append(("data file \(relative(dataFile.path))", SHA256.hex(dataFile.bytes))) }
        return parts
    }

    /// The parts of `provenance` that differ from this plan's, for a refusal message.
    public func differences(from other: [(part: String, sha256: String)]) -> [String] {
        differencePhrases(from: other).map(\.en)
    }

    /// ``differences(from:)`` in both languages.
    public func differencePhrases(from other: [(part: String, sha256: String)]) -> [Phrase] {
        let mine = Dictionary(provenance.map { ($0.part, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(other.map { ($0.part, $0.sha256) }, uniquingKeysWith: { a, _ in a })
        var out: [Phrase] = []
        for (part, hash) in provenance where theirs[part] != hash {
            out.append(
                theirs[part] == nil
                    ? Phrase(zh: "\(Self.chinese(part))是新的", en: "\(part) is new")
                    : Phrase(zh: "\(Self.chinese(part))已改变", en: "\(part) has changed"))
        }
        for (part, _) in other where mine[part] == nil {
            out.append(Phrase(zh: "\(Self.chinese(part))已不再使用", en: "\(part) is no longer used"))
        }
        return out
    }

    /// A provenance part's name in Chinese (the manifest keeps the English names).
    static func chinese(_ part: String) -> String {
        if part.hasPrefix("settings (") { return "设置（情景、敏感性分析、N、种子、每样本路径数、plansim 版本）" }
        for (en, zh) in [
            ("scenario file ", "情景文件 "), ("levels file ", "水平文件 "), ("plan file ", "规划文件 "), ("data file ", "数据文件 "),
        ] where part.hasPrefix(en) {
            return zh + part.dropFirst(en.count) + " "
        }
        return part + " "
    }

    /// `why` joined after a colon, or nothing.
    static func because(_ why: [Phrase]) -> Phrase {
        why.isEmpty
            ? Phrase(zh: "", en: "")
            : Phrase(zh: "：" + why.map(\.zh).joined(separator: "；"), en: ": " + why.map(\.en).joined(separator: "; "))
    }
}

public import Foundation
public import PlanData

extension SweepIndices: Decodable {
    enum Key: String, CodingKey {
        case formatVersion = "format_version"
        case method, n, seed
        case secondOrder = "second_order"
        case measure
        case pathsPerSample = "paths_per_sample"
        case outputs
        case mcNoise = "mc_noise"
        case inputs, s2
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        formatVersion = try c.decodeIfPresent(String.self, forKey: .formatVersion)
        if let formatVersion,
            formatVersion.split(separator: ".").first != Self.formatVersion.split(separator: ".").first
        {
            throw DecodingError.dataCorruptedError(forKey: .formatVersion, in: c, debugDescription: "version")
        }
        method = try c.decode(Method.self, forKey: .method)
        n = try c.decodeIfPresent(Int.self, forKey: .n)
        seed = try c.decodeIfPresent(UInt64.self, forKey: .seed)
        secondOrder = try c.decodeIfPresent(Bool.self, forKey: .secondOrder)
        measure = try c.decodeIfPresent(String.self, forKey: .measure)
        pathsPerSample = try c.decodeIfPresent(Int.self, forKey: .pathsPerSample)
        outputs = try c.decodeIfPresent([String].self, forKey: .outputs)
        mcNoise = try c.decodeIfPresent(String.self, forKey: .mcNoise)
        var list = try c.nestedUnkeyedContainer(forKey: .inputs)
        var inputs: [Input] = []
        while !list.isAtEnd {
            inputs.append(try Input(from: list.superDecoder(), morris: method == .morris))
        }
        self.inputs = inputs
        s2 = try c.decodeIfPresent([[Double?]].self, forKey: .s2)
    }

    /// Reads `indices.json` from `data` (named `file` in messages).
    ///
    /// - Throws: ``InputIssue`` naming the field (`inputs[1].st`) when the text is not a
    ///   sweep's indices: not a JSON object, no `method` or `inputs`, an unknown method or
    ///   version, a missing or mistyped field.
    public static func read(_ data: Data, file: String) throws(InputIssue) -> SweepIndices {
        let again = Phrase(
            zh: "`indices.json` 由 `plansim sweep` 写出，请勿手工修改；重新运行敏感性分析",
            en: "`indices.json` is written by `plansim sweep`; run the sweep again")
        guard (try? JSONSerialization.jsonObject(with: data)) is [String: Any] else {
            throw InputIssue(
                file: file,
                message: Phrase(
                    zh: "不是已完成的敏感性分析的指数文件（无法读作 JSON 对象）", en: "not the indices of a finished sweep (not a JSON object)"),
                help: Phrase(
                    zh: "请先用 `plansim sweep` 或 `plansim merge` 完成敏感性分析",
                    en: "finish the sweep with `plansim sweep` or `plansim merge` first"))
        }
        let noIndices = { (field: String) in
            InputIssue(
                file: file, field: field,
                message: Phrase(
                    zh: "此文件中没有指数（缺少 `method` 或 `inputs`）", en: "no indices in this file (no `method` or `inputs`)"),
                help: Phrase(zh: "请重新运行敏感性分析", en: "run the sweep again"))
        }
        let indices: SweepIndices
        do { indices = try JSONDecoder().decode(SweepIndices.self, from: data) } catch let error as DecodingError {
            let (path, key) = Self.location(error)
            let field = (path + [key]).compactMap { $0 }.joined(separator: ".").replacingOccurrences(
                of: ".[", with: "[")
            switch error {
            case .keyNotFound where path.isEmpty && (key == "method" || key == "inputs"):
                throw noIndices(key ?? "method")
            case .keyNotFound:
                throw InputIssue(
                    file: file, field: field, message: Phrase(zh: "缺少 `\(key ?? "")`", en: "`\(key ?? "")` is missing"),
                    help: again)
            case .typeMismatch(let type, _), .valueNotFound(let type, _):
                let text = type == String.self || type == [String].self
                throw InputIssue(
                    file: file, field: field,
                    message: Phrase(
                        zh: "`\(key ?? "")` 不是\(text ? "文字" : "数值")",
                        en: "`\(key ?? "")` is not a \(text ? "string" : "number")"),
                    help: again)
            default:
                let word =
                    key == "format_version" ? Phrase(zh: "格式版本", en: "format version") : Phrase(zh: "取值", en: "value")
                throw InputIssue(
                    file: file, field: field, message: Phrase(zh: "未知的\(word.zh)", en: "unknown \(word.en)"),
                    help: key == "format_version"
                        ? Phrase(
                            zh: "此文件由另一版本的 plansim 写出；请用本版本重新运行敏感性分析",
                            en: "another plansim version wrote it; run the sweep again with this one") : again)
            }
        } catch {
            throw noIndices("method")
        }
        guard !indices.inputs.isEmpty else { throw noIndices("inputs") }
        return indices
    }

    /// The field path of a decoding error, and the key it stopped at (`inputs[1]`, `st`).
    static func location(_ error: DecodingError) -> (path: [String?], key: String?) {
        func name(_ key: any CodingKey) -> String { key.intValue.map { "[\($0)]" } ?? key.stringValue }
        switch error {
        case .keyNotFound(let key, let context): return (context.codingPath.map(name), key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let names = context.codingPath.map(name)
            return (Array(names.dropLast()), names.last)
        @unknown default: return ([], nil)
        }
    }
}

extension SweepIndices.Input {
    enum Key: String, CodingKey {
        case name, s1
        case s1Conf = "s1_conf"
        case st
        case stConf = "st_conf"
        case muStar = "mu_star"
        case mu, sigma
        case s1MC = "s1_mc_se"
        case stMC = "st_mc_se"
        case muMC = "mu_mc_se"
        case muStarMC = "mu_star_mc_se"
        case withinNoise = "within_noise"
    }

    /// An input of a Sobol' (`morris` false) or Morris file: its name and main indices
    /// must be there, as numbers or `null` (an index that could not be estimated).
    init(from decoder: any Decoder, morris: Bool) throws {
        let c = try decoder.container(keyedBy: Key.self)
        func required(_ key: Key) throws -> Double? {
            guard c.contains(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: c.codingPath, debugDescription: "required"))
            }
            return try c.decodeNil(forKey: key) ? nil : try c.decode(Double.self, forKey: key)
        }
        let name = try c.decode(String.self, forKey: .name)
        if morris {
            self.init(
                name: name, muStar: try required(.muStar), mu: try required(.mu),
                sigma: try c.decodeIfPresent(Double.self, forKey: .sigma),
                firstMCError: try c.decodeIfPresent(Double.self, forKey: .muMC),
                mainMCError: try c.decodeIfPresent(Double.self, forKey: .muStarMC),
                withinNoise: try c.decodeIfPresent(Bool.self, forKey: .withinNoise))
        } else {
            self.init(
                name: name, s1: try required(.s1), s1Conf: try required(.s1Conf), st: try required(.st),
                stConf: try required(.stConf),
                firstMCError: try c.decodeIfPresent(Double.self, forKey: .s1MC),
                mainMCError: try c.decodeIfPresent(Double.self, forKey: .stMC),
                withinNoise: try c.decodeIfPresent(Bool.self, forKey: .withinNoise))
        }
    }
}

public import PlanData

/// `indices.json`: a finished sweep's sensitivity indices of its primary measure, as
/// `plansim sweep` and `plansim merge` write it and `plansim report` reads it back
/// (docs/json-formats.md). Written by ``json`` and read by ``read(_:file:)``, so the two
/// cannot drift apart.
///
/// An index that could not be estimated (the measure did not vary) is `nil` here and
/// `null` in the file.
public struct SweepIndices: Sendable, Equatable {
    /// The layout written now. Files written before the field existed have none and the
    /// same layout; any other major version is refused.
    public static let formatVersion = "1.1"

    /// The sampling design; grid and Latin hypercube designs give no indices.
    public enum Method: String, Sendable, CaseIterable, Decodable {
        case sobol, morris, lhs, grid
    }

    /// One input's indices: Sobol' (`s1`, `st` and half-widths) or Morris (`mu_star`,
    /// `mu`, `sigma`), and with paths per sample the Monte Carlo errors.
    public struct Input: Sendable, Equatable {
        public var name: String
        public var s1: Double?, s1Conf: Double?, st: Double?, stConf: Double?
        public var muStar: Double?, mu: Double?, sigma: Double?
        /// Monte Carlo standard error of the first-order index (`s1_mc_se`, Morris `mu_mc_se`).
        public var firstMCError: Double?
        /// Monte Carlo standard error of the main index (`st_mc_se`, Morris `mu_star_mc_se`).
        public var mainMCError: Double?
        /// Whether the main index is within Monte Carlo noise of zero (with paths per sample).
        public var withinNoise: Bool?

        public init(
            name: String, s1: Double? = nil, s1Conf: Double? = nil, st: Double? = nil, stConf: Double? = nil,
            muStar: Double? = nil, mu: Double? = nil, sigma: Double? = nil,
            firstMCError: Double? = nil, mainMCError: Double? = nil, withinNoise: Bool? = nil
        ) {
            self.name = name
            (self.s1, self.s1Conf, self.st, self.stConf) = (finite(s1), finite(s1Conf), finite(st), finite(stConf))
            (self.muStar, self.mu, self.sigma) = (finite(muStar), finite(mu), finite(sigma))
            (self.firstMCError, self.mainMCError, self.withinNoise) = (
                finite(firstMCError), finite(mainMCError), withinNoise
            )
        }
    }

    /// The version the file declares (nil: written before versions were written).
    public var formatVersion: String?
    public var method: Method
    public var n: Int?
    public var seed: UInt64?
    public var secondOrder: Bool?
    /// The primary measure (the last of ``outputs``).
    public var measure: String?
    public var pathsPerSample: Int?
    public var outputs: [String]?
    /// How the Monte Carlo noise was estimated, when there are paths per sample.
    public var mcNoise: String?
    public var inputs: [Input]
    /// Second-order Sobol' indices, `s2[a][b]` for inputs a < b, when asked for.
    public var s2: [[Double?]]?

    public init(
        method: Method, n: Int?, seed: UInt64?, secondOrder: Bool?, measure: String?, pathsPerSample: Int?,
        outputs: [String]?, mcNoise: String? = nil, inputs: [Input], s2: [[Double?]]? = nil,
        formatVersion: String? = SweepIndices.formatVersion
    ) {
        self.formatVersion = formatVersion
        self.method = method
        self.n = n
        self.seed = seed
        self.secondOrder = secondOrder
        self.measure = measure
        self.pathsPerSample = pathsPerSample
        self.outputs = outputs
        self.mcNoise = mcNoise
        self.inputs = inputs
        self.s2 = s2.map { $0.map { $0.map(finite) } }
    }

    /// Whether the inputs carry Morris measures rather than Sobol' indices.
    public var isMorris: Bool { method == .morris }

    /// The file's text, in the order the fields are documented.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("format_version", .string(formatVersion ?? Self.formatVersion)), ("method", .string(method.rawValue)),
        ]
        if let n { fields.append(("n", .integer(n))) }
        if let seed { fields.append(("seed", .unsigned(seed))) }
        if let secondOrder { fields.append(("second_order", .bool(secondOrder))) }
        if let measure { fields.append(("measure", .string(measure))) }
        if let pathsPerSample { fields.append(("paths_per_sample", .integer(pathsPerSample))) }
        if let outputs { fields.append(("outputs", .array(outputs.map(JSONValue.string)))) }
        if let mcNoise { fields.append(("mc_noise", .string(mcNoise))) }
        fields.append(("inputs", .array(inputs.map { isMorris ? $0.morrisJSON : $0.sobolJSON })))
        if let s2 { fields.append(("s2", .array(s2.map { .array($0.map(JSONValue.finite)) }))) }
        return .object(fields)
    }
}

extension SweepIndices.Input {
    var sobolJSON: JSONValue {
        .object(
            [
                ("name", .string(name)), ("s1", .finite(s1)), ("s1_conf", .finite(s1Conf)), ("st", .finite(st)),
                ("st_conf", .finite(stConf)),
            ]
                + noiseJSON("s1_mc_se", "st_mc_se"))
    }

    var morrisJSON: JSONValue {
        .object(
            [("name", .string(name)), ("mu_star", .finite(muStar)), ("mu", .finite(mu)), ("sigma", .finite(sigma))]
                + noiseJSON("mu_mc_se", "mu_star_mc_se"))
    }

    private func noiseJSON(_ first: String, _ main: String) -> [(String, JSONValue)] {
        guard let withinNoise else { return [] }
        return [(first, .finite(firstMCError)), (main, .finite(mainMCError)), ("within_noise", .bool(withinNoise))]
    }
}

/// `value` when finite; nil for NaN, infinities and nil (the file's `null`).
func finite(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}

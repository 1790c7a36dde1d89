import Foundation
public import PlanData

/// What `plansim serve` hands to `plansim-serve`, the live page's server (docs/serve.md):
/// the arguments `plansim serve` has already parsed and checked, resolved (the language
/// chosen, the numbers read as written).
///
/// `plansim` itself does not link the web server, so that `make demo` compiles none of it;
/// `plansim serve` checks its arguments, the plan and the scenario file, then replaces
/// itself with `plansim-serve` beside it, passing this value as JSON in the environment
/// variable ``environmentKey``. Contract: a value read back equals the one written; a
/// missing or malformed value reads as nil (the server then refuses to start).
public struct ServeLaunch: Codable, Sendable, Equatable {
    /// The plan file, or nil for the embedded plan.
    public var planFile: String?
    /// The scenario file the page opens with (a path that existed when it was checked), or nil.
    public var scenarioFile: String?
    public var host: String
    public var port: Int
    /// Paths of the page's full pass and its default seed, within ``pathRange`` and ``seedRange``.
    public var paths: Int
    public var seed: UInt64
    public var language: Language
    /// The access token every request must carry, or nil.
    public var token: String?

    /// The paths `plansim serve --paths` accepts: the server's request limit (`ServerLimits.paths`).
    public static let pathRange = 1...200_000
    /// The seeds `plansim serve --seed` accepts: the integers JavaScript holds exactly
    /// (`ServerLimits.seeds`).
    public static let seedRange: ClosedRange<UInt64> = 0...(1 << 53 - 1)
    /// The environment variable that carries the JSON.
    public static let environmentKey = "PLANSIM_SERVE_LAUNCH"
    /// The server's file name, beside `plansim`.
    public static let executableName = "plansim-serve"

    public init(
        planFile: String?, scenarioFile: String?, host: String, port: Int, paths: Int, seed: UInt64,
        language: Language, token: String?
    ) {
        self.planFile = planFile
        self.scenarioFile = scenarioFile
        self.host = host
        self.port = port
        self.paths = paths
        self.seed = seed
        self.language = language
        self.token = token
    }

    /// The value as the one-line JSON the environment variable carries.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    /// The value `json` wrote, or nil when `text` is not one.
    public init?(json text: String) {
        guard let value = try? JSONDecoder().decode(ServeLaunch.self, from: Data(text.utf8)) else { return nil }
        self = value
    }
}

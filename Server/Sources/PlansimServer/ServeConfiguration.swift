public import Foundation
public import PlanData
public import PlansimKit

/// What `plansim serve` serves: the plan, the scenario the page opens with, where named
/// scenarios and includes are found, the defaults and the limits.
public struct ServeConfiguration: Sendable {
    /// The plan every scenario runs on (a `plan` directive in posted text never replaces it).
    public var plan: Dataset
    /// The name of the plan file, or nil for the embedded plan (shown in the page and URL).
    public var planFile: String?
    /// The scenario text the page opens with; nil for a scenario the page writes from its levers.
    public var initialText: String?
    /// The folder posted text is read in: its includes resolve here and never above it;
    /// its `.scn` files are the page's named scenarios.
    public var scenarioFolder: URL
    /// Paths and seed of a request that gives none (the page's full pass).
    public var paths: Int
    public var seed: UInt64
    /// The page's and the messages' language by default.
    public var language: Language
    /// When set, every request must carry it (`?token=` or the `X-Plansim-Token` header).
    public var token: String?
    public var limits: ServerLimits

    public init(
        plan: Dataset, planFile: String? = nil, initialText: String? = nil, scenarioFolder: URL,
        paths: Int = LiveRun.defaultPaths,
        seed: UInt64 = 20210929, language: Language = .zh, token: String? = nil, limits: ServerLimits = ServerLimits()
    ) {
        self.plan = plan
        self.planFile = planFile
        self.initialText = initialText
        self.scenarioFolder = scenarioFolder
        self.paths = paths
        self.seed = seed
        self.language = language
        self.token = token
        self.limits = limits
    }

    /// The path posted text is read as: a file of the scenario folder.
    var textPath: String { scenarioFolder.appendingPathComponent("page.scn").path }

    /// The named scenarios: each `.scn` file of the scenario folder with one scenario of
    /// its own (sweep-only files included), sorted by name, with its text.
    public func namedScenarios() -> [(name: String, text: String)] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: scenarioFolder.path)) ?? []
        return files.filter { $0.hasSuffix(".scn") }.sorted().compactMap { file in
            let url = scenarioFolder.appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: url.path), data.count <= limits.maxBodyBytes,
                let text = String(data: data, encoding: .utf8)
            else { return nil }
            return (String(file.dropLast(4)), text)
        }
    }
}

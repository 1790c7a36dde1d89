public import Artifacts
import Foundation
public import PlanData
public import Reports
public import ScenarioDSL
public import Simulation

/// A scenario ready to simulate: its program, the scenario chosen and compiled, the data
/// it runs on and the model built from them. `run` and `compare` both start here.
public struct PreparedScenario: Sendable {
    public let source: ScenarioSource
    public let program: ScenarioProgram
    public let name: String
    public let spec: ScenarioSpec
    /// The plan as the program holds it (a `plan` directive may have replaced the one given).
    public let plan: Dataset
    /// ``plan`` with the user's yearly values applied.
    public let dataset: Dataset
    public let model: SimulationModel

    /// Loads `source` on `plan`, compiles `scenario` (or the file's only one), applies
    /// `dataFile` (else the scenario's `data` file) and builds the model (its fit from
    /// `cache` when given).
    ///
    /// - Throws: ``ScenarioRejection`` with every diagnostic; ``InputIssue`` when a file is
    ///   missing, the scenario cannot be chosen, or it does not fit the data.
    public init(
        _ source: ScenarioSource, plan: Dataset, planSetting: Bool, scenario: String?, dataFile: String?,
        cache: RunCache? = nil
    ) throws {
        self.source = source
        program = try source.program(on: plan, planSetting: planSetting)
        self.plan = program.dataset
        (name, spec) = try ScenarioSelection.compile(scenario, in: program, file: source.path)
        dataset = try RunWorkflow.dataset(program.dataset, userFile: dataFile ?? spec.dataFile)
        model = try RunWorkflow.model(dataset, spec: spec, file: source.path, cache: cache)
    }

    /// Where the run's inputs came from, stamped now, with the reference panel (file and
    /// SHA-256) when one gave the `reference` prior set.
    public func provenance(paths: Int, seed: UInt64, reference: DataOrigin.UserFile? = nil) -> RunProvenance {
        var origin = DataDescription.origin(dataset)
        origin.reference = reference
        return RunProvenance(
            version: PlansimKit.version, scenario: name, scenarioSHA256: SHA256.hex(source.hashedBytes),
            seed: seed, paths: paths, data: origin.description,
            created: ISO8601DateFormatter().string(from: Date()))
    }
}

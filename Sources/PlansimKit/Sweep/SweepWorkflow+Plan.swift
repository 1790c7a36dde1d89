import Foundation
public import PlanData
import ScenarioDSL
public import Sensitivity

extension SweepWorkflow {
    /// The sweep's plan: scenario `scenario` (or the file's only one) of the scenario file
    /// `file` on `plan`, with the scenario's `data` file or `dataFile` (which wins) applied;
    /// the fingerprint covers every file read, by content.
    ///
    /// - Throws: ``ScenarioRejection`` with every diagnostic; ``InputIssue`` when a file is
    ///   missing, the scenario cannot be chosen or the sweep cannot be planned.
    public static func plan(
        file: String, plan: Dataset, planSetting: Bool, scenario: String?, sweep: String?, seed: UInt64?,
        roundN: Bool, pathsPerSample: Int, dataFile: String? = nil
    ) throws -> SweepPlan {
        let program = ScenarioProgram(
            path: file, bytes: try ScenarioSource.read(file), dataset: plan, planSetting: planSetting)
        let embedded = program.dataset
        let diagnostics = program.allDiagnostics()
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw ScenarioRejection(diagnostics: diagnostics, program: program)
        }
        let name = try ScenarioSelection.pick(scenario, in: program, file: file)
        var dataset = embedded
        var dataContent: (path: String, bytes: [UInt8])?
        let scenarioData: String? = {
            if case .success(let spec) = program.compile(name) { return spec.dataFile } else { return nil }
        }()
        if let user = dataFile ?? scenarioData {
            dataset = embedded.applying(try UserData.load(path: user, for: embedded))
            dataContent = (user, FileManager.default.contents(atPath: user).map { [UInt8]($0) } ?? [])
        }
        do {
            return try SweepPlan.make(
                program: program, scenario: name, sweep: sweep, dataset: dataset, seed: seed, roundUp: roundN,
                pathsPerSample: pathsPerSample, version: PlansimKit.version, dataFile: dataContent)
        } catch {
            throw InputIssue(file: file, field: sweep, message: error.why, help: error.remedy)
        }
    }
}

import Foundation
import PlanData
import Reports
import Simulation

/// `plansim compare` as a function: scenarios on common random numbers → one report
/// document each, in the order given (the first is the reference).
public enum CompareWorkflow {
    /// Runs every entry with the same paths and seed (the request's, else the first
    /// scenario's), one after another; stops at the first scenario that is refused.
    ///
    /// - Throws: ``ScenarioRejection`` or ``InputIssue`` for the first entry refused.
    public static func run(_ request: CompareRequest) throws -> CompareOutcome {
        var documents: [ReportDocument] = []
        var shared: (paths: Int, seed: UInt64)?
        for entry in request.entries {
            let prepared = try PreparedScenario(
                entry.source, plan: request.plan, planSetting: request.planSetting,
                scenario: entry.scenario, dataFile: request.dataFile)
            let run = shared ?? (request.paths ?? prepared.spec.paths, request.seed ?? prepared.spec.seed)
            shared = run
            request.willRun?(prepared.name, run.paths)
            var options = RunOptions(paths: run.paths, seed: run.seed, threads: request.threads)
            options.stream = request.stream
            let result = MonteCarlo.run(prepared.model, options: options)
            var provenance = prepared.provenance(paths: run.paths, seed: run.seed)
            provenance.stream = request.stream.rawValue
            var document = ReportDocument(
                result: result, dataset: prepared.dataset, inversions: [], provenance: provenance)
            document.assumptions = ReportDocument.assumptions(from: prepared.program.explain(prepared.name))
            documents.append(document)
        }
        return CompareOutcome(documents: documents)
    }
}

import Foundation
public import PlanData
public import PlansimKit
import Reports

/// The server's work, done by the library's workflows: a run (``RunWorkflow``), a check
/// (``ScenarioCheck``), a briefing (``ReportFormat`` — the writers of `report`). Each call
/// blocks; the routes run it inside a ``RunGate`` slot.
public struct ServeEngine: Sendable {
    public let configuration: ServeConfiguration
    /// The fitted models and baseline figures the page's runs share (the same bits as
    /// without it; docs/serve.md, "Latency").
    let cache = RunCache()
    /// Which page runs are superseded by a newer change of the same page.
    let generations = RunGenerations()

    public init(_ configuration: ServeConfiguration) { self.configuration = configuration }

    /// The JSON `plansim run FILE --paths N --seed S --json` prints for the request's text.
    ///
    /// - Throws: ``APIError`` 400 with the diagnostics when the text does not check, or
    ///   with the message when it cannot run (e.g. it does not fit the data).
    /// The document comes rendered (as the run's readability check rendered it).
    public func run(_ request: APIRequest) throws(APIError) -> String {
        try outcome(request, invert: request.invert).jsonText
    }

    /// Records the arrival of a live run (``RunGenerations/begin(client:generation:)``);
    /// false when a newer change of the same page arrived first. A request without
    /// ``APIRequest/client`` and ``APIRequest/generation`` is always current.
    public func begin(_ request: APIRequest) -> Bool {
        guard let client = request.client, let generation = request.generation else { return true }
        return generations.begin(client: client, generation: generation)
    }

    /// The live page's figures for the request's text (``LiveRun``: the numbers of
    /// ``run(_:)`` the page draws, without the rest of the document), or nil when a newer
    /// change of the same page (``APIRequest/client``, ``APIRequest/generation``) has
    /// begun: the run stops at its next checkpoint.
    ///
    /// Adds the run's phases to `times` (``LiveRun/run(_:isCancelled:times:)``).
    ///
    /// - Throws: ``APIError`` 400 as ``run(_:)``.
    public func live(_ request: APIRequest, times: inout PhaseTimes) throws(APIError) -> String? {
        let current: () -> Bool
        if let client = request.client, let generation = request.generation {
            current = { [generations] in generations.isCurrent(client: client, generation: generation) }
        } else {
            current = { true }
        }
        return try refusing(request) {
            try LiveRun.run(runRequest(request, invert: false), isCancelled: { !current() }, times: &times)
        }
    }

    /// The request's diagnostics (empty when it checks) as `{"diagnostics": [...]}`.
    public func check(_ request: APIRequest) -> JSONValue {
        ScenarioCheck.json(
            ScenarioCheck.diagnostics(
                request.scenario, path: configuration.textPath, plan: configuration.plan,
                language: request.language ?? configuration.language))
    }

    /// The briefing of the request's run in its format (`pdf`, `docx` or `xlsx`): file name and bytes.
    ///
    /// - Throws: ``APIError`` 400 as ``run(_:)``; 500 when the file cannot be made (PDF without Chromium).
    public func report(_ request: APIRequest) throws(APIError) -> BriefingFile {
        let format = ReportFormat(rawValue: request.format ?? "pdf") ?? .pdf
        let run = try outcome(request, invert: true)
        let language = request.language ?? configuration.language
        let files: [(name: String, contents: Data)]
        do { files = try ReportFormat.files([format], run.document, language: language) } catch {
            throw APIError(
                status: 500,
                message: Phrase(zh: "无法生成简报：", en: "the briefing cannot be made: ")
                    + Phrase(zh: error.messageZH ?? error.message, en: error.message),
                help: error.help.map { Phrase(zh: error.helpZH ?? $0, en: $0) })
        }
        guard let file = files.first(where: { $0.name.hasSuffix("." + format.rawValue) }) ?? files.first else {
            throw APIError(status: 500, message: Phrase(zh: "未生成任何简报文件", en: "no briefing file was made"))
        }
        return BriefingFile(name: file.name, contents: file.contents)
    }

    /// Runs the request's text through ``RunWorkflow`` on one worker thread (the page's
    /// runs share the machine; results are the same on any thread count).
    func outcome(_ request: APIRequest, invert: Bool) throws(APIError) -> RunOutcome {
        try refusing(request) { try RunWorkflow.run(runRequest(request, invert: invert)) }
    }

    /// The workflow request of `request`: its text read in the scenario folder, on one thread, with the cache.
    func runRequest(_ request: APIRequest, invert: Bool) -> RunRequest {
        var run = RunRequest(
            source: .text(request.scenario, path: configuration.textPath), plan: configuration.plan, planSetting: false,
            scenario: request.name, paths: request.paths, seed: request.seed, threads: 1, invert: invert,
            language: request.language ?? configuration.language)
        run.allowNonfinite = false
        run.cache = cache
        return run
    }

    /// `work`'s value, its failures turned into the API's refusals.
    func refusing<T>(_ request: APIRequest, _ work: () throws -> T) throws(APIError) -> T {
        do { return try work() } catch is ScenarioRejection {
            throw APIError(
                status: 400, message: Phrase(zh: "情景未通过检查", en: "the scenario does not check"),
                help: Phrase(zh: "请按诊断修改情景文本", en: "change the scenario text as the diagnostics say"),
                diagnostics: check(request))
        } catch let issue as InputIssue {
            throw APIError(
                status: 400, message: Phrase(zh: issue.messageZH ?? issue.message, en: issue.message),
                help: issue.help.map { Phrase(zh: issue.helpZH ?? $0, en: $0) })
        } catch {
            throw APIError(status: 500, message: Phrase(zh: "运行失败：\(error)", en: "the run failed: \(error)"))
        }
    }
}

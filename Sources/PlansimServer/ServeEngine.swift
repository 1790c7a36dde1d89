import Foundation
public import PlanData
import PlansimKit
import Reports

/// The server's work, done by the library's workflows: a run (``RunWorkflow``), a check
/// (``ScenarioCheck``), a briefing (``ReportFormat`` — the writers of `report`). Each call
/// blocks; the routes run it inside a ``RunGate`` slot.
public struct ServeEngine: Sendable {
    public let configuration: ServeConfiguration
    /// The fitted models and baseline figures the page's runs share (the same bits as
    /// without it; docs/serve.md, "Latency").
    let cache = RunCache()

    public init(_ configuration: ServeConfiguration) { self.configuration = configuration }

    /// The JSON `plansim run FILE --paths N --seed S --json` prints for the request's text.
    ///
    /// - Throws: ``APIError`` 400 with the diagnostics when the text does not check, or
    ///   with the message when it cannot run (e.g. it does not fit the data).
    /// The document comes rendered (as the run's readability check rendered it).
    public func run(_ request: APIRequest) throws(APIError) -> String {
        try outcome(request, invert: request.invert).jsonText
    }

    /// The request's diagnostics (empty when it checks) as `{"diagnostics": [...]}`.
    public func check(_ request: APIRequest) -> JSONValue {
        ScenarioCheck.json(ScenarioCheck.diagnostics(request.scenario, path: configuration.textPath, plan: configuration.plan,
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
            throw APIError(status: 500, message: Phrase(zh: "无法生成简报：", en: "the briefing cannot be made: ") + Phrase(zh: error.messageZH ?? error.message, en: error.message),
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
        let language = request.language ?? configuration.language
        var run = RunRequest(source: .text(request.scenario, path: configuration.textPath), plan: configuration.plan, planSetting: false,
                             scenario: request.name, paths: request.paths, seed: request.seed, threads: 1, invert: invert, language: language)
        run.allowNonfinite = false
        run.cache = cache
        do { return try RunWorkflow.run(run) } catch is ScenarioRejection {
            throw APIError(status: 400, message: Phrase(zh: "情景未通过检查", en: "the scenario does not check"),
                           help: Phrase(zh: "请按诊断修改情景文本", en: "change the scenario text as the diagnostics say"),
                           diagnostics: check(request))
        } catch let issue as InputIssue {
            throw APIError(status: 400, message: Phrase(zh: issue.messageZH ?? issue.message, en: issue.message),
                           help: issue.help.map { Phrase(zh: issue.helpZH ?? $0, en: $0) })
        } catch {
            throw APIError(status: 500, message: Phrase(zh: "运行失败：\(error)", en: "the run failed: \(error)"))
        }
    }
}


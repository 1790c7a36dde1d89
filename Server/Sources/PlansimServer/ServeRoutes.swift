import Foundation
import HTTPTypes
public import Hummingbird
import PlanData
import PlansimKit

/// The routes of `plansim serve` (docs/serve.md): the page and its assets, compiled into
/// the binary and looked up by exact name (no path ever reaches the file system), and the
/// JSON API. Every refusal is a JSON body with its status; no request stops the server.
public enum ServeRoutes {
    /// The router for `configuration`, with the token check when it has a token.
    public static func router(_ configuration: ServeConfiguration) -> Router<BasicRequestContext> {
        let engine = ServeEngine(configuration)
        let gate = RunGate(slots: configuration.limits.concurrentRuns)
        let limits = configuration.limits
        let defaults = (paths: configuration.paths, seed: configuration.seed)
        let router = Router()
        if let token = configuration.token { router.add(middleware: TokenMiddleware(token: token)) }
        for asset in PageAssets.all {
            router.get(RouterPath(asset.path)) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-store"],
                    body: .init(byteBuffer: ByteBuffer(string: asset.text)))
            }
        }
        router.get("/api/plan") { _, _ in
            json(PlanOutline.json(configuration.plan).objectAdding(("page", pageSettings(configuration))))
        }
        router.get("/api/scenarios") { _, _ in
            json(
                .array(
                    configuration.namedScenarios().map {
                        .object([("name", .string($0.name)), ("text", .string($0.text))])
                    }))
        }
        router.post("/api/check") { request, _ in
            await respond {
                let body = try await read(request, limit: limits.maxBodyBytes)
                let parsed = try APIRequest.parse(body, defaults: defaults, limits: limits)
                return json(engine.check(parsed))
            }
        }
        router.post("/api/run") { request, _ in
            await respond {
                var times = PhaseTimes()
                let body = try await read(request, limit: limits.maxBodyBytes)
                let parsed = try times.measure("request") {
                    try APIRequest.parse(body, defaults: defaults, limits: limits)
                }
                let work: @Sendable () throws -> (String, PhaseTimes) = timed(since: .now()) { times in
                    try times.measure("run") { try engine.run(parsed) }
                }
                guard let (result, phases) = try await gate.run(wait: limits.slotWait, work) else {
                    throw APIError.busy
                }
                times.append(phases)
                return json(rendered: result, timing: times)
            }
        }
        router.post("/api/live") { request, _ in
            await respond {
                var times = PhaseTimes()
                let body = try await read(request, limit: limits.maxBodyBytes)
                let parsed = try times.measure("request") {
                    try APIRequest.parse(body, defaults: defaults, limits: limits)
                }
                guard engine.begin(parsed) else { throw APIError.superseded }
                let work: @Sendable () throws -> (String?, PhaseTimes) = timed(since: .now()) { times in
                    try engine.live(parsed, times: &times)
                }
                guard let (done, phases) = try await gate.run(wait: limits.slotWait, work) else { throw APIError.busy }
                guard let result = done else { throw APIError.superseded }
                times.append(phases)
                return json(rendered: result, timing: times)
            }
        }
        router.post("/api/report") { request, _ in
            await respond {
                let parsed = try APIRequest.parse(
                    try await read(request, limit: limits.maxBodyBytes), defaults: defaults, limits: limits)
                let work: @Sendable () throws -> BriefingFile = { try engine.report(parsed) }
                guard let file = try await gate.run(wait: limits.slotWait, work) else { throw APIError.busy }
                return Response(
                    status: .ok,
                    headers: [
                        .contentType: contentType(parsed.format ?? "pdf"),
                        .contentDisposition: "attachment; filename=\"\(file.name)\"",
                    ],
                    body: .init(byteBuffer: ByteBuffer(bytes: file.contents)))
            }
        }
        return router
    }

    /// The media type of a briefing format.
    static func contentType(_ format: String) -> String {
        switch format {
        case "pdf": return "application/pdf"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        default: return "application/octet-stream"
        }
    }

    /// What the page needs besides the plan: defaults, limits, the opening text, the plan file.
    static func pageSettings(_ c: ServeConfiguration) -> JSONValue {
        .object([
            ("paths", .integer(c.paths)), ("seed", .unsigned(c.seed)),
            ("quick_paths", .integer(LiveRun.quickPaths(c.paths))),
            ("max_paths", .integer(c.limits.paths.upperBound)), ("language", .string(c.language.rawValue)),
            ("initial_text", c.initialText.map(JSONValue.string) ?? .null),
            ("plan_file", c.planFile.map(JSONValue.string) ?? .null),
        ])
    }

    /// The body, at most `limit` bytes.
    ///
    /// - Throws: ``APIError`` 413 when it is longer.
    static func read(_ request: Request, limit: Int) async throws(APIError) -> Data {
        var request = request
        do { return Data(buffer: try await request.collectBody(upTo: limit)) } catch {
            throw APIError(
                status: 413,
                message: Phrase(
                    zh: "请求正文超过 \(limit) 字节的上限", en: "the request body is over the limit of \(limit) bytes"),
                help: Phrase(zh: "请缩短情景文本", en: "shorten the scenario text"))
        }
    }

    /// `work`'s response, or the refusal it threw as a JSON body with its status.
    static func respond(_ work: () async throws -> Response) async -> Response {
        do { return try await work() } catch let error as APIError {
            return json(error.json, status: HTTPResponse.Status(code: error.status))
        } catch {
            return json(
                APIError(status: 500, message: Phrase(zh: "服务器内部错误：\(error)", en: "internal error: \(error)")).json,
                status: .internalServerError)
        }
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(rendered: value.rendered(), status: status)
    }

    /// A JSON response of text already rendered by `JSONValue.rendered()`, with the
    /// `Server-Timing` header of `timing` when given.
    static func json(rendered text: String, status: HTTPResponse.Status = .ok, timing: PhaseTimes? = nil) -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"]
        if let timing { headers[.serverTiming] = timing.header }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// A run slot's work: `work` with its phases, after a `wait` phase from `queued` (the
    /// request read) to the work's start on its thread (the time spent waiting for a slot).
    static func timed<T>(since queued: DispatchTime, _ work: @escaping @Sendable (inout PhaseTimes) throws -> T)
        -> @Sendable () throws -> (T, PhaseTimes)
    {
        {
            var times = PhaseTimes()
            times.add(
                "wait", milliseconds: Double(DispatchTime.now().uptimeNanoseconds - queued.uptimeNanoseconds) / 1e6)
            return (try work(&times), times)
        }
    }
}

extension HTTPField.Name {
    /// `Server-Timing` (W3C Server Timing): the phases of a run, read by the page's latency split.
    static let serverTiming = HTTPField.Name("Server-Timing")!
}

extension JSONValue {
    /// This object with `field` appended (other values unchanged).
    func objectAdding(_ field: (String, JSONValue)) -> JSONValue {
        guard case .object(let fields) = self else { return self }
        return .object(fields + [field])
    }
}

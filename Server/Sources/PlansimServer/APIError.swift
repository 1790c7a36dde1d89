import Foundation
public import PlanData

/// A refused request: its HTTP status and what is wrong and what to do, in both languages;
/// a scenario that does not check carries its located diagnostics.
public struct APIError: Error, Sendable {
    public let status: Int
    public let message: Phrase
    public let help: Phrase?
    public let diagnostics: JSONValue?

    public init(status: Int, message: Phrase, help: Phrase? = nil, diagnostics: JSONValue? = nil) {
        self.status = status
        self.message = message
        self.help = help
        self.diagnostics = diagnostics
    }

    /// The body sent: `{"error": {"zh", "en"}, "help": {...}, "diagnostics": [...]}`.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("error", .object([("zh", .string(message.zh)), ("en", .string(message.en))]))
        ]
        if let help { fields.append(("help", .object([("zh", .string(help.zh)), ("en", .string(help.en))]))) }
        if case .object(let items)? = diagnostics { fields += items }
        return .object(fields)
    }

    static func badJSON(_ detail: String) -> APIError {
        APIError(
            status: 400,
            message: Phrase(
                zh: "请求正文不是有效的 JSON 对象：\(detail)", en: "the request body is not a valid JSON object: \(detail)"),
            help: Phrase(
                zh: "请发送形如 {\"scenario\": \"…\", \"paths\": 2000, \"seed\": 1} 的 JSON",
                en: "send JSON like {\"scenario\": \"…\", \"paths\": 2000, \"seed\": 1}"))
    }

    static func field(_ name: String, zh: String, en: String) -> APIError {
        APIError(
            status: 400, message: Phrase(zh: "字段 `\(name)`：\(zh)", en: "field `\(name)`: \(en)"),
            help: Phrase(zh: "范围见 docs/serve.md", en: "docs/serve.md gives the ranges"))
    }

    /// A live run of a page whose newer change has begun: nobody waits for it any more.
    static let superseded = APIError(
        status: 409,
        message: Phrase(
            zh: "该运行已被同一页面的新改动取代，已停止", en: "a newer change of the same page superseded this run; it was stopped"),
        help: Phrase(zh: "页面会显示最新改动的结果", en: "the page shows the newest change's results"))

    static let busy = APIError(
        status: 503,
        message: Phrase(
            zh: "服务器正忙：同时运行的模拟已达上限", en: "the server is busy: the most simulations it runs at once are running"),
        help: Phrase(zh: "请稍后重试", en: "try again in a moment"))
}

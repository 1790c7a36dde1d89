import Foundation
import HTTPTypes
import Hummingbird
import PlanData

/// Refuses (401) every request that does not carry the server's token, as `?token=` in the
/// URL or the `X-Plansim-Token` header; the page passes on the one it was opened with.
struct TokenMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let token: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let header = request.headers[HTTPField.Name("X-Plansim-Token")!]
        let query = request.uri.queryParameters.get("token")
        guard Self.same(header ?? query ?? "", token) else {
            let error = APIError(
                status: 401, message: Phrase(zh: "缺少或错误的访问令牌", en: "missing or wrong access token"),
                help: Phrase(
                    zh: "请用启动时打印的完整地址（含 ?token=）打开页面",
                    en: "open the page at the full address printed at start (with ?token=)"))
            return ServeRoutes.json(error.json, status: .unauthorized)
        }
        return try await next(request, context)
    }

    /// Compares in time that does not depend on where the strings differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

import Foundation
import Hummingbird
import HummingbirdTesting
import PlanData
import PlansimKit
import PlansimServer
import PlansimTestSupport
import ScenarioDSL

/// The server the tests talk to: the embedded plan, the repository's `scenarios/`, and
/// small path counts so each run takes a fraction of a second.
enum ServeFixture {
    static let plan = PlanFiles.embedded
    static let folder = TestPaths.repository.appendingPathComponent("scenarios")

    static func configuration(token: String? = nil, limits: ServerLimits = ServerLimits()) -> ServeConfiguration {
        ServeConfiguration(plan: plan, initialText: PageScenario.text(for: plan), scenarioFolder: folder, paths: 200, seed: 7,
                           language: .zh, token: token, limits: limits)
    }

    static func application(_ configuration: ServeConfiguration = configuration()) -> some ApplicationProtocol {
        Application(router: ServeRoutes.router(configuration), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    /// The page's opening scenario with a one-off shock written in, as a lever writes it.
    static let shocked = PageScenario.text(for: plan).replacingOccurrences(of: "\n}", with: "\n    shock retail_sales -10% in 2022\n}")

    /// A JSON request body.
    static func body(_ fields: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: (try? JSONSerialization.data(withJSONObject: fields)) ?? Data())
    }

    /// A response body parsed as a JSON object (empty when it is not one).
    static func object(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer: buffer))) as? [String: Any] ?? [:]
    }

    /// `value` rendered without its `provenance` (which stamps the time of the run).
    static func withoutProvenance(_ value: JSONValue) -> String {
        guard case .object(let fields) = value else { return value.rendered() }
        return JSONValue.object(fields.filter { $0.0 != "provenance" }).rendered()
    }

    /// A response body parsed with the project's JSON reader, without `provenance`.
    static func withoutProvenance(_ buffer: ByteBuffer) -> String {
        guard var object = object(buffer) as [String: Any]? else { return "" }
        object["provenance"] = nil
        return String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    /// `value` as sorted-key JSON without `provenance`, comparable with ``withoutProvenance(_:)-(ByteBuffer)``.
    static func sortedWithoutProvenance(_ value: JSONValue) -> String {
        withoutProvenance(ByteBuffer(string: value.rendered()))
    }
}

import Foundation
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
        ServeConfiguration(
            plan: plan, initialText: PageScenario.text(for: plan), scenarioFolder: folder, paths: 200, seed: 7,
            language: .zh, token: token, limits: limits)
    }

    /// The page's opening scenario with a one-off shock written in, as a lever writes it.
    static let shocked = PageScenario.text(for: plan).replacingOccurrences(
        of: "\n}", with: "\n    shock retail_sales -10% in 2022\n}")

    /// `value` rendered without its `provenance` (which stamps the time of the run).
    static func withoutProvenance(_ value: JSONValue) -> String {
        guard case .object(let fields) = value else { return value.rendered() }
        return JSONValue.object(fields.filter { $0.0 != "provenance" }).rendered()
    }

    /// A response body parsed as JSON, without `provenance`, with sorted keys.
    static func withoutProvenance(_ data: Data) -> String {
        var object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        object["provenance"] = nil
        return String(
            decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(),
            as: UTF8.self)
    }

    /// `value` as sorted-key JSON without `provenance`, comparable with ``withoutProvenance(_:)-(Data)``.
    static func sortedWithoutProvenance(_ value: JSONValue) -> String {
        withoutProvenance(Data(value.rendered().utf8))
    }
}

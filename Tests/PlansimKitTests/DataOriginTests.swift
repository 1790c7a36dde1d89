import Artifacts
import PlanData
import PlansimKit
import ScenarioDSL
import Testing

/// The data line of a run's provenance: written and read by one type, its Chinese made
/// from its parts. Rewording the English without the reader fails `roundTrips`; a
/// Chinese built by translating the English would fail `chineseHasNoEnglishWords`.
@Suite struct DataOriginTests {
    static let hash = String(repeating: "ab12", count: 16)
    static let origins: [DataOrigin] = [
        DataOrigin(plan: .embedded(vintage: "2021-09-29"), reconstructed: 2016...2020),
        DataOrigin(plan: .embedded(vintage: "2021-09-29")),
        DataOrigin(
            plan: .file(path: "plans/examples/qingxi-14th.plan", sha256: hash),
            userFiles: [.init(path: "my data, v2.csv", sha256: hash), .init(path: "b.csv", sha256: hash)]),
        DataOrigin(plan: .file(path: "odd sha256 name.plan", sha256: hash), reconstructed: 2018...2020),
    ]

    @Test(arguments: origins)
    func roundTrips(origin: DataOrigin) {
        #expect(DataOrigin(parsing: origin.description) == origin, "\(origin.description)")
    }

    /// Only file names, hashes, years and dates are left once the Chinese words are
    /// taken out: no English word survives.
    @Test(arguments: origins)
    func chineseHasNoEnglishWords(origin: DataOrigin) {
        var zh = origin.phrase.zh
        if case .file(let path, _) = origin.plan { zh = zh.replacingOccurrences(of: path, with: "") }
        for kept in origin.userFiles.map(\.path) + ["sha256", Self.hash] {
            zh = zh.replacingOccurrences(of: kept, with: "")
        }
        #expect(!zh.contains { $0.isASCII && $0.isLetter }, "\(origin.phrase.zh)")
    }

    @Test func theEmbeddedPlansLineInBothLanguages() {
        let origin = DataDescription.origin(PlanFiles.embedded)
        #expect(origin.description == "embedded plan (2021-09-29), reconstructed 2016–2020 history")
        #expect(origin.phrase.zh == "规划内置数据（2021-09-29），2016–2020年历史为重建值")
        #expect(DataDescription.of(PlanFiles.embedded) == origin.description)
    }

    @Test func otherTextIsNotAnOrigin() {
        #expect(DataOrigin(parsing: "embedded plan (x), measured 2016–2020 history") == nil)
        #expect(DataOrigin(parsing: "something else") == nil)
        #expect(DataOrigin(parsing: "plan file a.plan") == nil)
    }
}

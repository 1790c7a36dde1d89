import Foundation
import PlanData

/// One planner's CSV through text decoding, the CSV parser and the `--data` validation,
/// and the rendering of every issue.
enum CSVTarget {
    static let dataset = HaibinPlan.dataset()
    static let path = NSTemporaryDirectory() + "plansim-fuzz-\(getpid()).csv"

    static let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32 = { data, size in
        let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
        if let text = try? TextDecoding.decode(bytes, file: "input.csv"),
           let document = try? CSVDocument.parse(text, file: "input.csv", optionalTrailing: 1) {
            _ = document.records.count
        }
        guard FileManager.default.createFile(atPath: CSVTarget.path, contents: bytes) else { return 0 }
        do { _ = try UserData.load(path: CSVTarget.path, for: CSVTarget.dataset) } catch let errors as InputErrors { _ = errors.description } catch {}
        return 0
    }
}

import Foundation
import PlanData

extension EffectDirection {
    /// The directions from `samples.npy` and `outputs.npy` (the sweep's default files),
    /// with the input names from `indices.json`; nil when the folder has no such files
    /// (a `--csv` sweep) or they do not read as the sweep wrote them.
    static func fromNPYFolder(_ folder: URL, sizeLimit: Int) -> [String: Double]? {
        let file = { (name: String) in folder.appendingPathComponent(name) }
        guard let samples = NPYMatrix(file("samples.npy"), sizeLimit: sizeLimit),
            let outputs = NPYMatrix(file("outputs.npy"), sizeLimit: sizeLimit),
            samples.rows == outputs.rows, outputs.columns > 0,
            let data = try? Data(contentsOf: file("indices.json")),
            let indices = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let inputs = indices["inputs"] as? [[String: Any]]
        else { return nil }
        let names = inputs.compactMap { $0["name"] as? String }
        guard names.count == samples.columns else { return nil }
        let rows = sampledRows(count: samples.rows)  // the rows `plansim sweep` used
        let rho = rankCorrelations(
            samples: rows.map { samples.row($0) }, measure: rows.map { outputs.row($0).last ?? .nan })
        return Dictionary(zip(names, rho), uniquingKeysWith: { a, _ in a })
    }
}

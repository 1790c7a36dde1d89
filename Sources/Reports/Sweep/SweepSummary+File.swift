public import Foundation
public import PlanData

extension SweepSummary {
    /// The summary of a finished sweep read back from its `indices.json` (what
    /// `plansim report` re-renders a sweep folder from); the folder's name stands for
    /// the sweep's.
    ///
    /// - Throws: ``InputIssue`` naming the file and field when it is not a sweep's indices.
    public init(indicesFile path: String) throws(InputIssue) {
        guard let data = FileManager.default.contents(atPath: path),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw InputIssue(file: path, message: Phrase(zh: "不是已完成的敏感性分析的指数文件", en: "not the indices of a finished sweep"),
                             help: Phrase(zh: "请先用 `plansim sweep` 或 `plansim merge` 完成敏感性分析", en: "finish the sweep with `plansim sweep` or `plansim merge` first"))
        }
        guard let method = root["method"] as? String, let inputs = root["inputs"] as? [[String: Any]], !inputs.isEmpty else {
            throw InputIssue(file: path, field: "inputs", message: Phrase(zh: "该文件中没有指数", en: "no indices in this file"),
                             help: Phrase(zh: "请重新运行敏感性分析", en: "run the sweep again"))
        }
        func number(_ o: [String: Any], _ k: String) -> Double { (o[k] as? NSNumber)?.doubleValue ?? .nan }
        let rows = inputs.map { i -> Row in
            let name = (i["name"] as? String) ?? "?"
            return method == "morris" ? Row(name: name, main: number(i, "mu_star"), mainConf: .nan, first: number(i, "mu"), firstConf: .nan)
                                      : Row(name: name, main: number(i, "st"), mainConf: number(i, "st_conf"), first: number(i, "s1"), firstConf: number(i, "s1_conf"))
        }
        // Directions from the folder's samples and outputs, when they are there.
        let directions = EffectDirection.fromFolder(URL(fileURLWithPath: path).deletingLastPathComponent())
        let directed = rows.map { row -> Row in var r = row; r.direction = directions[row.name] ?? .nan; return r }
        let n = (root["n"] as? Int) ?? 0
        self.init(sweep: URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent, scenario: (root["scenario"] as? String) ?? "—",
                  method: method, n: n, runs: (root["runs"] as? Int) ?? 0, measure: (root["measure"] as? String) ?? "", rows: directed)
    }

    /// The summary's files in `l`: `summary.md` and `tornado.svg` (`-en` in English).
    public func files(language l: Language) -> [(name: String, contents: Data)] {
        let suffix = l == .zh ? "" : "-en"
        return [("summary\(suffix).md", Data(markdown(language: l).utf8)), ("tornado\(suffix).svg", Data(tornadoSVG(language: l).utf8))]
    }
}

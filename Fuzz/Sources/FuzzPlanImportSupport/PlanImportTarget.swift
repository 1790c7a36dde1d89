import Foundation
import PlanData
import ScenarioDSL

/// One 专栏 table through what `plan import` does: the grid (`.xlsx` when `asXLSX`, else
/// text decoding and the CSV parser), the table reader, the plan writer and the compiler
/// of the written plan, and the rendering of every issue. Shared by `FuzzXLSX` and
/// `FuzzPlanImport` (the CSV side).
public enum PlanImportTarget {
    public static func run(_ data: UnsafePointer<UInt8>?, _ size: Int, asXLSX: Bool) -> Int32 {
        let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
        do {
            let grid = asXLSX ? try TableGrid.xlsx([UInt8](bytes), file: "input.xlsx")
                : try TableGrid.csv(try TextDecoding.decode(bytes, file: "input.csv"), file: "input.csv")
            let table = try PlanTableReader.read(grid)
            for w in table.warnings { _ = "\(w)" }
            let text = PlanWriter.text(PlanDraft(table: table, name: "fuzz"))
            if case .failure(let problems) = PlanFiles.compile(SourceFile(path: "(imported plan)", text: text), origin: "plan") { _ = problems.rendered }
        } catch {
            _ = error.description
        }
        return 0
    }
}

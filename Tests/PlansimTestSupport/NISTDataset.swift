import Foundation
import LinearAlgebra

/// A NIST StRD regression dataset read from its `.dat` file, as the folder README
/// describes: certified values from the lines the header names, data from line 61.
public struct NISTDataset: Sendable {
    public struct Parameter: Sendable {
        public let name: String
        public let starts: [Double]
        public let certified: Double
        public let certifiedSD: Double
    }
    public let name: String
    public let parameters: [Parameter]
    public let residualSD: Double
    public let rSquared: Double?
    /// Rows of the data section, each as the decimal text NIST printed.
    public let rows: [[String]]
    public let columnNames: [String]

    /// Reads a linear (`nonlinear == false`) or nonlinear dataset file.
    public init(path: String, nonlinear: Bool) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        var params: [Parameter] = []
        var residualSD = Double.nan
        var rSquared: Double?
        var expectingResidualSD = false
        for line in lines[30..<59] {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { continue }
            if first.range(of: #"^b\d+$"#, options: [.regularExpression, .caseInsensitive]) != nil {
                let numbers = words.dropFirst().filter { $0 != "=" }.compactMap(Double.init)
                if nonlinear, numbers.count >= 4 {
                    params.append(
                        Parameter(
                            name: first, starts: Array(numbers[0..<2]), certified: numbers[2], certifiedSD: numbers[3]))
                } else if !nonlinear, numbers.count >= 2 {
                    params.append(Parameter(name: first, starts: [], certified: numbers[0], certifiedSD: numbers[1]))
                }
            } else if first == "Residual" && words.count >= 2 && words[1] == "Standard" {
                if let v = words.last.flatMap(Double.init) { residualSD = v }
            } else if first == "Residual" && words.count == 1 {
                expectingResidualSD = true
            } else if expectingResidualSD && first == "Standard" {
                residualSD = Double(words.last ?? "") ?? .nan
                expectingResidualSD = false
            } else if first == "R-Squared" {
                rSquared = Double(words.last ?? "")
            }
        }
        self.parameters = params
        self.residualSD = residualSD
        self.rSquared = rSquared
        columnNames = lines[59].split(separator: " ").dropFirst().map(String.init)
        rows = lines[60...].map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init) }.filter {
            !$0.isEmpty
        }
    }

    /// The data as a CSV with header `y,x` (or `y,x1,...`), for the CLI.
    public var csv: String {
        let header = (["y"] + (columnNames.count > 2 ? (1..<columnNames.count).map { "x\($0)" } : ["x"])).joined(
            separator: ",")
        return ([header] + rows.map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }
}

/// Log relative error as NIST StRD scores it: `−log₁₀(|e − c|/|c|)`, the log absolute
/// error when `c = 0`, capped at `cap` digits and floored at 0.
public func logRelativeError(_ estimate: Double, certified: Double, cap: Double) -> Double {
    if estimate == certified { return cap }
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    if error.isNaN { return 0 }
    return min(cap, max(0, -log10(error)))
}

import Foundation
import LinearAlgebra

/// OLS as `plansim regress` computes it (refined least squares with standard errors,
/// R² and condition number) on Longley and on a random 10,000 × 50 design.
enum OLSBenchmark {
    static func run(dataDirectory: String) throws {
        if let longley = try? String(contentsOfFile: dataDirectory + "/longley.csv", encoding: .utf8) {
            let rows = longley.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map { DoubleDouble(parsing: $0)! } }
            let y = rows.map { $0[0] }
            let predictors = (1..<7).map { j in (name: "x\(j)", values: rows.map { $0[j] }) }
            let ms = try medianMilliseconds(repetitions: 201) {
                _ = try LinearRegression.fit(response: y, predictors: predictors)
            }
            print(String(format: "plansim ols-longley median_ms=%.4f", ms))
        }
        let x = try readDoubles(dataDirectory + "/design.bin")
        let y = try readDoubles(dataDirectory + "/response.bin").map(DoubleDouble.init)
        let m = y.count, n = x.count / m
        // numpy writes row-major (C order): x[i*n + j].
        let predictors = (0..<n).map { j in (name: "x\(j)", values: (0..<m).map { DoubleDouble(x[$0 * n + j]) }) }
        let ms = try medianMilliseconds(repetitions: 15) {
            _ = try LinearRegression.fit(response: y, predictors: predictors, intercept: false)
        }
        print(String(format: "plansim ols-random %dx%d median_ms=%.3f", m, n, ms))
    }
}

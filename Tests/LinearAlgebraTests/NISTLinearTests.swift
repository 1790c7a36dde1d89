import Testing
import Foundation
import LinearAlgebra
import PlansimTestSupport

/// The NIST StRD linear suite, read in place from `../shared/reference/nist-strd/linear`.
///
/// Bars (issue 2): LRE ≥ 9 on every coefficient, ≥ 7 on standard errors, residual SD
/// and R². The certified values carry 15 digits; plain double QR reaches about 7.5 on
/// Filip, so these bars are only met because refinement runs in double-double.
@Suite struct NISTLinearTests {
    /// The model of each dataset: polynomial degree in `x` (nil for Longley's six
    /// predictors) and whether it has an intercept.
    static let models: [String: (degree: Int?, intercept: Bool)] = [
        "Norris": (1, true), "Pontius": (2, true), "NoInt1": (1, false), "NoInt2": (1, false),
        "Filip": (10, true), "Longley": (nil, true), "Wampler1": (5, true), "Wampler2": (5, true),
        "Wampler3": (5, true), "Wampler4": (5, true), "Wampler5": (5, true),
    ]

    static func fit(_ data: NISTDataset) throws -> RegressionResult {
        let model = models[data.name]!
        let y = data.rows.map { DoubleDouble(parsing: $0[0])! }
        var predictors: [(name: String, values: [DoubleDouble])] = []
        if let degree = model.degree {
            let x = data.rows.map { DoubleDouble(parsing: $0[1])! }
            var power = x
            for k in 1...degree {
                predictors.append((k == 1 ? "x" : "x^\(k)", power))
                power = zip(power, x).map { $0 * $1 }
            }
        } else {
            for c in 1..<data.rows[0].count {
                predictors.append(("x\(c)", data.rows.map { DoubleDouble(parsing: $0[c])! }))
            }
        }
        return try LinearRegression.fit(response: y, predictors: predictors, intercept: model.intercept)
    }

    @Test(arguments: models.keys.sorted())
    func certifiedDigits(dataset: String) throws {
        guard let folder = TestPaths.nist("linear") else {
            print("skipped: \(TestPaths.sharedMissingMessage)")
            return
        }
        let data = try NISTDataset(path: folder.appendingPathComponent("\(dataset).dat").path, nonlinear: false)
        let result = try Self.fit(data)
        #expect(result.coefficients.count == data.parameters.count)
        var line = "\(dataset):"
        for (estimate, certified) in zip(result.coefficients, data.parameters) {
            let lreB = logRelativeError(estimate.estimate, certified: certified.certified, cap: 15)
            let lreSE = logRelativeError(estimate.standardError, certified: certified.certifiedSD, cap: 15)
            line += String(format: " %@ %.1f/%.1f", certified.name, lreB, lreSE)
            #expect(lreB >= 9, "\(dataset) \(certified.name): estimate \(estimate.estimate) vs \(certified.certified), LRE \(lreB)")
            #expect(lreSE >= 7, "\(dataset) \(certified.name): SE \(estimate.standardError) vs \(certified.certifiedSD), LRE \(lreSE)")
        }
        let lreSD = logRelativeError(result.residualStandardDeviation, certified: data.residualSD, cap: 15)
        let lreR2 = logRelativeError(result.rSquared, certified: data.rSquared ?? .nan, cap: 15)
        print(line + String(format: " | sd %.1f R² %.1f", lreSD, lreR2))
        #expect(lreSD >= 7, "\(dataset) residual SD \(result.residualStandardDeviation) vs \(data.residualSD)")
        #expect(lreR2 >= 7, "\(dataset) R² \(result.rSquared) vs \(data.rSquared ?? .nan)")
    }
}

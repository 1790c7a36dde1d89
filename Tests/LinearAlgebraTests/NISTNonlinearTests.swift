import Foundation
import LinearAlgebra
import PlansimTestSupport
import Testing

/// The 27 NIST StRD nonlinear problems, each written once as a generic ``CurveModel``.
struct NISTModel: CurveModel {
    let name: String
    let parameterCount: Int

    func value<T: ModelScalar>(at x: [Double], parameters b: [T]) -> T {
        let t = T(x[0])
        switch name {
        case "Misra1a", "BoxBOD": return b[0] * (1 - T.exp(-b[1] * t))
        case "Chwirut1", "Chwirut2": return T.exp(-b[0] * t) / (b[1] + b[2] * t)
        case "Lanczos1", "Lanczos2", "Lanczos3":
            return b[0] * T.exp(-b[1] * t) + b[2] * T.exp(-b[3] * t) + b[4] * T.exp(-b[5] * t)
        case "Gauss1", "Gauss2", "Gauss3":
            let d1 = (t - b[3]) / b[4], d2 = (t - b[6]) / b[7]
            return b[0] * T.exp(-b[1] * t) + b[2] * T.exp(-(d1 * d1)) + b[5] * T.exp(-(d2 * d2))
        case "DanWood": return b[0] * T.exp(b[1] * T.log(t))
        case "Misra1b": return b[0] * (1 - T.pow(1 + b[1] * t / 2, -2))
        case "Kirby2": return (b[0] + b[1] * t + b[2] * t * t) / (1 + b[3] * t + b[4] * t * t)
        case "Hahn1", "Thurber":
            let t2 = t * t, t3 = t2 * t
            return (b[0] + b[1] * t + b[2] * t2 + b[3] * t3) / (1 + b[4] * t + b[5] * t2 + b[6] * t3)
        case "Nelson": return b[0] - b[1] * T(x[0]) * T.exp(-b[2] * T(x[1]))
        case "MGH17": return b[0] + b[1] * T.exp(-t * b[3]) + b[2] * T.exp(-t * b[4])
        case "Misra1c": return b[0] * (1 - T.pow(1 + 2 * b[1] * t, -0.5))
        case "Misra1d": return b[0] * b[1] * t / (1 + b[1] * t)
        case "Roszman1": return b[0] - b[1] * t - T.atan(b[2] / (t - b[3])) / Double.pi
        case "ENSO":
            let w = 2 * Double.pi * x[0]
            return b[0] + b[1] * T(cos(w / 12)) + b[2] * T(sin(w / 12))
                + b[4] * T.cos(T(w) / b[3]) + b[5] * T.sin(T(w) / b[3])
                + b[7] * T.cos(T(w) / b[6]) + b[8] * T.sin(T(w) / b[6])
        case "MGH09": return b[0] * (t * t + t * b[1]) / (t * t + t * b[2] + b[3])
        case "Rat42": return b[0] / (1 + T.exp(b[1] - b[2] * t))
        case "MGH10": return b[0] * T.exp(b[1] / (t + b[2]))
        case "Eckerle4":
            let z = (t - b[2]) / b[1]
            return b[0] / b[1] * T.exp(-0.5 * z * z)
        case "Rat43": return b[0] / T.power(1 + T.exp(b[1] - b[2] * t), 1 / b[3])
        case "Bennett5": return b[0] * T.power(b[1] + t, -1 / b[2])
        default: fatalError("no model for \(name)")
        }
    }
}

@Suite struct NISTNonlinearTests {
    static let names = [
        "Misra1a", "Chwirut2", "Chwirut1", "Lanczos3", "Gauss1", "Gauss2", "DanWood", "Misra1b",
        "Kirby2", "Hahn1", "Nelson", "MGH17", "Lanczos1", "Lanczos2", "Gauss3", "Misra1c", "Misra1d",
        "Roszman1", "ENSO", "MGH09", "Thurber", "BoxBOD", "Rat42", "MGH10", "Eckerle4", "Rat43", "Bennett5",
    ]

    /// The smallest LRE over the parameters, or nil when the solver stopped with an error.
    static func solve(_ data: NISTDataset, start: Int) -> (lre: Double?, detail: String) {
        let model = NISTModel(name: data.name, parameterCount: data.parameters.count)
        var y = data.rows.map { Double($0[0])! }
        if data.name == "Nelson" { y = y.map { log($0) } }
        let x = data.rows.map { $0.dropFirst().map { Double($0)! } }
        do {
            let fit = try LevenbergMarquardt.fit(model, x: x, y: y, start: data.parameters.map { $0.starts[start] })
            let lre = zip(fit.parameters, data.parameters).map {
                logRelativeError($0, certified: $1.certified, cap: 11)
            }.min()!
            return (lre, "\(fit.iterations) it, \(fit.reason.rawValue)")
        } catch {
            return (nil, "\(error)")
        }
    }

    /// Prints the LRE table and holds the issue's bar: LRE ≥ 6 on every parameter of
    /// every dataset from start 2, and for at least 24 of 27 from start 1.
    @Test(.enabled(if: TestPaths.hasShared, TestPaths.sharedMissing))
    func lreTable() throws {
        let folder = try TestPaths.requireShared().appendingPathComponent("reference/nist-strd/nonlinear")
        var passedStart1 = 0
        print("dataset    start1  start2   (minimum LRE over parameters, cap 11)")
        for name in Self.names {
            let data = try NISTDataset(path: folder.appendingPathComponent("\(name).dat").path, nonlinear: true)
            let s1 = Self.solve(data, start: 0), s2 = Self.solve(data, start: 1)
            func cell(_ r: (lre: Double?, detail: String)) -> String {
                r.lre.map { String(format: "%6.1f", $0) } ?? "  fail"
            }
            print(
                "\(name.padding(toLength: 10, withPad: " ", startingAt: 0)) \(cell(s1))  \(cell(s2))   [\(s1.detail) | \(s2.detail)]"
            )
            if (s1.lre ?? 0) >= 6 { passedStart1 += 1 }
            #expect((s2.lre ?? 0) >= 6, "\(name) from start 2: \(s2.detail)")
        }
        print("start 1: \(passedStart1) of 27 at LRE ≥ 6")
        #expect(passedStart1 >= 24)
    }
}

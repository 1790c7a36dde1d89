/// A small, deterministic Nelder–Mead simplex minimizer for the few smoothing
/// parameters of the yearly models (Nelder & Mead 1965; the standard coefficients:
/// reflection 1, expansion 2, contraction ½, shrink ½).
enum NelderMead {
    /// Minimizes `f` from `start`, with the initial simplex `start + steps[i]·eᵢ`.
    ///
    /// `f` may return `.infinity` outside the feasible region; the simplex then
    /// contracts back into it. Stops after `maxEvaluations` calls or when the spread of
    /// the simplex's values falls below `tolerance` relative to the best value.
    ///
    /// - Returns: the best point found and its value.
    static func minimize(_ f: ([Double]) -> Double, start: [Double], steps: [Double],
                         maxEvaluations: Int = 400, tolerance: Double = 1e-10) -> (point: [Double], value: Double) {
        let n = start.count
        precondition(steps.count == n, "\(steps.count) steps for \(n) parameters")
        var points = [start]
        for i in 0..<n {
            var p = start
            p[i] += steps[i]
            points.append(p)
        }
        var values = points.map(f)
        var evaluations = n + 1
        var centroid = [Double](repeating: 0, count: n)
        func along(_ t: Double, from worst: [Double]) -> [Double] {
            (0..<n).map { centroid[$0] + t * (centroid[$0] - worst[$0]) }
        }
        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            points = order.map { points[$0] }
            values = order.map { values[$0] }
            if abs(values[n] - values[0]) <= tolerance * (abs(values[0]) + 1e-30) { break }
            for j in 0..<n { centroid[j] = (0..<n).reduce(0) { $0 + points[$1][j] } / Double(n) }
            let reflected = along(1, from: points[n])
            let fr = f(reflected); evaluations += 1
            if fr < values[0] {
                let expanded = along(2, from: points[n])
                let fe = f(expanded); evaluations += 1
                if fe < fr { points[n] = expanded; values[n] = fe } else { points[n] = reflected; values[n] = fr }
            } else if fr < values[n - 1] {
                points[n] = reflected; values[n] = fr
            } else {
                let contracted = along(-0.5, from: points[n])
                let fc = f(contracted); evaluations += 1
                if fc < values[n] {
                    points[n] = contracted; values[n] = fc
                } else {
                    for i in 1...n {
                        points[i] = (0..<n).map { points[0][$0] + 0.5 * (points[i][$0] - points[0][$0]) }
                        values[i] = f(points[i])
                    }
                    evaluations += n
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] }!
        return (points[best], values[best])
    }
}

/// A small, deterministic Nelder–Mead simplex minimizer for the few smoothing
/// parameters of the yearly models (Nelder & Mead 1965; the standard coefficients:
/// reflection 1, expansion 2, contraction ½, shrink ½).
///
/// The simplex lives in one flat buffer and trial points in two scratch buffers, so an
/// iteration allocates nothing: the rolling-origin calibration runs it thousands of times.
enum NelderMead {
    /// Minimizes `f` from `start`, with the initial simplex `start + steps[i]·eᵢ`.
    ///
    /// `f` may return `.infinity` outside the feasible region; the simplex then
    /// contracts back into it. Converged when the spread of the simplex's values is at
    /// most `tolerance` relative to the best value *and* every vertex lies within
    /// `pointTolerance·steps[j]` of the best one in every coordinate j (scipy's `fatol`
    /// and `xatol` together; a flat stretch alone does not stop it); otherwise stops
    /// after `maxEvaluations` calls, unconverged.
    ///
    /// - Returns: the best point found, its value, and whether the tests were met.
    static func minimize(
        _ f: (UnsafeBufferPointer<Double>) -> Double, start: [Double], steps: [Double],
        maxEvaluations: Int = 400, tolerance: Double = 1e-10,
        pointTolerance: Double = .infinity
    ) -> (point: [Double], value: Double, converged: Bool) {
        let n = start.count
        precondition(steps.count == n, "\(steps.count) steps for \(n) parameters")
        var simplex = [Double](repeating: 0, count: (n + 1) * n)
        for i in 0...n {
            for j in 0..<n { simplex[i * n + j] = start[j] + (i > 0 && j == i - 1 ? steps[j] : 0) }
        }
        var values = [Double](repeating: 0, count: n + 1)
        var centroid = [Double](repeating: 0, count: n)
        var trial = [Double](repeating: 0, count: n), second = [Double](repeating: 0, count: n)
        func evaluate(_ point: [Double]) -> Double { point.withUnsafeBufferPointer(f) }
        func vertex(_ i: Int) -> Double {
            simplex.withUnsafeBufferPointer { f(UnsafeBufferPointer(rebasing: $0[(i * n)..<(i * n + n)])) }
        }
        for i in 0...n { values[i] = vertex(i) }
        var evaluations = n + 1, converged = false
        while evaluations < maxEvaluations {
            var best = 0, worst = 0
            for i in 1...n {
                if values[i] < values[best] { best = i }
                if values[i] > values[worst] || (values[i] == values[worst] && worst == best) { worst = i }
            }
            if worst == best { worst = best == 0 ? 1 : 0 }
            var nextWorst = best
            for i in 0...n where i != worst && values[i] > values[nextWorst] { nextWorst = i }
            if abs(values[worst] - values[best]) <= tolerance * (abs(values[best]) + 1e-30) {
                var small = true
                for i in 0...n where i != best {
                    for j in 0..<n
                    where abs(simplex[i * n + j] - simplex[best * n + j]) > pointTolerance * abs(steps[j]) {
                        small = false
                    }
                }
                if small {
                    converged = true
                    break
                }
            }
            for j in 0..<n {
                var sum = 0.0
                for i in 0...n where i != worst { sum += simplex[i * n + j] }
                centroid[j] = sum / Double(n)
            }
            func along(_ t: Double, into out: inout [Double]) {
                for j in 0..<n { out[j] = centroid[j] + t * (centroid[j] - simplex[worst * n + j]) }
            }
            func replaceWorst(_ point: [Double], _ value: Double) {
                for j in 0..<n { simplex[worst * n + j] = point[j] }
                values[worst] = value
            }
            along(1, into: &trial)
            let fr = evaluate(trial)
            evaluations += 1
            if fr < values[best] {
                along(2, into: &second)
                let fe = evaluate(second)
                evaluations += 1
                if fe < fr { replaceWorst(second, fe) } else { replaceWorst(trial, fr) }
            } else if fr < values[nextWorst] {
                replaceWorst(trial, fr)
            } else {
                along(-0.5, into: &second)
                let fc = evaluate(second)
                evaluations += 1
                if fc < values[worst] {
                    replaceWorst(second, fc)
                } else {
                    for i in 0...n where i != best {
                        for j in 0..<n {
                            simplex[i * n + j] =
                                simplex[best * n + j] + 0.5 * (simplex[i * n + j] - simplex[best * n + j])
                        }
                        values[i] = vertex(i)
                    }
                    evaluations += n
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] }!
        return (Array(simplex[(best * n)..<(best * n + n)]), values[best], converged)
    }
}

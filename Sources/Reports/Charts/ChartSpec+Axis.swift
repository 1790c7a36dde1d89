import Foundation

extension ChartSpec {
    /// A value axis as every format draws it: gridlines at `min`, `min + step`, … `max`,
    /// the step a "nice" 1, 2, 2.5 or 5 × 10^k, and each label the gridline's own value
    /// with as many decimals as the step needs (step 0.25: 1.50, 1.75, 2.00; step 2: 12,
    /// 14, 16) — never 1.75 labelled 1.8. The axis starts at 0 only when the data come
    /// near it; data far from 0 get an axis around them.
    public struct Axis: Sendable, Equatable {
        public let min: Double, max: Double, step: Double
        /// The decimals every label has.
        public let decimals: Int

        /// About five gridlines covering `low…high` (the data's extent, with a margin of 8 %).
        public init(low: Double, high: Double) {
            var lo = Swift.min(low, high), hi = Swift.max(low, high)
            if !lo.isFinite || !hi.isFinite {
                lo = 0
                hi = 1
            }
            let pad = (hi - lo) * 0.08 + Swift.max(abs(hi), 1) * 1e-9
            // Data whose lower end lies within a third of their span from 0 keep the axis at 0.
            lo = lo >= 0 && lo - pad <= (hi - lo) / 3 ? 0 : lo - pad
            hi += pad
            let raw = (hi - lo) / 5
            let magnitude = pow(10, floor(log10(raw)))
            let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw * (1 - 1e-12) } ?? raw
            self.step = step
            min = (lo / step).rounded(.down) * step
            max = (hi / step).rounded(.up) * step
            decimals = Self.decimals(of: step)
        }

        /// The gridlines' values, `min` through `max`.
        public var ticks: [Double] {
            let n = Int(((max - min) / step).rounded())
            return (0...Swift.max(n, 0)).map { min + Double($0) * step }
        }

        /// A gridline's label: its own value, `decimals` decimals, the one minus sign (−).
        public func label(_ t: Double) -> String {
            OfficialForm.minusSigns(NumberFormat.fixed(abs(t) < step * 1e-9 ? 0 : t, decimals: decimals))
        }

        /// The number format of the same labels in a DrawingML chart (`0.00`, `0`).
        public var numberFormat: String { decimals == 0 ? "0" : "0." + String(repeating: "0", count: decimals) }

        /// The fewest decimals that write `step` exactly: 0.25 → 2, 0.5 → 1, 20 → 0.
        static func decimals(of step: Double) -> Int {
            for d in 0...10 {
                let scaled = step * pow(10, Double(d))
                if abs(scaled - scaled.rounded()) < 1e-6 * Swift.max(scaled, 1) { return d }
            }
            return 10
        }
    }
}

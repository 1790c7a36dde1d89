import Foundation
import PlanData

/// A small SVG builder: the elements the charts need, every text escaped through
/// ``Markup``, numbers rounded to 0.1 px so snapshots are stable.
struct SVGCanvas {
    static let fontStack =
        "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',Arial,sans-serif"
    /// Okabe–Ito, safe for colour-blind readers; bands also differ in lightness so they
    /// stay apart when printed in grey.
    static let blue = "#0072B2", orange = "#E69F00", vermillion = "#D55E00", green = "#009E73", grey = "#666666"

    let width: Double, height: Double
    private(set) var body: [String] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// `x` to 0.1 px; never traps: a coordinate that is not finite or beyond ±10⁹ px (an
    /// edited file's figure) is drawn at the nearest edge of that range.
    static func f(_ x: Double) -> String {
        let r = ((x.isNaN ? 0 : min(max(x, -1e9), 1e9)) * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    mutating func add(_ element: String) { body.append(element) }

    mutating func line(
        _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width w: Double = 1, dash: String? = nil
    ) {
        add(
            "<line x1=\"\(Self.f(x1))\" y1=\"\(Self.f(y1))\" x2=\"\(Self.f(x2))\" y2=\"\(Self.f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.f(w))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>"
        )
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width w: Double, dash: String? = nil) {
        guard points.count > 1 else { return }
        add(
            "<polyline fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.f(w))\"\(dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") points=\"\(points.map { "\(Self.f($0.0)),\(Self.f($0.1))" }.joined(separator: " "))\"/>"
        )
    }

    mutating func polygon(_ points: [(Double, Double)], fill: String, opacity: Double) {
        add(
            "<polygon fill=\"\(fill)\" fill-opacity=\"\(Self.f(opacity * 100) == "0" ? "0" : String(opacity))\" stroke=\"none\" points=\"\(points.map { "\(Self.f($0.0)),\(Self.f($0.1))" }.joined(separator: " "))\"/>"
        )
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, stroke: String) {
        add(
            "<circle cx=\"\(Self.f(x))\" cy=\"\(Self.f(y))\" r=\"\(Self.f(r))\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"/>"
        )
    }

    mutating func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, fill: String, stroke: String = "none") {
        add(
            "<rect x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" width=\"\(Self.f(max(w, 0)))\" height=\"\(Self.f(max(h, 0)))\" fill=\"\(fill)\" stroke=\"\(stroke)\"/>"
        )
    }

    mutating func text(
        _ s: String, _ x: Double, _ y: Double, size: Double = 12, anchor: String = "start", weight: String = "normal",
        fill: String = "#222"
    ) {
        add(
            "<text x=\"\(Self.f(x))\" y=\"\(Self.f(y))\" font-size=\"\(Self.f(size))\" text-anchor=\"\(anchor)\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(Markup.escape(s))</text>"
        )
    }

    mutating func diamond(_ x: Double, _ y: Double, r: Double) {
        add(
            "<polygon fill=\"\(Self.orange)\" stroke=\"#7a5200\" stroke-width=\"1\" points=\"\(Self.f(x)),\(Self.f(y - r)) \(Self.f(x + r)),\(Self.f(y)) \(Self.f(x)),\(Self.f(y + r)) \(Self.f(x - r)),\(Self.f(y))\"/>"
        )
    }

    /// The width a label takes at `size` px: a CJK character about one em, others about 0.58 em.
    static func textWidth(_ s: String, size: Double) -> Double {
        Double(DisplayWidth.of(s)) * size * 0.53
    }

    func rendered(title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.f(width)) \(Self.f(height))\" width=\"\(Self.f(width))\" height=\"\(Self.f(height))\" role=\"img\" font-family=\"\(SVGCanvas.fontStack)\">"
            + "<title>\(Markup.escape(title))</title>" + body.joined() + "</svg>"
    }
}

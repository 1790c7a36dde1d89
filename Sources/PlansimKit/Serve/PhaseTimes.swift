import Foundation

/// The wall time of a request's phases on the server, in the order they ran, for the
/// `Server-Timing` header of `POST /api/live` and `/api/run` (docs/serve.md, "Latency"):
/// the page and `Benchmarks/serve_latency.py` split a lever's move into server compute,
/// network and JSON parsing, and redraw with it. Measuring changes no number of the run.
public struct PhaseTimes: Sendable, Equatable {
    /// A phase: its name (a `Server-Timing` token) and its wall time in milliseconds.
    public struct Phase: Sendable, Equatable {
        public let name: String
        public let milliseconds: Double
    }

    /// The phases measured so far; a phase measured twice appears twice.
    public private(set) var phases: [Phase] = []

    public init() {}

    /// `body`'s value; its wall time is added as phase `name`, also when it throws.
    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { add(name, milliseconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6) }
        return try body()
    }

    /// Adds phase `name` of `milliseconds`.
    public mutating func add(_ name: String, milliseconds: Double) {
        phases.append(Phase(name: name, milliseconds: milliseconds))
    }

    /// Adds `other`'s phases after these.
    public mutating func append(_ other: PhaseTimes) { phases += other.phases }

    /// The phases and their sum as a `Server-Timing` header value
    /// (`parse;dur=0.412, mc;dur=35.870, …, total;dur=37.102`; W3C Server Timing).
    public var header: String {
        let total = phases.reduce(0) { $0 + $1.milliseconds }
        return (phases + [Phase(name: "total", milliseconds: total)])
            .map { "\($0.name);dur=\(String(format: "%.3f", $0.milliseconds))" }
            .joined(separator: ", ")
    }
}

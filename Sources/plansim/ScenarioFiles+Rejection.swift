import PlansimKit

extension ScenarioFiles {
    /// `body`'s value; a scenario the library rejected is printed with every diagnostic,
    /// located, and the tool exits 1 with nothing run or written.
    static func running<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let rejection as ScenarioRejection {
            fail(rejection.diagnostics, in: rejection.program)
        }
    }
}

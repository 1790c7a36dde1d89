import ArgumentParser
import Simulation

/// `--stream 1|2` of run and compare: the random stream the Monte Carlo draws from
/// (``RandomStream``; docs/performance.md, "Stream 2").
struct StreamOption: ParsableArguments {
    @Option(
        help: say(
            "随机数流：1（默认，历来结果所用）或 2（为向量单元设计，数值不同；见 docs/performance.md）。",
            "Random stream: 1 (default, every earlier result's) or 2 (built for the vector units, other numbers; see docs/performance.md)."
        )) var stream: Int?

    /// The stream asked for; stream 1 when none was.
    var chosen: RandomStream { stream.flatMap(RandomStream.init(rawValue:)) ?? .one }

    func validate() throws {
        if let stream, RandomStream(rawValue: stream) == nil {
            throw ValidationError(say("--stream 须为 1 或 2，实为 \(stream)", "--stream must be 1 or 2, got \(stream)"))
        }
    }
}

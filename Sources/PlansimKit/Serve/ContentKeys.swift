import LinearAlgebra
import PlanData

/// Content keys (SHA-256 of the complete reflection, ``key(_:)``) of datasets, remembered
/// by their storage so that the same plan handed over again costs a comparison of a few
/// hundred bytes instead of a walk over every value (a few milliseconds for a plan).
///
/// Why remembering by storage is sound: a `Dataset` is a value made of value types whose
/// arrays, dictionaries and strings live in copy-on-write buffers, with no class and no
/// pointer inside. Each remembered entry keeps its dataset alive, so its buffers are never
/// freed (their addresses never reused) and, being shared, never written in place. A
/// dataset whose own bytes equal an entry's therefore refers to the same buffers holding
/// the same values: it has the same content and the same key. Equal contents in other
/// buffers only miss the memo and are reflected again.
final class ContentKeys: Sendable {
    struct Entry {
        let bytes: [UInt8]
        /// Kept to hold the buffers ``bytes`` points into.
        let retained: Dataset
        let key: String
    }

    private let entries = Locked<[Entry]>([])
    private let capacity: Int

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// The content key of `dataset`.
    func key(_ dataset: Dataset) -> String {
        let bytes = withUnsafeBytes(of: dataset) { Array($0) }
        if let known = entries.withLock({ $0.first { $0.bytes == bytes }?.key }) { return known }
        let key = Self.key(dataset)
        entries.withLock { entries in
            entries.append(Entry(bytes: bytes, retained: dataset, key: key))
            if entries.count > capacity { entries.removeFirst() }
        }
        return key
    }

    /// SHA-256 of the complete reflection of `parts` (`dump` walks every stored property,
    /// whatever a type's `description` shows).
    static func key(_ parts: Any...) -> String {
        var text = ""
        for part in parts { dump(part, to: &text, maxDepth: .max, maxItems: .max) }
        return SHA256.hex(Array(text.utf8))
    }
}

/// Result files that cross a file boundary — results.json, indices.json, comparison.json,
/// evaluation.json, proposals — as `Codable` types written and read by the same code.
///
/// Each file carries a `format` and a `version`; a reader refuses a version or an enum
/// value it does not know rather than defaulting it (docs/json-formats.md).
public enum Artifacts {}

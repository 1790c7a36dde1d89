import PlanData

/// The environment variable `PLANSIM_SIMD`, which chooses the engine's kernel version
/// (Sources/SIMDKernels/Dispatch.c reads it and runs any unknown name as `auto`).
enum SIMDChoice {
    /// The names Dispatch.c knows.
    static let names = ["auto", "portable", "avx2", "avx512"]

    /// The warning, in `l`, when `PLANSIM_SIMD` is set to a name the kernels do not know;
    /// nil when it is unset, empty or known.
    static func warning(_ environment: [String: String], _ l: Language) -> String? {
        guard let name = environment["PLANSIM_SIMD"], !name.isEmpty, !names.contains(name) else { return nil }
        let shown = TerminalText.shortened(name)
        return l == .zh
            ? "plansim：警告：`PLANSIM_SIMD=\(shown)` 不是 " + names.map { "`\($0)`" }.joined(separator: "、")
                + " 之一；改用 `auto`"
            : "plansim: warning: PLANSIM_SIMD=\(shown) is not one of \(names.joined(separator: ", ")); using auto"
    }
}

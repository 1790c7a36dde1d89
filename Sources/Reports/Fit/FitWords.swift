public import Forecasting
public import PlanData

/// `plansim fit`'s name of a model family in the chosen language. (How the average was
/// weighted, why a family was not fitted and the fits' warnings are ``Phrase``s made by
/// the fitting layer where it decides them.)
public enum FitWords {
    /// A model family for people: `damped` → 阻尼增长 / damped.
    public static func family(_ f: ModelFamily, _ l: Language) -> String {
        GrowthFamily.named(f)?.name.text(l) ?? f.rawValue
    }
}

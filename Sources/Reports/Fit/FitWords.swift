public import Forecasting
public import PlanData

/// `plansim fit`'s name of a model family in the chosen language. (How the average was
/// weighted, why a family was not fitted and the fits' warnings are ``Phrase``s made by
/// the fitting layer where it decides them.)
public enum FitWords {
    /// A model family for people: `damped` → 阻尼增长 / damped.
    public static func family(_ f: ModelFamily, _ l: Language) -> String {
        guard l == .zh else { return f.rawValue }
        switch f {
        case .damped: return "阻尼增长"
        case .logLinear: return "对数线性"
        case .ar1: return "AR(1)"
        case .logistic: return "逻辑斯蒂"
        case .gompertz: return "冈珀茨"
        case .gm11: return "GM(1,1)"
        default: return f.rawValue
        }
    }
}

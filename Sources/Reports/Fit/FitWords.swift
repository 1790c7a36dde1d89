public import Forecasting
public import PlanData

/// `plansim fit`'s words in the chosen language: model families, how the average was
/// weighted, why a family was not fitted, and the fits' warnings. The fitting layer
/// states these in English; the Chinese comes from the rules below (an unknown sentence
/// is shown as written).
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

    /// A reason, warning or weighting in `l` (English as the fitting layer wrote it).
    public static func say(_ english: String, _ l: Language) -> String {
        l == .zh ? ChineseMessages.translate(english, rules: rules) : english
    }

    static let rules: [ChineseMessages.Rule] = [
        ("only model", "仅此一个模型"),
        ("fixed by scenario", "由情景指定"),
        ("AICc weights", "按 AICc 加权"),
        ("equal weights: the history is reconstructed", "等权：历史数据系重建所得"),
        ("equal weights: n = (\\d+) is too few to tell models apart", "等权：n = $1，点数太少，无法区分模型"),
        ("equal weights: AICc is undefined for these fits", "等权：这些拟合的 AICc 无定义"),
        ("excluded: GM\\(1,1\\) grade (\\d+) \\(C = (.+), P = (.+)\\) fails its own accuracy test",
         "已排除：GM(1,1) 精度等级 $1（C = $2，P = $3），未通过其自身的精度检验"),
        ("excluded: (\\d+) points cannot identify a saturation level \\(needs (\\d+)\\)", "已排除：$1 个点无法确定饱和水平（至少需要 $2 个）"),
        ("excluded: ρ = (.+) is not stationary", "已排除：ρ = $1，不平稳"),
        ("excluded: not identified on (\\d+) points \\(ρ = (.+), 95% interval (.+) to (.+) spans ±1\\)",
         "已排除：$1 个点无法识别（ρ = $2，95% 区间 $3 至 $4 跨越 ±1）"),
        ("needs at least (\\d+) points for (\\d+) parameters, has (\\d+)", "$2 个参数至少需要 $1 个点，现有 $3 个"),
        ("needs at least 5 points \\(3 growth pairs and a degree of freedom\\), has (\\d+)", "至少需要 5 个点（3 对增速和 1 个自由度），现有 $1 个"),
        ("needs at least (\\d+) points, has (\\d+)", "至少需要 $1 个点，现有 $2 个"),
        ("no points", "没有数据点"),
        ("did not converge: (.+)", "未收敛：{1}"),
        ("did not converge within (\\d+) iterations \\(residual sum of squares (.+)\\); try other starting values or a simpler model",
         "迭代 $1 次仍未收敛（残差平方和 $2）；可换用其他初值或更简单的模型"),
        ("did not converge within (\\d+) model evaluations \\(residual sum of squares (.+)\\); try other starting values",
         "计算模型 $1 次仍未收敛（残差平方和 $2）；可换用其他初值"),
        ("(\\d+) observations cannot determine (\\d+) parameters", "$1 个观测值无法确定 $2 个参数"),
        ("the model is not finite at the starting values; choose starting values inside its domain", "模型在初值处不是有限值；请在其定义域内选择初值"),
        ("matrix is not positive definite \\(leading minor of order (\\d+) is not positive\\)", "矩阵不是正定的（$1 阶顺序主子式不为正）"),
        ("matrix is exactly singular \\(zero pivot at position (\\d+)\\)", "矩阵奇异（第 $1 个主元为零）"),
        ("design is rank-deficient \\(rank (\\d+)\\); columns (.+) are linearly dependent", "设计矩阵秩亏（秩为 $1）；第 $2 列线性相关"),
        ("the data do not determine a saturation level \\(no curvature to fit\\)", "数据无法确定饱和水平（没有可拟合的曲率）"),
        ("growth is constant in the reconstructed history, so AR\\(1\\) cannot be identified", "重建的历史中增速恒定，无法识别 AR(1)"),
        ("growth is constant, so AR\\(1\\) cannot be identified", "增速恒定，无法识别 AR(1)"),
        ("the growth regression cannot be fitted: (.+)", "增速回归无法拟合：{1}"),
        ("the grey regression is degenerate: (.+)", "灰色回归退化：{1}"),
        ("development coefficient a is zero", "发展系数 a 为零"),
        ("history reconstructed from printed sums, not measured: its residuals say nothing about volatility",
         "历史数据由公布的合计重建，并非实测：其残差不能说明波动"),
        ("n = (\\d+): indicative only", "n = $1：仅供参考"),
        ("one data point: only the stated priors drive this model", "只有一个数据点：该模型完全由明示的先验决定"),
        ("ρ = (.+): growth is not stationary; projections will explode or oscillate", "ρ = $1：增速不平稳，预测将发散或振荡"),
        ("GM\\(1,1\\) grade (\\d+) \\(C = (.+), P = (.+)\\)", "GM(1,1) 精度等级 $1（C = $2，P = $3）"),
        ("TFP growth is its prior: the 2016–2020 output and investment are reconstructed from printed sums, not measured, so they say nothing about TFP",
         "全要素生产率增速取其先验：2016–2020年的产值和投资由公布的合计重建，并非实测，不能说明全要素生产率"),
        ("no measured consecutive years of output and investment: TFP growth is its prior", "没有连续年份的产值和投资实测值：全要素生产率增速取其先验"),
    ]
}

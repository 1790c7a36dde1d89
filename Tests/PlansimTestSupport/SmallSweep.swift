/// A small sweep for tests: 3 inputs, Sobol' with N = 32 (160 runs of the deterministic
/// model), on the baseline it includes (`baseline.scn` beside it).
public enum SmallSweep {
    public static let scenario = """
        include "baseline.scn"
        scenario small_sweep extends baseline {
            assume commodity_sales growth 8% over 2021..2025
            sweep drivers {
                vary prior linked tfp_growth_now uniform(1%, 5%)
                vary prior linked capital_output_ratio uniform(1.5, 4)
                vary assume commodity_sales growth uniform(4%, 12%)
                method sobol
                samples 32
                measure probability industrial_output
            }
        }
        """
}

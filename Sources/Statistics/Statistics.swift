/// One definition of each statistic plansim uses: moments (with the divisor in the name),
/// correlations, normal and Student-t quantiles, special functions.
///
/// The module depends on nothing but the standard library, so every layer above it
/// (LinearAlgebra upward) can use the same definitions. Conventions are part of the names:
/// `sampleVariance` divides by n − 1, `populationVariance` by n.
public enum Statistics {}

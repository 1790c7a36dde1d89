/// The plan's data layer: indicators, series, provenance and target arithmetic.
public enum PlanDataModule {}

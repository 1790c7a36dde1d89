import Testing
@testable import PlanData

@Test func moduleLinks() { _ = PlanDataModule.self }

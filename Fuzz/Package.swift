// swift-tools-version: 6.0
// libFuzzer targets for plansim, kept out of the main package so `swift build` there is
// unaffected. Build and run with `make fuzz` (see Fuzz/README.md); the fuzzer flags
// (-sanitize=fuzzer,address) are passed on the command line, not set here.
import PackageDescription

let package = Package(
    name: "plansim-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "plansim", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzScenario", dependencies: ["FuzzSupport", .product(name: "ScenarioDSL", package: "plansim"),
                                                               .product(name: "PlanData", package: "plansim")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "PlanData", package: "plansim")]),
        .target(name: "FuzzPlanImportSupport", dependencies: [.product(name: "PlanData", package: "plansim"), .product(name: "ScenarioDSL", package: "plansim")]),
        .executableTarget(name: "FuzzPlanImport", dependencies: ["FuzzSupport", "FuzzPlanImportSupport"]),
        .executableTarget(name: "FuzzXLSX", dependencies: ["FuzzSupport", "FuzzPlanImportSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

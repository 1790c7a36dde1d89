// swift-tools-version: 6.0
// plansim: forecast and stress-test a five-year plan.
//
// Layers (docs/architecture.md), each a module that imports only the layers below it:
//   CLAPACK, Statistics → LinearAlgebra → PlanData → Artifacts → Forecasting → Simulation
//   → ScenarioDSL → Sensitivity → Reports → PlansimKit (the workflows)
//   → plansim (the command-line tool: argument parsing and printing).
import PackageDescription

/// Settings shared by every Swift target so the whole package compiles alike.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "plansim",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plansim", targets: ["plansim"]),
        // The live page's server, which `plansim serve` runs from beside itself: its own program
        // so that `plansim` (and `make demo`) compiles no web server (docs/serve.md).
        .executable(name: "plansim-serve", targets: ["PlansimServe"]),
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "PlanData", targets: ["PlanData"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "ScenarioDSL", targets: ["ScenarioDSL"]),
        .library(name: "PlansimKit", targets: ["PlansimKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // OpenBLAS's CBLAS and LAPACKE: Debian's packages, or Homebrew's keg-only openblas
        // found through pkg-config (PKG_CONFIG_PATH=$(brew --prefix openblas)/lib/pkgconfig;
        // untested, README "Building on macOS"). Debian ships LAPACKE as its own library.
        .systemLibrary(
            name: "CLAPACK",
            path: "Sources/CLAPACK",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"]), .brew(["openblas"])]
        ),
        .target(name: "Statistics", swiftSettings: strictSettings),
        .target(name: "LinearAlgebra", dependencies: ["CLAPACK", "Statistics"], swiftSettings: strictSettings,
                linkerSettings: [.linkedLibrary("lapacke", .when(platforms: [.linux]))]),
        .target(name: "PlanData", dependencies: ["LinearAlgebra", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                swiftSettings: strictSettings),
        .target(name: "Artifacts", dependencies: ["PlanData"], swiftSettings: strictSettings),
        .target(name: "Forecasting", dependencies: ["Statistics", "LinearAlgebra", "PlanData"], swiftSettings: strictSettings),
        .target(name: "SIMDKernels", path: "Sources/SIMDKernels"),
        .target(name: "Simulation", dependencies: ["Statistics", "LinearAlgebra", "PlanData", "Forecasting", "SIMDKernels"], swiftSettings: strictSettings),
        .target(name: "ScenarioDSL", dependencies: ["PlanData", "Forecasting", "Simulation"], swiftSettings: strictSettings),
        .target(name: "Sensitivity", dependencies: ["Statistics", "PlanData", "Artifacts", "Forecasting", "Simulation", "ScenarioDSL"],
                swiftSettings: strictSettings),
        .target(name: "Reports", dependencies: ["Statistics", "LinearAlgebra", "PlanData", "Artifacts", "Forecasting", "Simulation",
                                                .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strictSettings),
        .target(name: "PlansimKit", dependencies: ["LinearAlgebra", "PlanData", "Artifacts", "Forecasting", "Simulation",
                                                   "ScenarioDSL", "Sensitivity", "Reports"], swiftSettings: strictSettings),
        .target(name: "PlansimServer", dependencies: ["PlansimKit", "PlanData", "Reports", .product(name: "Hummingbird", package: "hummingbird")], swiftSettings: strictSettings),
        .executableTarget(
            name: "plansim",
            dependencies: [
                "PlansimKit",
                "Artifacts",
                "LinearAlgebra",
                "PlanData",
                "Forecasting",
                "Simulation",
                "ScenarioDSL",
                "Sensitivity",
                "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(name: "PlansimServe", dependencies: ["PlansimServer", "PlansimKit", "Artifacts", "LinearAlgebra", "PlanData", "ScenarioDSL"],
                          swiftSettings: strictSettings),
        .target(name: "PlansimTestSupport", dependencies: ["LinearAlgebra", .product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/PlansimTestSupport",
                swiftSettings: strictSettings),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"], swiftSettings: strictSettings),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra", "PlansimTestSupport"],
                    swiftSettings: strictSettings),
        .testTarget(name: "PlanDataTests", dependencies: ["PlanData", "PlansimTestSupport",
                                                         .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strictSettings),
        .testTarget(name: "ForecastingTests", dependencies: ["Forecasting", "Statistics", "PlansimTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "PlansimTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "ScenarioDSLTests", dependencies: ["ScenarioDSL", "PlansimTestSupport"],
                    exclude: ["__Snapshots__", "Malformed", "Fixtures"], swiftSettings: strictSettings),
        .testTarget(name: "SensitivityTests", dependencies: ["Sensitivity", "PlansimTestSupport"], exclude: ["clients"],
                    swiftSettings: strictSettings),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "PlansimTestSupport"],
                    exclude: ["__Snapshots__", "clients"], swiftSettings: strictSettings),
        .testTarget(name: "PlansimKitTests", dependencies: ["PlansimKit", "PlansimTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PlansimServerTests", dependencies: ["PlansimServer", "PlansimKit", "Artifacts", "PlanData", "ScenarioDSL", "PlansimTestSupport"], swiftSettings: strictSettings),
        .testTarget(name: "PlansimCLITests", dependencies: ["PlansimTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)

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
        .library(name: "LinearAlgebra", targets: ["LinearAlgebra"]),
        .library(name: "PlanData", targets: ["PlanData"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "ScenarioDSL", targets: ["ScenarioDSL"]),
        .library(name: "PlansimKit", targets: ["PlansimKit"]),
        // For the live page's server, its own package in Server/ (docs/serve.md): it links
        // no web server into this package, so a fresh clone resolves only the two below.
        .library(name: "Artifacts", targets: ["Artifacts"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "PlansimTestSupport", targets: ["PlansimTestSupport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // The engine's C loops are optimised in every configuration (release builds use -O2 anyway), so
        // the debug build `make demo` and `make test` share runs the Monte Carlo at speed; the bits are the
        // same (FP_CONTRACT OFF, no fast-math: the kernels refuse to compile otherwise).
        .target(name: "SIMDKernels", path: "Sources/SIMDKernels", cSettings: [.unsafeFlags(["-O2"])]),
        .target(name: "Simulation", dependencies: ["Statistics", "LinearAlgebra", "PlanData", "Forecasting", "SIMDKernels"], swiftSettings: strictSettings),
        .target(name: "ScenarioDSL", dependencies: ["PlanData", "Forecasting", "Simulation"], swiftSettings: strictSettings),
        .target(name: "Sensitivity", dependencies: ["Statistics", "PlanData", "Artifacts", "Forecasting", "Simulation", "ScenarioDSL"],
                swiftSettings: strictSettings),
        .target(name: "Reports", dependencies: ["Statistics", "LinearAlgebra", "PlanData", "Artifacts", "Forecasting", "Simulation",
                                                .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strictSettings),
        .target(name: "PlansimKit", dependencies: ["LinearAlgebra", "PlanData", "Artifacts", "Forecasting", "Simulation",
                                                   "ScenarioDSL", "Sensitivity", "Reports"], swiftSettings: strictSettings),
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
        .testTarget(name: "PlansimCLITests", dependencies: ["PlansimTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)

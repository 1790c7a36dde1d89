// swift-tools-version: 6.0
// plansim's benchmarks: a separate package so the product never builds them.
// `./compare.sh NAME` runs one against its peer in the same run; see README.md.
import PackageDescription

let package = Package(
    name: "plansim-benchmarks",
    dependencies: [.package(name: "plansim", path: "..")],
    targets: [
        .executableTarget(
            name: "plansim-bench",
            dependencies: [
                .product(name: "LinearAlgebra", package: "plansim"),
                .product(name: "Simulation", package: "plansim"),
                .product(name: "ScenarioDSL", package: "plansim"),
                .product(name: "PlanData", package: "plansim"),
            ],
            path: "Sources/plansim-bench",
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)

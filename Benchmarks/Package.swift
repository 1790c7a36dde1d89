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
                .product(name: "PlansimKit", package: "plansim"),
                "SIMDKernelName",
            ],
            path: "Sources/plansim-bench",
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        // The engine's SIMD kernel choice, read from its C dispatcher (the live-latency mode prints it).
        .target(name: "SIMDKernelName", path: "Sources/SIMDKernelName"),
    ],
    swiftLanguageModes: [.v6]
)

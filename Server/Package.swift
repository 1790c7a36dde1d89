// swift-tools-version: 6.0
// The live page's server (docs/serve.md): `plansim-serve`, which `plansim serve` runs from
// beside itself. A package of its own so that the main package resolves and compiles no web
// server: a fresh clone's `make demo` fetches two packages, not Hummingbird's twenty-odd.
// `make serve` builds both programs here (Server/.build/release/plansim and plansim-serve);
// `make test` builds and runs these tests as well.
import PackageDescription

/// Settings shared by every Swift target, as in the main package.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "plansim-server",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plansim-serve", targets: ["PlansimServe"])
    ],
    dependencies: [
        .package(name: "plansim", path: ".."),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "PlansimServer",
            dependencies: [
                .product(name: "PlansimKit", package: "plansim"),
                .product(name: "PlanData", package: "plansim"),
                .product(name: "Reports", package: "plansim"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "PlansimServe",
            dependencies: [
                "PlansimServer",
                .product(name: "PlansimKit", package: "plansim"),
                .product(name: "Artifacts", package: "plansim"),
                .product(name: "LinearAlgebra", package: "plansim"),
                .product(name: "PlanData", package: "plansim"),
                .product(name: "ScenarioDSL", package: "plansim"),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "PlansimServerTests",
            dependencies: [
                "PlansimServer",
                .product(name: "PlansimKit", package: "plansim"),
                .product(name: "Artifacts", package: "plansim"),
                .product(name: "PlanData", package: "plansim"),
                .product(name: "ScenarioDSL", package: "plansim"),
                .product(name: "PlansimTestSupport", package: "plansim"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)

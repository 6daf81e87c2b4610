// swift-tools-version:6.1
import PackageDescription

// One product, the `equitas` executable. Dependencies run one way:
// Core ← Library, Persistence, Sheets ← Render ← Web ← CLI (see docs/adr/0001-layout-and-storage.md).
let package = Package(
    name: "Equitas",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "equitas", targets: ["equitas"])
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-kit", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Already in the graph through Vapor and PostgresNIO; evidence files are named by SHA-256.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        // `/metrics` in the Prometheus text format, from a registry each Application owns.
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        // Already in the graph through Vapor; reminders' SMTP client and the tests' SMTP server.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        // The domain: Foundation only, tested in milliseconds.
        .target(name: "EquitasCore"),
        // Framework YAML files shipped as resources, with their loader and validator.
        .target(
            name: "EquitasLibrary",
            dependencies: ["EquitasCore", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Frameworks"), .copy("Demo")]
        ),
        // Fluent rows and migrations; repositories hand back Core values only.
        .target(
            name: "EquitasPersistence",
            dependencies: [
                "EquitasCore",
                // FluentKit rather than Fluent: the Fluent module brings Vapor with it.
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CEquitasSQLite",
            ]
        ),
        // The SQLite calls a kept read connection makes, declared against sqlite-nio's copy.
        .systemLibrary(name: "CEquitasSQLite"),
        // Tables ↔ CSV and XLSX bytes, and the OOXML package parts that DOCX and PPTX share.
        .target(
            name: "EquitasSheets",
            dependencies: ["EquitasCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Core document models → bytes: DOCX, PPTX, HTML, Markdown. Pure functions.
        .target(
            name: "EquitasRender",
            dependencies: ["EquitasCore", "EquitasSheets"]
        ),
        // Vapor: configuration, the JSON API and its OpenAPI description.
        .target(
            name: "EquitasWeb",
            dependencies: [
                "EquitasCore", "EquitasLibrary", "EquitasPersistence", "EquitasRender", "EquitasSheets",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources")]
        ),
        // The commands, as a library so that tests can call them.
        .target(
            name: "EquitasCLI",
            dependencies: [
                "EquitasCore", "EquitasLibrary", "EquitasPersistence", "EquitasRender", "EquitasSheets", "EquitasWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "equitas", dependencies: ["EquitasCLI"]),
        // Benchmarks that print numbers: `swift run -c release render-benchmark`.
        .executableTarget(name: "render-benchmark", dependencies: ["EquitasCore", "EquitasRender"], path: "bench/RenderBenchmark"),
        // `swift run -c release paygap-benchmark`; bench/paygap/compare.sh runs it beside pandas and polars.
        .executableTarget(
            name: "paygap-benchmark", dependencies: ["EquitasCore", "EquitasSheets", "EquitasLibrary"], path: "bench/PayGapBenchmark"),
        // `swift run -c release library-search-benchmark`: 10,000 challenges in SQLite, searched.
        .executableTarget(
            name: "library-search-benchmark",
            dependencies: ["EquitasCore", "EquitasLibrary", "EquitasPersistence", .product(name: "FluentSQL", package: "fluent-kit")],
            path: "bench/LibrarySearchBenchmark"),
        // `swift run -c release library-import-accuracy`: the report recogniser scored on bench/import-corpus.
        .executableTarget(
            name: "library-import-accuracy", dependencies: ["EquitasCore", "EquitasLibrary", "EquitasSheets"], path: "bench/ImportAccuracy"),
        .target(
            name: "EquitasTestSupport",
            dependencies: [
                "EquitasCore", "EquitasLibrary", "EquitasPersistence", "EquitasWeb",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        // Realistic domain values built the same way every time, for tests of any target.
        .target(name: "EquitasFixtures", dependencies: ["EquitasCore", "EquitasRender"]),
        .testTarget(name: "EquitasCoreTests", dependencies: ["EquitasCore", "EquitasFixtures"]),
        .testTarget(name: "EquitasLibraryTests", dependencies: ["EquitasLibrary"]),
        .testTarget(
            name: "EquitasSheetsTests",
            dependencies: ["EquitasSheets", "EquitasFixtures", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "EquitasRenderTests",
            dependencies: ["EquitasRender", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "EquitasPersistenceTests",
            dependencies: ["EquitasPersistence", "EquitasTestSupport", .product(name: "FluentKit", package: "fluent-kit")]
        ),
        .testTarget(
            name: "EquitasWebTests",
            dependencies: [
                "EquitasWeb", "EquitasTestSupport", "EquitasFixtures", "EquitasSheets",
                .product(name: "VaporTesting", package: "vapor"),
                .product(name: "Yams", package: "Yams"),
            ],
            // Page snapshots are read from the source tree by path, not bundled.
            exclude: ["Pages/Snapshots/__Snapshots__", "Pages/Snapshots/README.md"]
        ),
        .testTarget(name: "EquitasCLITests", dependencies: ["EquitasCLI", "EquitasTestSupport", "EquitasFixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "BaoCao",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CLibXMLArena"),
        .systemLibrary(name: "CBaoCaoZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "WARC", dependencies: ["CBaoCaoZlib", .product(name: "Crypto", package: "swift-crypto")]),
        .target(name: "VietnameseText"),
        .target(name: "Markup", dependencies: ["CLibXML2", "CLibXMLArena", "VietnameseText"]),
        .target(name: "ExtractionEngine", dependencies: ["VietnameseText"]),
        .target(name: "Extraction", dependencies: ["ExtractionEngine", "Records", "VietnameseText"]),
        // Office documents (.docx, .odt, .doc) read into text, legacy fonts converted.
        .target(name: "Documents", dependencies: ["CLibXML2", "VietnameseText",
                                                  .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Records", dependencies: ["VietnameseText", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Storage",
            dependencies: [
                "Records", "Extraction", "VietnameseText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "Pipeline",
            dependencies: [
                "VietnameseText", "Markup", "Documents", "Extraction", "Records", "Storage", "WARC",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Crawler",
            dependencies: [
                "Pipeline", "Storage", "Markup", "Records", "VietnameseText", "WARC",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "baocao",
            dependencies: [
                "Pipeline", "Records", "Crawler", "Storage", "Markup", "Extraction", "VietnameseText", "WARC",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "baocao-bench",
            dependencies: [
                "Pipeline", "Markup", "Extraction", "VietnameseText", "Records", "CLibXML2",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (libFuzzer): `scripts/fuzz TARGET SECONDS` builds one with
        // -sanitize=fuzzer,address; in a plain build they are small executables that do nothing.
        .target(name: "FuzzEntryPoints", dependencies: ["VietnameseText", "Markup", "Extraction", "Records"],
                path: "Fuzz/FuzzEntryPoints"),
        .target(name: "PipelineFuzzEntryPoint", dependencies: ["Pipeline", "FuzzEntryPoints"],
                path: "Fuzz/PipelineFuzzEntryPoint"),
        .executableTarget(name: "FuzzDecode", dependencies: ["FuzzEntryPoints"], path: "Fuzz/FuzzDecode"),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzEntryPoints"], path: "Fuzz/FuzzHTML"),
        .executableTarget(name: "FuzzPlainText", dependencies: ["FuzzEntryPoints"], path: "Fuzz/FuzzPlainText"),
        .executableTarget(name: "FuzzExtract", dependencies: ["FuzzEntryPoints"], path: "Fuzz/FuzzExtract"),
        .executableTarget(name: "FuzzDocument", dependencies: ["PipelineFuzzEntryPoint"], path: "Fuzz/FuzzDocument"),
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "CLibXMLArena", "VietnameseText"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ExtractionEngine", "Records", "VietnameseText"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "Extraction"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "VietnameseText", "TestSupport",
                                                          .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
        .target(name: "TestSupport", dependencies: ["Storage"], path: "Tests/TestSupport"),
        .testTarget(name: "StorageTests", dependencies: ["Storage", "Records", "Extraction", "TestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "CrawlerTests",
                    dependencies: ["Crawler", "Pipeline", "Storage", "Records", "Markup", "baocao", "TestSupport", "WARC", "VietnameseText",
                                   .product(name: "AsyncHTTPClient", package: "async-http-client"),
                                   .product(name: "Logging", package: "swift-log"),
                                   .product(name: "NIOCore", package: "swift-nio")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "FuzzReplayTests",
                    dependencies: ["FuzzEntryPoints", "PipelineFuzzEntryPoint", "VietnameseText"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Extraction", "Records", "Storage", "VietnameseText", "baocao", "TestSupport",
                                                          .product(name: "Logging", package: "swift-log")], exclude: ["score.py"]),
    ],
    swiftLanguageModes: [.v6]
)

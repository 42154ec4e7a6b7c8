// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "BaoCao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .library(name: "Extraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "VietnameseText"),
        .target(name: "Markup", dependencies: ["CLibXML2", "VietnameseText"]),
        .target(name: "Extraction", dependencies: ["VietnameseText"]),
        .target(name: "Records", dependencies: ["Extraction"]),
        .target(name: "Storage", dependencies: ["Records"]),
        .target(
            name: "Pipeline",
            dependencies: [
                "VietnameseText", "Markup", "Extraction", "Records", "Storage",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "baocao",
            dependencies: [
                "Pipeline", "Records",
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
        .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "VietnameseText"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "VietnameseText"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Records", "baocao"], exclude: ["score.py"]),
    ],
    swiftLanguageModes: [.v6]
)

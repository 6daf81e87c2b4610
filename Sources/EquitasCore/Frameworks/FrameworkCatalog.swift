/// Every framework this installation knows, each version kept so that a challenge
/// opened under an older version still finds it.
public struct FrameworkCatalog: Sendable {
    public private(set) var frameworks: [Framework]

    public init(_ frameworks: [Framework]) {
        self.frameworks = frameworks.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
    }

    /// The named version, or the newest version when `version` is nil.
    public func framework(_ id: String, version: String? = nil) -> Framework? {
        let candidates = frameworks.filter { $0.id == id }
        if let version { return candidates.first { $0.version == version } }
        return candidates.max { FrameworkCatalog.versionOrder($0.version, $1.version) }
    }

    /// The newest version of each framework, for listings.
    public var latest: [Framework] {
        Dictionary(grouping: frameworks, by: \.id).values
            .compactMap { $0.max { FrameworkCatalog.versionOrder($0.version, $1.version) } }
            .sorted { $0.id < $1.id }
    }

    /// "2021.10" after "2021.9": compares dot-separated numbers as numbers.
    static func versionOrder(_ a: String, _ b: String) -> Bool {
        let pa = a.split(separator: ".").map { Int($0) ?? 0 }
        let pb = b.split(separator: ".").map { Int($0) ?? 0 }
        for (x, y) in zip(pa, pb) where x != y { return x < y }
        return pa.count < pb.count
    }
}

import EquitasCore

/// Finds a framework by id and optional version, or says what does exist.
enum FrameworkLookup {
    struct NotFound: Error, CustomStringConvertible {
        var description: String
    }

    static func find(_ id: String, version: String?, in catalog: FrameworkCatalog) -> Result<Framework, NotFound> {
        if let framework = catalog.framework(id, version: version) { return .success(framework) }
        let versions = catalog.frameworks.filter { $0.id == id }.map(\.version)
        if let version, !versions.isEmpty {
            return .failure(NotFound(description: "framework \"\(id)\" has no version \"\(version)\" (known: \(versions.joined(separator: ", ")))"))
        }
        let ids = catalog.latest.map(\.id)
        return .failure(NotFound(description: "no framework \"\(id)\" (known: \(ids.joined(separator: ", ")))"))
    }
}

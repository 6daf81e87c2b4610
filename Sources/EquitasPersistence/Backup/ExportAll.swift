import EquitasCore
import FluentKit
import Foundation

/// Every challenge and action plan as its interchange document, with the evidence files
/// the challenges name, handed one entry at a time to whoever packs them (the CLI zips
/// them): `challenges/<id>.json` (the bytes `equitas challenge export` writes),
/// `action-plans/<id>.json` (those of `equitas actions export --format json`),
/// `evidence/<sha256>`, and last `manifest.json` listing them.
public struct ExportAll: Sendable {
    public static let formatName = "equitas.export-all/1"

    public struct Manifest: Codable, Equatable, Sendable {
        public var format: String
        public var createdAt: String
        public var challenges: [Entry]
        public var actionPlans: [Entry]
        public var evidence: [String]
        /// Files a challenge names that the evidence folder does not hold.
        public var missingEvidence: [String]
    }

    public struct Entry: Codable, Equatable, Sendable {
        public var id: UUID
        /// The organisations challenged, or the plan's title: for a person reading the list.
        public var name: String
        public var path: String
    }

    public let db: any Database
    public let catalog: FrameworkCatalog
    public let evidence: EvidenceFileStore

    public init(db: any Database, catalog: FrameworkCatalog, evidence: EvidenceFileStore) {
        self.db = db
        self.catalog = catalog
        self.evidence = evidence
    }

    public func write(
        to sink: (_ path: String, _ data: Data) async throws -> Void, progress: (String) -> Void = { _ in }
    ) async throws -> Manifest {
        var manifest = Manifest(
            format: Self.formatName, createdAt: ISO8601DateFormatter().string(from: Date()), challenges: [], actionPlans: [],
            evidence: [], missingEvidence: [])
        var named: Set<String> = []
        let challenges = ChallengeInterchange(db: db, catalog: catalog)
        for id in try await ChallengeRow.query(on: db).sort(\.$id).all(\.$id) {
            let document = try await challenges.export(id)
            let path = "challenges/\(id.uuidString.lowercased()).json"
            try await sink(path, try document.encoded())
            manifest.challenges.append(Entry(id: id, name: document.organisations.map(\.name).joined(separator: ", "), path: path))
            named.formUnion(document.evidence.compactMap(\.file?.sha256))
        }
        progress("challenges: \(manifest.challenges.count)")
        let plans = ActionPlanInterchange(db: db, catalog: catalog)
        for id in try await ActionPlanRow.query(on: db).sort(\.$id).all(\.$id) {
            let document = try await plans.export(id)
            let path = "action-plans/\(id.uuidString.lowercased()).json"
            try await sink(path, try document.encoded())
            manifest.actionPlans.append(Entry(id: id, name: document.title, path: path))
        }
        progress("action plans: \(manifest.actionPlans.count)")
        for digest in named.sorted() {
            guard let data = try? evidence.read(sha256: digest) else {
                manifest.missingEvidence.append(digest)
                continue
            }
            try await sink("evidence/\(digest)", data)
            manifest.evidence.append(digest)
        }
        progress("evidence files: \(manifest.evidence.count)" + (manifest.missingEvidence.isEmpty ? "" : " (\(manifest.missingEvidence.count) named but missing)"))
        try await sink("manifest.json", try JSONCoding.encoder().encode(manifest) + Data([0x0A]))
        return manifest
    }
}

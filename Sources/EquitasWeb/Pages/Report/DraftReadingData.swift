import EquitasCore
import EquitasPersistence
import EquitasRender
import Foundation
import Vapor

/// The newest version issued of a challenge's report, to read in full, and whether the
/// person reading may comment on it now (a draft with the council, and the right to
/// comment: the same rule as the comments page's form).
struct DraftReadingData {
    var work: PeerWorkRecord
    var version: ReportVersion?
    var framework: Framework?
    var secondFramework: Framework? = nil
    var commentable: Bool
    var done: String?

    static func load(_ req: Request) async throws -> DraftReadingData {
        let work = try await PeerWorkRecord.load(req)
        let facts = try await req.challengeFacts()
        let store = ReportVersionStore(db: req.db, catalog: req.catalog)
        let issued = try await store.list(challengeId: work.id)
        guard let newest = issued.max(by: { $0.number < $1.number }) else {
            return DraftReadingData(work: work, version: nil, framework: nil, commentable: false, done: nil)
        }
        let version = try await store.version(challengeId: work.id, number: newest.number)
        let open = version.kind == .draft && work.challenge.status < .final
        return DraftReadingData(
            work: work, version: version, framework: try ReportSource(version: version).framework(in: req.catalog),
            secondFramework: ReportSource(version: version).secondFramework(in: req.catalog),
            commentable: open && req.pageContext.may(.write, .challenge(facts, part: .comments)), done: req.query["done"])
    }

    /// Which kind of part an item of the report shows, by its anchor (the part's id).
    static func anchorKinds(_ version: ReportVersion) -> [String: ReportAnchorKind] {
        var kinds: [String: ReportAnchorKind] = [:]
        for finding in version.snapshot.findings { kinds[finding.id.uuidString.lowercased()] = .finding }
        for recommendation in version.snapshot.recommendations { kinds[recommendation.id.uuidString.lowercased()] = .recommendation }
        return kinds
    }
}

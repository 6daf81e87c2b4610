import EquitasCore
import FluentKit
import Foundation

/// Evidence documents: a part like any other, plus the uploaded file.
public typealias EvidenceStore = ChallengePartStore<EvidenceDocument>

extension ChallengePartStore where Part == EvidenceDocument {
    /// Records the file stored for an evidence document (see `EvidenceFileStore`),
    /// replacing any earlier one. The only way a document's file is set.
    public func attachFile(challengeId: UUID, id: UUID, file: StoredFile) async throws -> Identified<EvidenceDocument> {
        _ = try await get(challengeId: challengeId, id: id)
        let file = try await nested("file") { try file.validated() }
        return try await db.transaction { db in
            guard let row = try await EvidenceRow.query(on: db).filter(.id, .equal, id).filter("challenge_id", .equal, challengeId).first()
            else {
                throw NotFound(entity: EvidenceRow.noun, id: id)
            }
            row.attach(file)
            try await row.update(on: db)
            return Identified(id: id, value: try row.part())
        }
    }
}

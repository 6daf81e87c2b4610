import EquitasCore
import FluentKit
import Foundation

final class EvidenceRow: PlainPartRow, @unchecked Sendable {
    static let schema = "evidence"
    static let noun = "evidence document"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "title") var title: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "date") var date: String?
    @OptionalField(key: "url") var url: String?
    @OptionalField(key: "filename") var filename: String?
    @OptionalField(key: "media_type") var mediaType: String?
    @OptionalField(key: "size") var size: Int?
    @OptionalField(key: "sha256") var sha256: String?
    @Field(key: "position") var position: Int
    @OptionalField(key: "impact_assessment_id") var impactAssessmentId: UUID?

    init() {}

    func apply(_ part: EvidenceDocument) {
        title = part.title
        kind = part.kind.rawValue
        date = part.date?.description
        url = part.url
        impactAssessmentId = part.impactAssessmentId
        attach(part.file)
    }

    func attach(_ file: StoredFile?) {
        filename = file?.filename
        mediaType = file?.mediaType
        size = file?.size
        sha256 = file?.sha256
    }

    func part() throws -> EvidenceDocument {
        var file: StoredFile?
        if let filename, let mediaType, let size, let sha256 {
            file = StoredFile(filename: filename, mediaType: mediaType, size: size, sha256: sha256)
        }
        return EvidenceDocument(
            title: title, kind: try read(kind, column: "kind"), date: try read(date, as: CalendarDate.init, column: "date"),
            url: url, file: file, impactAssessmentId: impactAssessmentId)
    }

    /// A file carried in by an import must look like one the evidence store wrote.
    static func check(_ part: EvidenceDocument, id: UUID, challengeId: UUID, on db: any Database) async throws {
        try await nested("file") { _ = try part.file?.validated() }
        if let assessment = part.impactAssessmentId {
            try await checkAssessment(assessment, challengeId: challengeId, on: db)
        }
    }

    /// The assessment must be in the register of one of the challenge's councils: a
    /// council's evidence is its own, never another's.
    static func checkAssessment(_ id: UUID, challengeId: UUID, on db: any Database) async throws {
        let councils = try await ChallengeOrganisationRow.query(on: db).filter("challenge_id", .equal, challengeId).all()
            .map(\.organisationId)
        let found = try await ImpactAssessmentRow.query(on: db).filter(.id, .equal, id)
            .filter(ImpactAssessmentRow.among("organisation_id", councils)).count()
        guard found > 0 else {
            throw ValidationFailure(
                path: "impact_assessment_id",
                message: "\(id.uuidString.lowercased()) is not an impact assessment of any of this challenge's councils")
        }
    }

    /// Only an upload sets the file (see `attachFile`); an edit keeps whatever was uploaded.
    static func accepting(_ input: EvidenceDocument, stored: EvidenceDocument?) -> EvidenceDocument {
        var part = input
        part.file = stored?.file
        return part
    }
}

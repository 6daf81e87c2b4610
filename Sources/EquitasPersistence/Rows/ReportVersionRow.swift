import EquitasCore
import FluentKit
import Foundation

/// An issued version of a challenge's report, its snapshot held as JSON text.
final class ReportVersionRow: EquitasRow, @unchecked Sendable {
    static let schema = "report_versions"
    static let noun = "report version"

    @ID(key: .id) var id: UUID?
    @Field(key: "challenge_id") var challengeId: UUID
    @Field(key: "number") var number: Int
    @Field(key: "kind") var kind: String
    @Field(key: "issued_on") var issuedOn: String
    @Field(key: "issued_by") var issuedBy: String
    @Field(key: "snapshot") var snapshot: String

    init() {}

    init(id: UUID, challengeId: UUID, version: ReportVersion) throws {
        self.id = id
        self.challengeId = challengeId
        number = version.number
        kind = version.kind.rawValue
        issuedOn = version.issuedOn.description
        issuedBy = version.issuedBy
        snapshot = try Self.encode(version.snapshot)
    }

    func version() throws -> ReportVersion {
        let record = try Self.decode(snapshot, table: Self.schema)
        return ReportVersion(
            number: number, kind: try read(kind, column: "kind"), issuedOn: try read(issuedOn, as: CalendarDate.init, column: "issued_on"),
            issuedBy: issuedBy, snapshot: record)
    }

    /// Reads only the columns a listing needs, never the snapshot.
    func summary(comments: CommentCounts) throws -> ReportVersionSummary {
        ReportVersionSummary(
            number: number, kind: try read(kind, column: "kind"), issuedOn: try read(issuedOn, as: CalendarDate.init, column: "issued_on"),
            issuedBy: issuedBy, comments: comments)
    }

    /// A frozen challenge from its JSON text, or the column named as corrupt.
    static func decode(_ snapshot: String, table: String) throws -> ChallengeRecord {
        do {
            return try JSONCoding.decoder().decode(ChallengeRecord.self, from: Data(snapshot.utf8))
        } catch {
            throw CorruptColumn(table: table, column: "snapshot", value: String(snapshot.prefix(80)) + "…")
        }
    }

    /// JSONCoding's dialect without the indentation, which would only take up space.
    static func encode(_ record: ChallengeRecord) throws -> String {
        let encoder = JSONCoding.encoder()
        encoder.outputFormatting.remove(.prettyPrinted)
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    /// The challenge's versions without their snapshots, by number.
    static func listing(_ challengeId: UUID, on db: any Database) async throws -> [ReportVersionRow] {
        try await query(on: db).filter("challenge_id", .equal, challengeId)
            .field(\.$id).field(\.$challengeId).field(\.$number).field(\.$kind).field(\.$issuedOn).field(\.$issuedBy)
            .sort("number").all()
    }

    /// The version with this number, if it is one of this challenge's.
    static func find(challengeId: UUID, number: Int, on db: any Database) async throws -> ReportVersionRow {
        let row = try await query(on: db).filter("challenge_id", .equal, challengeId).filter("number", .equal, number).first()
        guard let row else { throw NotFound(entity: noun, id: "\(number)") }
        return row
    }
}

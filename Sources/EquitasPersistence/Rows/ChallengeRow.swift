import EquitasCore
import FluentKit
import Foundation

/// A challenge's own columns. Its organisations and modules are rows of their own,
/// because both are ordered lists that other rows refer into.
final class ChallengeRow: EquitasRow, @unchecked Sendable {
    static let schema = "challenges"
    static let noun = "challenge"

    @ID(key: .id) var id: UUID?
    @Field(key: "framework_id") var frameworkId: String
    @Field(key: "framework_version") var frameworkVersion: String
    @Field(key: "kind") var kind: String
    @OptionalField(key: "focus") var focus: String?
    @OptionalField(key: "start_date") var startDate: String?
    @OptionalField(key: "end_date") var endDate: String?
    @Field(key: "status") var status: String
    @OptionalField(key: "conclusion") var conclusion: String?
    @OptionalField(key: "award_level") var awardLevel: String?
    @OptionalField(key: "award_awarded") var awardAwarded: String?
    @OptionalField(key: "award_expires") var awardExpires: String?
    @OptionalField(key: "follows_id") var followsId: UUID?
    @OptionalField(key: "second_framework_id") var secondFrameworkId: String?
    @OptionalField(key: "second_framework_version") var secondFrameworkVersion: String?
    @OptionalField(key: "second_level") var secondLevel: String?
    @OptionalField(key: "second_judgement") var secondJudgement: String?
    @Timestamp(key: "created_at", on: .create, format: MicrosecondTimestamp()) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update, format: MicrosecondTimestamp()) var updatedAt: Date?

    init() {}

    init(id: UUID, challenge: Challenge) {
        self.id = id
        apply(challenge)
    }

    /// Everything but the organisations and modules. The version is pinned by validation
    /// before a challenge is stored.
    func apply(_ challenge: Challenge) {
        frameworkId = challenge.frameworkId
        frameworkVersion = challenge.frameworkVersion ?? ""
        kind = challenge.kind.rawValue
        focus = challenge.focus
        startDate = challenge.start?.description
        endDate = challenge.end?.description
        status = challenge.status.rawValue
        conclusion = challenge.conclusion
        awardLevel = challenge.award?.level
        awardAwarded = challenge.award?.awarded.description
        awardExpires = challenge.award?.expires.description
        followsId = challenge.follows
        secondFrameworkId = challenge.secondLevel?.frameworkId
        secondFrameworkVersion = challenge.secondLevel?.frameworkVersion
        secondLevel = challenge.secondLevel?.level
        secondJudgement = challenge.secondLevel?.judgement.rawValue
    }

    func challenge(organisationIds: [UUID], modules: [ModuleScope]) throws -> Challenge {
        Challenge(
            organisationIds: organisationIds, frameworkId: frameworkId, frameworkVersion: frameworkVersion,
            kind: try read(kind, column: "kind"), modules: modules, focus: focus,
            start: try read(startDate, as: CalendarDate.init, column: "start_date"),
            end: try read(endDate, as: CalendarDate.init, column: "end_date"),
            status: try read(status, column: "status"), conclusion: conclusion, award: try award(), follows: followsId,
            secondLevel: try second())
    }

    private func second() throws -> SecondLevel? {
        guard let secondFrameworkId, let secondLevel else { return nil }
        return SecondLevel(
            frameworkId: secondFrameworkId, frameworkVersion: secondFrameworkVersion, level: secondLevel,
            judgement: try read(secondJudgement ?? Judgement.none.rawValue, column: "second_judgement"))
    }

    private func award() throws -> Accreditation? {
        guard let awardLevel, let awardAwarded else { return nil }
        return Accreditation(
            level: awardLevel, awarded: try read(awardAwarded, as: CalendarDate.init, column: "award_awarded"),
            expires: try read(awardExpires, as: CalendarDate.init, column: "award_expires"))
    }
}

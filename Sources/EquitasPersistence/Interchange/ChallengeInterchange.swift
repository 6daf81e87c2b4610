import EquitasCore
import FluentKit
import Foundation

/// Whole challenges in and out as `equitas.challenge/1` documents. Import finds or
/// creates the organisations and people the document names and stores the challenge,
/// all in one transaction: a document with one bad field leaves no trace. Its report
/// versions become the challenge's issued versions, and their comments the comments the
/// comments page and the report's comments annex show.
public struct ChallengeInterchange: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    /// The challenge as `visibility` lets its reader see it: a council's export holds only
    /// what the council may read.
    /// Its report versions and the council's comments come along (`report_versions`).
    public func export(_ id: UUID, visibility: ChallengeVisibility = .everything) async throws -> ChallengeDocument {
        let record = try await ChallengeStore(db: db, catalog: catalog).record(id).visible(to: visibility)
        var document = ChallengeDocument(record: record)
        let versions = try await ReportVersionStore(db: db, catalog: catalog).list(challengeId: id)
        let comments = versions.isEmpty ? [] : try await ReportCommentStore(db: db, catalog: catalog).all(challengeId: id).map(\.value)
        document.reportVersions = ChallengeDocument.ReportVersionEntry.entries(versions: versions, comments: comments, record: record)
        return document
    }

    /// Reads, validates and stores a document; returns the new challenge's id.
    public func importDocument(_ data: Data) async throws -> UUID {
        let document = try ChallengeDocument.decode(data).validated(against: catalog)
        return try await importDocument(document)
    }

    public func importDocument(_ document: ChallengeDocument) async throws -> UUID {
        let catalog = self.catalog
        return try await db.transaction { db in
            let organisationStore = OrganisationStore(db: db)
            var organisations: [Identified<Organisation>] = []
            for needed in document.organisationsNeeded {
                organisations.append(try await organisationStore.findOrCreate(needed))
            }
            let personStore = PersonStore(db: db)
            var people: [Identified<Person>] = []
            for needed in document.peopleNeeded {
                let organisationId = needed.organisation.flatMap { name in organisations.first { $0.value.name == name }?.id }
                people.append(try await personStore.findOrCreate(name: needed.name, organisationId: organisationId, jobTitle: needed.jobTitle))
            }
            let directory = ChallengeDirectory(organisations: organisations, people: people)
            let record = try document.record(directory: directory, newID: UUID.init)
            let challenges = ChallengeStore(db: db, catalog: catalog)
            let id = try await challenges.insert(record: record)
            let versions = try document.importedReportVersions(record: record, framework: nil)
            guard !versions.isEmpty else { return id }
            // Frozen as stored, so the draft reads exactly as the live challenge does now.
            let snapshot = try await challenges.record(id).withoutTeamNotes
            for imported in versions {
                var version = imported.version
                version.snapshot = snapshot
                let row = try ReportVersionRow(id: UUID(), challengeId: id, version: version)
                try await row.create(on: db)
                for comment in imported.comments {
                    try await ReportCommentRow(id: UUID(), challengeId: id, versionId: try row.requireID(), comment: comment).create(on: db)
                }
            }
            return id
        }
    }
}

import EquitasCore
import EquitasPersistence
import FluentKit
import Foundation

extension ActionPlanExchange {
    public struct ImportOutcome: Codable, Sendable {
        /// False for a dry run, when there was nothing to change, or when refused.
        public var applied: Bool
        public var summary: String
        /// What the import writes (or, for a dry run, would write).
        public var changes: [String]
        /// The revision the sheet was exported at; nil when the sheet does not say.
        public var exportedRevision: Int64?
        /// The plan's revision when the sheet was read.
        public var currentRevision: Int64
        /// What changed in the plan since the export, a line each.
        public var sinceExport: [String]
        /// Where the sheet would undo newer work.
        public var conflicts: [PlanConflict]
        /// True when the import was refused (or, for a dry run, would be) because the sheet
        /// would undo newer work and force was not given. Nothing is written.
        public var refused: Bool
        /// How the sheet was compared with the plan, in a sentence or two.
        public var message: String
    }

    /// Reads a spreadsheet (XLSX or CSV) and brings the plan into line with it. Every
    /// row is checked before anything is written; an unchanged export changes nothing.
    /// A sheet exported at an earlier revision is compared three ways (`PlanMerge`):
    /// its own changes are applied, newer work it did not touch stands, and if it would
    /// undo newer work the import is refused, unless `force`.
    public func importSheet(
        _ data: Data, into planId: UUID, importedBy: String, today: CalendarDate, dryRun: Bool, force: Bool = false,
        headings: ActionPlanHeadings = .layout
    ) async throws -> ImportOutcome {
        let (table, origin) = try Self.sheet(from: data)
        let catalog = self.catalog
        return try await db.transactionKeepingAuthor { db in
            let exchange = ActionPlanExchange(db: db, catalog: catalog, clock: clock)
            let exports = try ActionPlanExportStore(db: db)
            let record = try await exchange.store.record(planId)
            let revision = try await exports.revision(of: planId) ?? 0
            let vocabulary = try await exchange.interchange.vocabulary(for: record)
            let content = try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: importedBy, today: today, headings: headings)
            let outcome = try await exchange.compare(
                content, with: record, revision: revision, origin: origin, vocabulary: vocabulary, importedBy: importedBy, today: today, force: force)
            let apply = !dryRun && !outcome.refused && !outcome.changes.isEmpty
            if apply { try await exchange.store.apply(outcome.changes, to: planId) }
            var answer = ImportOutcome(
                applied: apply, summary: outcome.changes.summary, changes: outcome.changes.lines(current: record, vocabulary: vocabulary),
                exportedRevision: origin?.revision, currentRevision: revision, sinceExport: outcome.sinceExport,
                conflicts: outcome.conflicts, refused: outcome.refused, message: outcome.message)
            if outcome.refused { answer.summary = "refused: the sheet would undo newer work" }
            return answer
        }
    }

    /// What a comparison found, before it is applied.
    struct Comparison {
        var changes: PlanChanges
        var sinceExport: [String] = []
        var conflicts: [PlanConflict] = []
        var refused = false
        var message: String
    }

    /// The sheet against the plan: two ways when the sheet is of the plan as it stands
    /// (or does not say, or force overrides a question it cannot answer), three ways when
    /// it was exported at an earlier revision.
    func compare(
        _ content: PlanContent, with record: ActionPlanRecord, revision: Int64, origin: PlanSheetOrigin?,
        vocabulary: PlanVocabulary, importedBy: String, today: CalendarDate, force: Bool
    ) async throws -> Comparison {
        let planId = record.plan.id
        let plain = { (message: String) in
            Comparison(changes: PlanImport.changes(current: record, incoming: content, importedBy: importedBy, today: today), message: message)
        }
        guard let origin else {
            return plain("The spreadsheet does not say which revision of the plan it was exported from, so it was compared with the plan as it stands: where they differ, the sheet's version is taken.")
        }
        guard origin.planId == planId else {
            guard force else {
                throw ValidationFailure(
                    path: "file",
                    message: "this spreadsheet was exported from another plan (\(origin.planId.uuidString.lowercased())); import it into that plan, or import it with force to make this plan match it")
            }
            return plain("The spreadsheet was exported from another plan; as asked, it was compared with this plan as it stands, and the sheet's version is taken wherever they differ.")
        }
        guard origin.revision != revision else {
            return plain("The plan has not changed since the spreadsheet was exported (revision \(revision)).")
        }
        let moved = "The plan has changed since this spreadsheet was exported (at revision \(origin.revision); it is now at revision \(revision))"
        guard let base = try await ActionPlanExportStore(db: db).exported(planId: planId, revision: origin.revision) else {
            guard force else {
                var refusal = Comparison(
                    changes: PlanChanges(),
                    message: "\(moved), and Equitas no longer holds the plan as it was exported, so it cannot tell your changes from newer ones. Nothing was written. Export the plan again and copy your changes into the new sheet, or import with force to make the plan match the sheet.")
                refusal.refused = true
                return refusal
            }
            return plain("\(moved). The plan as exported is no longer held, so, as asked, the plan was made to match the sheet wherever they differ.")
        }
        let merged = PlanMerge.merge(
            base: base, current: record, incoming: content, importedBy: importedBy, today: today, force: force, vocabulary: vocabulary)
        var comparison = Comparison(changes: merged.changes, sinceExport: merged.sinceExport, conflicts: merged.conflicts, message: "")
        if merged.conflicts.isEmpty {
            comparison.message = "\(moved). Only what the sheet changes is applied; the changes made to the plan since stand."
        } else if force {
            comparison.message = "\(moved), and the sheet undoes some of those changes; as asked, the sheet's changes were taken over them (\(Self.counted(merged.conflicts.count)))."
        } else {
            comparison.refused = true
            comparison.message = "\(moved), and the sheet would undo some of those changes (\(Self.counted(merged.conflicts.count))). Nothing was written. Export the plan again and make your changes there, or import with force to let the sheet's changes replace the newer ones."
        }
        return comparison
    }

    static func counted(_ conflicts: Int) -> String {
        conflicts == 1 ? "1 place where both changed" : "\(conflicts) places where both changed"
    }
}

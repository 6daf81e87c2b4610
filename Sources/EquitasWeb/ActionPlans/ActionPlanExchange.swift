import EquitasCore
import EquitasPersistence
import EquitasRender
import EquitasSheets
import FluentKit
import Foundation

/// Action plans in and out of files, for the API and the CLI alike: spreadsheet and
/// JSON export, import into an existing plan (worked out first, applied in one
/// transaction, or only described for a dry run), a new plan from a spreadsheet,
/// and the committee's progress report.
public struct ActionPlanExchange: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog

    public init(db: any Database, catalog: FrameworkCatalog) {
        self.db = db
        self.catalog = catalog
    }

    var store: ActionPlanStore { ActionPlanStore(db: db, catalog: catalog) }
    var interchange: ActionPlanInterchange { ActionPlanInterchange(db: db, catalog: catalog) }

    // MARK: Export

    public func export(_ planId: UUID, format: PlanFileFormat) async throws -> ExportedFile {
        let record = try await store.record(planId)
        let stem = ReportRendering.slug(record.plan.value.title)
        let data: Data
        switch format {
        case .json:
            data = try await interchange.export(planId).encoded()
        case .csv:
            data = CSVWriter.write(ActionPlanSheet.table(for: record, vocabulary: try await interchange.vocabulary(for: record)))
        case .xlsx:
            let today = CalendarDate(Date())
            let table = ActionPlanSheet.workbookTable(for: record, vocabulary: try await interchange.vocabulary(for: record), today: today)
            data = try XLSXWriter.write([table], properties: .init(title: record.plan.value.title, author: "Equitas", date: today))
        }
        return ExportedFile(data: data, filename: "\(stem).\(format.rawValue)", contentType: format.contentType)
    }

    // MARK: Import into an existing plan

    public struct ImportOutcome: Codable, Sendable {
        /// False for a dry run, or when there was nothing to change.
        public var applied: Bool
        public var summary: String
        public var changes: [String]
    }

    /// Reads a spreadsheet (XLSX or CSV) and brings the plan into line with it. Every
    /// row is checked before anything is written; an unchanged export changes nothing.
    public func importSheet(_ data: Data, into planId: UUID, importedBy: String, today: CalendarDate, dryRun: Bool) async throws -> ImportOutcome {
        let table = try Self.table(from: data)
        let catalog = self.catalog
        return try await db.transactionKeepingAuthor { db in
            let exchange = ActionPlanExchange(db: db, catalog: catalog)
            let record = try await exchange.store.record(planId)
            let vocabulary = try await exchange.interchange.vocabulary(for: record)
            let content = try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: importedBy, today: today)
            let changes = PlanImport.changes(current: record, incoming: content, importedBy: importedBy, today: today)
            let apply = !dryRun && !changes.isEmpty
            if apply { try await exchange.store.apply(changes, to: planId) }
            return ImportOutcome(applied: apply, summary: changes.summary, changes: changes.lines(current: record, vocabulary: vocabulary))
        }
    }

    // MARK: A new plan from a file

    /// A new plan from a spreadsheet (the council, and perhaps the challenge it answers,
    /// named by the caller) or from an `equitas.action-plan/1` document (which names
    /// its council itself).
    public func importNew(
        _ data: Data, organisationId: UUID?, challengeId: UUID?, title: String?, importedBy: String, today: CalendarDate
    ) async throws -> ActionPlanRecord {
        if PlanFileFormat.detect(data) == .json {
            let id = try await interchange.importDocument(data, challengeId: challengeId)
            return try await store.record(id)
        }
        guard let organisationId else {
            throw ValidationFailure(path: "organisation_id", message: "a spreadsheet does not say whose plan it is; give the organisation")
        }
        let table = try Self.table(from: data)
        let organisation = try await OrganisationStore(db: db).get(organisationId)
        let plan = ActionPlan(
            organisationId: organisationId, challengeId: challengeId,
            title: Text.optional(title) ?? "\(organisation.value.name): action plan")
        let empty = ActionPlanRecord(plan: Identified(id: UUID(), value: plan), items: [])
        let vocabulary = try await interchange.vocabulary(for: empty)
        let content = try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: importedBy, today: today)
        return try await store.createFromContent(plan, content: content)
    }

    static func table(from data: Data) throws -> SheetTable {
        switch PlanFileFormat.detect(data) {
        case .xlsx: return try XLSXReader.readFirst(data)
        case .csv: return try CSVReader.read(data, name: "Action plan")
        case .json:
            throw ValidationFailure(path: "", message: "this is a JSON document; import it as a new plan, or send the plan's spreadsheet (XLSX or CSV)")
        }
    }
}

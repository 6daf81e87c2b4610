import EquitasCore
import EquitasPersistence
import EquitasRender
import EquitasSheets
import FluentKit
import Foundation

/// Action plans in and out of files, for the API and the CLI alike: spreadsheet and
/// JSON export, import into an existing plan (`+Import`), a new plan from a
/// spreadsheet, and the committee's progress report.
public struct ActionPlanExchange: Sendable {
    public let db: any Database
    public let catalog: FrameworkCatalog
    /// When an export is kept and what day a workbook is dated: the application's clock
    /// (`req.clock`, `app.equitas.clock`), so a pinned clock pins the files.
    public let clock: AppClock

    public init(db: any Database, catalog: FrameworkCatalog, clock: AppClock) {
        self.db = db
        self.catalog = catalog
        self.clock = clock
    }

    var store: ActionPlanStore { ActionPlanStore(db: db, catalog: catalog) }
    var interchange: ActionPlanInterchange { ActionPlanInterchange(db: db, catalog: catalog) }

    // MARK: Export

    /// A spreadsheet names the plan and the revision it was exported at (`PlanSheetOrigin`),
    /// and the plan as exported is kept, so that a later import can tell the sheet's
    /// changes from the plan's since (ADR 0012).
    public func export(_ planId: UUID, format: PlanFileFormat) async throws -> ExportedFile {
        if format == .json {
            let record = try await store.record(planId)
            return ExportedFile(
                data: try await interchange.export(planId).encoded(),
                filename: "\(ReportRendering.slug(record.plan.value.title)).json", contentType: format.contentType)
        }
        let (record, revision) = try await recordWithRevision(planId)
        try await ActionPlanExportStore(db: db).keep(record, revision: revision, at: clock.now)
        let origin = PlanSheetOrigin(planId: planId, revision: revision)
        let vocabulary = try await interchange.vocabulary(for: record)
        let data: Data
        if format == .csv {
            data = CSVWriter.write(ActionPlanSheet.table(for: record, vocabulary: vocabulary), preamble: origin.sentence)
        } else {
            let today = clock.today
            let table = ActionPlanSheet.workbookTable(for: record, vocabulary: vocabulary, today: today)
            data = try XLSXWriter.write([table, origin.table], properties: .init(title: record.plan.value.title, author: "Equitas", date: today))
        }
        let stem = ReportRendering.slug(record.plan.value.title)
        return ExportedFile(data: data, filename: "\(stem).\(format.rawValue)", contentType: format.contentType)
    }

    /// The plan and the revision it is at, read so that they agree: the plan is read in
    /// several queries, and a change committed between them moves the revision, so the
    /// read is repeated until the revision before and after is the same.
    func recordWithRevision(_ planId: UUID) async throws -> (ActionPlanRecord, Int64) {
        let exports = try ActionPlanExportStore(db: db)
        var attempts = 0
        while true {
            let before = try await exports.revision(of: planId)
            let record = try await store.record(planId)
            let after = try await exports.revision(of: planId)
            attempts += 1
            // A plan changing faster than it can be read is not a plan anyone is editing
            // in a spreadsheet; its last reading will do.
            if let before, before == after || attempts == 10 { return (record, before) }
        }
    }

    // MARK: A new plan from a file

    /// A new plan from a spreadsheet (the council, and perhaps the challenge it answers,
    /// named by the caller) or from an `equitas.action-plan/1` document (which names
    /// its council itself).
    ///
    /// A spreadsheet may be the council's own: the usual headings are recognised, a
    /// mapping (`headings`) names the rest, and columns it lacks are left empty
    /// (`ActionPlanHeadings.lenient`).
    public func importNew(
        _ data: Data, organisationId: UUID?, challengeId: UUID?, title: String?, importedBy: String, today: CalendarDate,
        headings: ActionPlanHeadings = ActionPlanHeadings(lenient: true)
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
        let content = try ActionPlanSheet.content(from: table, vocabulary: vocabulary, importedBy: importedBy, today: today, headings: headings)
        return try await store.createFromContent(plan, content: content)
    }

    static func table(from data: Data) throws -> SheetTable {
        try sheet(from: data).table
    }

    /// The plan's rows, and where the sheet says it was exported from (nil when it does
    /// not say): the first line of a CSV file, a hidden worksheet of a workbook.
    static func sheet(from data: Data) throws -> (table: SheetTable, origin: PlanSheetOrigin?) {
        switch PlanFileFormat.detect(data) {
        case .xlsx:
            let tables = try XLSXReader.read(data)
            guard let first = tables.first else { throw ValidationFailure(path: "", message: "the workbook has no worksheets") }
            guard !first.header.isEmpty else {
                throw ValidationFailure(path: "worksheet \"\(first.name)\"", message: "the worksheet is empty: it has no header row")
            }
            let note = tables.dropFirst().first { $0.name == PlanSheetOrigin.worksheetName }?.header.first
            return (first, try note.map { try origin(from: $0, place: "worksheet \"\(PlanSheetOrigin.worksheetName)\", cell A1") })
        case .csv:
            let read = try CSVReader.read(data, name: "Action plan", preamble: PlanSheetOrigin.isMarker)
            return (read.table, try read.preamble.map { try origin(from: $0, place: "line 1") })
        case .json:
            throw ValidationFailure(path: "", message: "this is a JSON document; import it as a new plan, or send the plan's spreadsheet (XLSX or CSV)")
        }
    }

    private static func origin(from sentence: String, place: String) throws -> PlanSheetOrigin {
        guard let origin = PlanSheetOrigin(sentence: sentence) else {
            throw ValidationFailure(
                path: place,
                message: "the note of where this sheet was exported from has been changed and cannot be read; put it back as it was exported, or delete it to compare the sheet with the plan as it stands")
        }
        return origin
    }
}

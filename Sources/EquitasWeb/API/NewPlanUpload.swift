import EquitasCore
import EquitasSheets
import Foundation
import Vapor

/// What `POST /action-plans/import` receives: the file as the raw body, or a multipart
/// form with `file` and an optional `mapping` — the council's own headings named as
/// `equitas actions import --mapping` takes them (`heading,Equitas column` or `ignore`).
/// The mapping is read whole before the sheet, each bad row named.
struct NewPlanUpload {
    var file: Data
    var mapping: Data?

    struct Multipart: Content {
        var file: File?
        var mapping: File?
    }

    init(_ req: Request) throws {
        guard req.headers.contentType?.type == "multipart" else {
            file = try req.fileBody()
            return
        }
        // A body that is not a form at all is the caller's mistake: 422 naming the form.
        let form: Multipart
        do { form = try req.content.decode(Multipart.self) } catch {
            throw ValidationFailure(path: "file", message: "the body is not a multipart form with a file field")
        }
        guard let plan = form.file, plan.data.readableBytes > 0 else {
            throw ValidationFailure(path: "file", message: "the form has no plan in its file field")
        }
        file = Data(buffer: plan.data)
        mapping = form.mapping.flatMap { $0.data.readableBytes > 0 ? Data(buffer: $0.data) : nil }
    }

    /// The headings to read a spreadsheet with: the usual ones recognised, the mapping's
    /// added. A JSON document names its own fields, so a mapping beside one is refused.
    func headings() throws -> ActionPlanHeadings {
        guard let mapping else { return ActionPlanHeadings(lenient: true) }
        if PlanFileFormat.detect(file) == .json {
            throw ValidationFailure(path: "mapping", message: "a mapping is for a spreadsheet; an equitas.action-plan/1 document names its own fields")
        }
        return try ActionPlanHeadings(mapping: try CSVReader.read(mapping, name: "Mapping"), lenient: true)
    }
}

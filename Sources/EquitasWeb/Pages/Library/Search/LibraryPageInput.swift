import EquitasCore
import Vapor

/// The search page's query string, kept as typed so the form shows it back, and read
/// the way the API reads it; unlike the API, every bad field is named at once, since a
/// person corrects them all in one go. No `q` is the empty form, not an error.
struct LibraryPageInput: Sendable {
    static let fields = ["q"] + LibrarySearchInput.filterNames
    /// Fewer per page than the API: each result is a few lines of text.
    static let per = 20

    var typed: [String: String]
    var query: LibraryQuery?
    var filter = LibrarySearchFilter()
    var page: Int
    var errors = FormErrors()

    var text: String { typed["q"] ?? "" }
    var hasQuery: Bool { !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    init(_ req: Request) throws {
        var typed: [String: String] = [:]
        for name in Self.fields {
            if let value: String = req.query[name], !value.isEmpty { typed[name] = value }
        }
        self.typed = typed
        page = try req.intQuery("page") ?? 1
        _ = try PageRequest(page: page, per: Self.per)
        if hasQuery {
            do throws(ValidationFailure) { query = try LibraryQuery.parse(text) } catch { errors.add("q", FormErrors.sentence(error.message)) }
        }
        do throws(ValidationFailure) {
            filter = try LibrarySearchFilter.parse(
                module: typed["module"], kind: typed["kind"], level: typed["level"], year: typed["year"],
                organisationType: typed["organisation_type"], framework: typed["framework"])
        } catch {
            errors.add(error.path, FormErrors.sentence(error.message))
        }
    }

    /// This search's address at another page: every field as given, so that paging
    /// keeps the filters.
    func path(page: Int) -> String {
        let pairs = Self.fields.compactMap { name in typed[name].map { (name, $0) } } + (page == 1 ? [] : [("page", String(page))])
        return LibraryPageController.path + "?" + pairs.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }

    /// RFC 3986's unreserved characters: ASCII only, so every other letter is escaped.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }
}

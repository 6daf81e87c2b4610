/// The three sets of routes, each behind its own middleware: the server's own health
/// and metrics, the JSON API (bearer tokens) and the pages (sessions and CSRF).
enum RouteSurface: String, Sendable, CaseIterable, CustomStringConvertible {
    case service
    case api
    case pages

    var description: String { rawValue }
}

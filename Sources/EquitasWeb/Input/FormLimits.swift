/// How large a body the routes that do not say otherwise take: every text form and
/// every JSON request. Uploads declare their own (`RouteBody`). Vapor's default of 16 KB
/// refused a self-assessment narrative of about 1,900 words as "too large"; this takes
/// a field at `Text.longMaximum` characters even percent-encoded, and a field longer than
/// that comes back to its form with the limit named instead.
enum FormLimits {
    static let textFormBytes = 2 * 1024 * 1024
}

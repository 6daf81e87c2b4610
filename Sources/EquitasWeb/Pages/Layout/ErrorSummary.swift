/// The box at the top of a page whose form failed, as GOV.UK services show it: a
/// heading, then one link per problem that takes the user to the field at fault.
enum ErrorSummary {
    static let titleId = "error-summary-title"

    static func node(_ problems: [(fieldId: String, message: String)]) -> Node {
        .div(
            [.class("error-summary"), Attribute("role", "alert"), .aria("labelledby", titleId), Attribute("tabindex", "-1")],
            .h2([.id(titleId)], "There is a problem"),
            .ul([], .fragment(problems.map { problem in .li([], .a(href: "#" + problem.fieldId, .text(problem.message))) })))
    }
}

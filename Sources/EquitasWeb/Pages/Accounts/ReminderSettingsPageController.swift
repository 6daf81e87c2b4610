import EquitasCore
import EquitasPersistence
import Vapor

/// `/account/reminders`: the signed-in person turns their reminder emails off or on.
struct ReminderSettingsPageController: DeclaredRouteCollection {
    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.accountReminders, use: show)
        try routes.on(Site.accountRemindersPost, use: change)
    }

    func show(req: Request) async throws -> Response {
        let id = try Self.accountId(req)
        let off = try await AccountStore(db: req.db).remindersOff(id)
        return PageResponse.make(ReminderSettingsPage.layout(off: off, done: req.query["done"] == "saved", csrf: req.pageContext.csrfToken), for: req)
    }

    func change(req: Request) async throws -> Response {
        let id = try Self.accountId(req)
        let choice = (try? req.content.get(String.self, at: "digests")) ?? ""
        guard choice == "on" || choice == "off" else {
            let off = try await AccountStore(db: req.db).remindersOff(id)
            return PageResponse.make(
                ReminderSettingsPage.layout(off: off, done: false, csrf: req.pageContext.csrfToken, error: "Choose whether to receive reminders"),
                for: req, status: .unprocessableEntity)
        }
        try await AccountStore(db: req.db).setRemindersOff(id, choice == "off")
        return PageResponse.redirect(to: Site.accountReminders.path + "?done=saved")
    }

    static func accountId(_ req: Request) throws -> UUID {
        guard let id = req.actor.accountId else { throw Abort(.unauthorized) }
        return id
    }
}

enum ReminderSettingsPage {
    static func layout(off: Bool, done: Bool, csrf: String?, error: String? = nil) -> PageLayout {
        var errors = FormErrors()
        if let error { errors.add("digests", error) }
        return PageLayout(title: errors.titlePrefix + "Reminders", content: [
            errors.summary,
            done ? StatusMessage.node("Your choice has been saved.") : .empty,
            .h1([], "Reminders"),
            .p([], .text("Equitas emails a weekly digest of the actions you lead that are overdue or due soon, and, depending on your role, the comments and drafts waiting for you or the statutory dates coming up. You are \(off ? "not receiving" : "receiving") them.")),
            .form(
                action: Site.accountRemindersPost.path, method: .post, [],
                FormControls.csrf(csrf),
                FormControls.radios(
                    "digests", legend: "Reminder emails", options: [("on", "Send me reminders"), ("off", "Do not send me reminders")],
                    selected: off ? "off" : "on", error: errors["digests"]),
                FormControls.submit("Save")),
        ])
    }
}

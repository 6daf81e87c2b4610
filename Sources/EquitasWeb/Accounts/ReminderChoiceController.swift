import EquitasCore
import EquitasPersistence
import Vapor

/// `GET|PUT /api/v1/me/reminders`: whether the signed-in person receives reminder
/// digests (`{"digests": true}`). Escalations to a monitoring contact are not digests
/// and are sent whatever this says.
struct ReminderChoiceController: DeclaredRouteCollection {
    struct Choice: Content {
        var digests: Bool
    }

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(API.meReminders, use: show)
        try routes.on(API.meRemindersPut, use: change)
    }

    func show(req: Request) async throws -> Response {
        let off = try await AccountStore(db: req.db).remindersOff(try ReminderSettingsPageController.accountId(req))
        return try JSONResponse.make(Choice(digests: !off))
    }

    func change(req: Request) async throws -> Response {
        let id = try ReminderSettingsPageController.accountId(req)
        let choice = try req.decodeJSON(Choice.self)
        try await AccountStore(db: req.db).setRemindersOff(id, !choice.digests)
        return try JSONResponse.make(choice)
    }
}

import EquitasCore
import Foundation

/// Pages anyone may open, signing in and out, the dashboard and one's own settings.
extension Site {
    static let home = Endpoint<Void>(.GET, resource: .everyone)
    static let accountCalendar = Endpoint<Void>(.GET, "account", "calendar", resource: .signedIn)
    static let accountCalendarPost = Endpoint<Void>(.POST, "account", "calendar", resource: .signedIn)
    static let accountReminders = Endpoint<Void>(.GET, "account", "reminders", resource: .signedIn)
    static let accountRemindersPost = Endpoint<Void>(.POST, "account", "reminders", resource: .signedIn)
    static let accreditations = Endpoint<Void>(.GET, "accreditations", resource: .everyone)
    static let assetsCaptureJs = Endpoint<Void>(.GET, "assets", "capture.js", resource: .everyone)
    static let assetsEquitasCss = Endpoint<Void>(.GET, "assets", "equitas.css", resource: .everyone)
    static let calendarFeed = Endpoint<String>(.GET, "calendar-feeds", .secret, resource: .everyone)
    static let dashboard = Endpoint<Void>(.GET, "dashboard", resource: .signedIn)
    static let published = Endpoint<Void>(.GET, "published", resource: .everyone)
    static let publishedReport = Endpoint<UUID>(.GET, "published", .challengeID, "report", resource: .everyone)
    static let publishedYouSaidWeDid = Endpoint<UUID>(.GET, "published", .challengeID, "you-said-we-did", resource: .everyone)
    static let publishedYouSaidWeDidFeed = Endpoint<UUID>(.GET, "published", .challengeID, "you-said-we-did", "feed", resource: .everyone)
    static let signIn = Endpoint<Void>(.GET, "sign-in", resource: .everyone)
    static let signInPost = Endpoint<Void>(.POST, "sign-in", resource: .everyone)
    static let signOutPost = Endpoint<Void>(.POST, "sign-out", resource: .signedIn)

    static let publicRoutes: [RouteDeclaration] = [
        home.declaration,
        accountCalendar.declaration,
        accountCalendarPost.declaration,
        accountReminders.declaration,
        accountRemindersPost.declaration,
        accreditations.declaration,
        assetsCaptureJs.declaration,
        assetsEquitasCss.declaration,
        calendarFeed.declaration,
        dashboard.declaration,
        published.declaration,
        publishedReport.declaration,
        publishedYouSaidWeDid.declaration,
        publishedYouSaidWeDidFeed.declaration,
        signIn.declaration,
        signInPost.declaration,
        signOutPost.declaration,
    ]
}

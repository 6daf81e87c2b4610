import Vapor

/// Every server-rendered page and the style sheet they share. Pages live outside
/// `/api/v1`, so they are not part of the OpenAPI description.
struct PageRoutes: RouteCollection {
    /// The largest evidence file a page accepts, as the API does.
    var evidenceLimit = AppConfiguration.defaultEvidenceLimit

    func boot(routes: any RoutesBuilder) throws {
        routes.protected(.everyone).get("assets", "equitas.css", use: Stylesheet.serve)
        routes.protected(.everyone).get("assets", "capture.js", use: CaptureScript.serve)
        try routes.protected(.everyone).register(collection: PublicPageController())
        try routes.protected(.everyone).register(collection: YouSaidWeDidController())
        try routes.register(collection: PublicityPageController())
        try routes.register(collection: SignInController())
        try routes.register(collection: SelfAssessmentPageController())
        try routes.register(collection: EvidencePageController(limit: evidenceLimit))
        try routes.register(collection: DashboardController())
        try routes.register(collection: OrganisationPageController())
        try routes.register(collection: ImpactAssessmentPageController())
        try routes.register(collection: EqualityObjectivePageController())
        try routes.register(collection: PersonPageController())
        try routes.register(collection: AccountPageController())
        try routes.register(collection: ReminderSettingsPageController())
        try routes.register(collection: CalendarPageController())
        try routes.register(collection: CommitteeMeetingPageController())
        try routes.register(collection: ChallengePageController())
        try routes.register(collection: ActionPlanPageController())
        try routes.register(collection: PeerWorkPageRoutes())
        try routes.register(collection: ChangesPageController())
        try routes.register(collection: WorkforcePageController(limit: evidenceLimit))
        try routes.register(collection: ProfilePageController())
        try routes.register(collection: ReportImportPageController(limit: evidenceLimit))
        try routes.register(collection: LibraryPageController())
    }
}

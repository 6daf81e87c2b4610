import Vapor

/// Every server-rendered page and the style sheet they share. Pages live outside
/// `/api/v1`, so they are not part of the OpenAPI description.
struct PageRoutes: DeclaredRouteCollection {
    /// The largest evidence file a page accepts, as the API does.
    var evidenceLimit = AppConfiguration.defaultEvidenceLimit

    func boot(routes: DeclaredRoutes) throws {
        try routes.on(Site.assetsEquitasCss, use: Stylesheet.serve)
        try routes.on(Site.assetsCaptureJs, use: CaptureScript.serve)
        try routes.register(PublicPageController())
        try routes.register(YouSaidWeDidController())
        try routes.register(PublicityPageController())
        try routes.register(SignInController())
        try routes.register(SelfAssessmentPageController())
        try routes.register(EvidencePageController(limit: evidenceLimit))
        try routes.register(DashboardController())
        try routes.register(OrganisationPageController())
        try routes.register(ImpactAssessmentPageController())
        try routes.register(EqualityObjectivePageController())
        try routes.register(PersonPageController())
        try routes.register(AccountPageController())
        try routes.register(ReminderSettingsPageController())
        try routes.register(CalendarPageController())
        try routes.register(CommitteeMeetingPageController())
        try routes.register(ChallengePageController())
        try routes.register(ActionPlanPageController())
        try routes.register(PeerWorkPageRoutes())
        try routes.register(ChangesPageController())
        try routes.register(WorkforcePageController(limit: evidenceLimit))
        try routes.register(ProfilePageController())
        try routes.register(ReportImportPageController(limit: evidenceLimit))
        try routes.register(LibraryPageController())
    }
}

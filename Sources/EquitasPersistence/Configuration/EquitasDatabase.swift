import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging

/// Connects Fluent to the configured database and knows the schema's migrations.
public enum EquitasDatabase {
    /// Registers the database as the default. SQLite gets foreign keys switched on for
    /// every connection (cascading deletes depend on it) and is set up for many writers
    /// (`SQLiteTuning`); PostgreSQL gets TLS only when the URL asks for it.
    /// Either way every write of an audited row is recorded in `audit_events`.
    public static func register(_ configuration: DatabaseConfiguration, in databases: Databases) throws {
        switch configuration {
        case .sqlite(let path):
            databases.use(DatabaseConfigurationFactory { SQLiteWriterConfiguration(path: path) }, as: .sqlite, isDefault: true)
            useAuditTrail(on: databases, id: .sqlite)
        case .postgres(let url):
            // Fluent's pool, and connections of Equitas's own for the statement every
            // signed-in page runs (`PostgresKeptConfiguration`).
            let postgres = try SQLPostgresConfiguration(url: PostgresURL.normalised(url))
            databases.use(PostgresKeptConfiguration(postgres), as: .psql, isDefault: true)
            useAuditTrail(on: databases, id: .psql)
        }
    }

    /// Every migration, in the order they run. Add new ones at the end; never edit one
    /// that has shipped.
    public static let migrations: [any Migration] = [
        M0001_CreateOrganisations(),
        M0002_CreatePeople(),
        M0003_CreateChallenges(),
        M0004_CreateChallengeOrganisations(),
        M0005_CreateChallengeModules(),
        M0006_CreateTeamMembers(),
        M0007_CreateEvidence(),
        M0008_CreateSelfAssessments(),
        M0009_CreateSelfAssessmentEvidence(),
        M0010_CreateProgrammeSessions(),
        M0011_CreateSessionPeers(),
        M0012_CreateFindings(),
        M0013_CreateRecommendations(),
        M0014_IndexChallengeChildren(),
        M0015_CreateReportVersions(),
        M0016_CreateReportComments(),
        M0017_IndexReportComments(),
        M0018_CreateActionPlans(),
        M0019_CreateActionPlanItems(),
        M0020_CreatePlanActions(),
        M0021_CreateProgressUpdates(),
        M0022_IndexActionPlans(),
        M0023_CreateAccounts(),
        M0024_CreateAPITokens(),
        M0025_IndexAccounts(),
        M0026_CreateAuditEvents(),
        M0027_CreateSessions(),
        M0028_CreateSignInAttempts(),
        M0029_IndexSessions(),
        M0030_CreateImpactAssessments(),
        M0031_LinkEvidenceToImpactAssessments(),
        M0032_CreateWorkforceSnapshots(),
        M0033_CreateStaffRecords(),
        M0034_CreateCommunityProfiles(),
        M0035_CreateLibrarySearch(),
        M0036_CreateChangeStamps(),
        M0037_CreateFeedbackPresentations(),
        M0038_CreateActionPlanExports(),
        M0039_AddChallengeSecondLevel(),
        M0041_CreateCommitteeReports(),
        M0042_IndexLibraryFilters(),
        M0043_AddChallengeFollows(),
        M0044_AddReminderSettings(),
        M0045_CreateCalendarFeeds(),
        M0046_AddPublicity(),
        M0047_CreateEqualityObjectives(),
        M0048_CreateCommitteeMeetings(),
        M0050_AddOrganisationDisclosureThreshold(),
        M0051_StampCommitteeReports(),
        M0052_CreateWorkforceTallies(),
        M0053_StampWorkforce(),
    ]

    public static func addMigrations(to migrations: Migrations) {
        migrations.add(Self.migrations)
    }

    /// Runs whatever migrations have not yet run on `databases` (where `configuration` is
    /// registered as the default), holding `MigrationLock` so that two processes starting
    /// at once migrate one after the other: the second finds nothing left to do.
    public static func migrate(
        _ databases: Databases, configuration: DatabaseConfiguration, logger: Logger = Logger(label: "equitas.migrate")
    ) async throws {
        try await MigrationLock.holding(for: configuration, logger: logger) {
            try await migrate(databases, logger: logger)
        }
    }

    /// Runs whatever migrations have not yet run on the default database, without the lock:
    /// for a database no other process can be using (the tests' templates).
    public static func migrate(_ databases: Databases, logger: Logger = Logger(label: "equitas.migrate")) async throws {
        let migrations = Migrations()
        addMigrations(to: migrations)
        let migrator = Migrator(databases: databases, migrations: migrations, logger: logger, on: databases.eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// The tables the migrations create, parents before children.
    public static let tables = [
        "organisations", "people", "challenges", "challenge_organisations", "challenge_modules", "team_members",
        "impact_assessments", "evidence", "self_assessments", "self_assessment_evidence", "programme_sessions", "session_peers",
        "findings", "recommendations", "report_versions", "report_comments", "feedback_presentations",
        "action_plans", "action_plan_items", "plan_actions", "progress_updates", "action_plan_exports", "committee_reports", "accounts", "api_tokens", "audit_events",
        "sessions", "sign_in_attempts", "workforce_snapshots", "staff_records", "community_profiles", "calendar_feeds",
        "equality_objectives", "committee_meetings",
    ]
}

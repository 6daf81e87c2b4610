import Foundation

/// Everything the reminders are worked out from, loaded in one go by the store.
public struct ReminderInput: Sendable {
    /// Someone with an account, and so an address.
    public struct Recipient: Equatable, Sendable {
        public var email: String
        public var name: String
        public var role: Role
        public var organisationId: UUID?
        /// The person record that links the account to actions they lead and teams.
        public var personId: UUID?
        /// They turned digests off.
        public var remindersOff: Bool

        public init(email: String, name: String, role: Role, organisationId: UUID? = nil, personId: UUID? = nil, remindersOff: Bool = false) {
            self.email = email
            self.name = name
            self.role = role
            self.organisationId = organisationId
            self.personId = personId
            self.remindersOff = remindersOff
        }
    }

    /// A plan with its council's name.
    public struct Plan: Sendable {
        public var record: ActionPlanRecord
        public var organisationName: String
        /// The monitoring body's contact: an address to escalate to.
        public var monitoringContact: String?

        public init(record: ActionPlanRecord, organisationName: String, monitoringContact: String? = nil) {
            self.record = record
            self.organisationName = organisationName
            self.monitoringContact = monitoringContact
        }
    }

    /// A challenge with work waiting for its review manager.
    public struct ReviewWork: Sendable {
        public var challengeName: String
        public var reviewManagerPersonIds: Set<UUID>
        /// Council comments on drafts not yet resolved.
        public var openComments: Int
        /// In drafting with no draft issued yet.
        public var draftWaiting: Bool

        public init(challengeName: String, reviewManagerPersonIds: Set<UUID>, openComments: Int, draftWaiting: Bool) {
            self.challengeName = challengeName
            self.reviewManagerPersonIds = reviewManagerPersonIds
            self.openComments = openComments
            self.draftWaiting = draftWaiting
        }
    }

    /// A statutory date of a council's.
    public struct Duty: Sendable {
        public var organisationId: UUID
        public var date: CalendarDate
        public var title: String

        public init(organisationId: UUID, date: CalendarDate, title: String) {
            self.organisationId = organisationId
            self.date = date
            self.title = title
        }
    }

    public var recipients: [Recipient]
    public var plans: [Plan]
    public var reviewWork: [ReviewWork]
    public var duties: [Duty]

    public init(recipients: [Recipient], plans: [Plan] = [], reviewWork: [ReviewWork] = [], duties: [Duty] = []) {
        self.recipients = recipients
        self.plans = plans
        self.reviewWork = reviewWork
        self.duties = duties
    }
}

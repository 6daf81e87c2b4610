import EquitasCore
import Foundation

/// What the profile page and its API show of a council: its snapshots' dates, the
/// overview of one of them (nil with no snapshots) and the community it is compared with.
/// Made from the snapshots' tallies, never their records.
struct WorkforceProfileData: Sendable {
    var organisation: Identified<Organisation>
    /// Oldest first.
    var snapshots: [CalendarDate]
    var overview: WorkforceOverview?
    var community: CommunityProfile?
}

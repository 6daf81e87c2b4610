import Foundation

/// The pages of one kind of the team's work, from the route table: its list, and one
/// item's edit form, save and delete.
struct PeerWorkRoutes: Sendable {
    let list: Endpoint<UUID>
    let edit: Endpoint<(UUID, UUID)>
    let update: Endpoint<(UUID, UUID)>
    let delete: Endpoint<(UUID, UUID)>
}

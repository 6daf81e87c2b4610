import FluentKit
import Foundation

final class SessionPeerRow: LinkRow, @unchecked Sendable {
    static let schema = "session_peers"
    static let noun = "session peer"
    static let ownerKey: FieldKey = "session_id"

    @ID(key: .id) var id: UUID?
    @Field(key: "session_id") var ownerId: UUID
    @Field(key: "person_id") var targetId: UUID
    @Field(key: "position") var position: Int

    init() {}
}

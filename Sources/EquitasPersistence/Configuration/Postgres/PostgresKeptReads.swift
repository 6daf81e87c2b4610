import Logging
import NIOConcurrencyHelpers
import NIOCore
import PostgresKit

/// Connections of Equitas's own for the kept statements on PostgreSQL (`KeptRead`, ADR
/// 0004): a few per event loop, on which PostgresNIO keeps each statement prepared.
///
/// Through Fluent's pool, every signed-in page paid for a database value, a pool lease
/// and a task of its own to run the statement in, about as much of the server's time as
/// the statement itself. Here a read takes the least busy connection of its event loop
/// under a lock and runs the statement from the request's own task. Only the statement
/// is kept: every read runs on the database as it stands, in its own implicit
/// transaction, so it sees what any instance has committed.
final class PostgresKeptReads: Sendable {
    private let lanes: [ObjectIdentifier: Lane]
    private let anyLane: Lane
    private let counts = NIOLockedValueBox(Counts())
    private let logger: Logger

    struct Counts: Sendable {
        var served = 0
        var opened = 0
    }

    init(configuration: SQLPostgresConfiguration, group: any EventLoopGroup, logger: Logger) {
        let loops = Array(group.makeIterator())
        let most = PostgresTuning.keptReadConnectionsPerEventLoop(eventLoops: loops.count)
        var lanes: [ObjectIdentifier: Lane] = [:]
        for loop in loops {
            lanes[ObjectIdentifier(loop)] = Lane(eventLoop: loop, configuration: configuration, most: most, logger: logger)
        }
        self.lanes = lanes
        anyLane = lanes.values.first ?? Lane(eventLoop: group.any(), configuration: configuration, most: most, logger: logger)
        self.logger = logger
    }

    /// Reads served, and connections opened, since the start: for tests.
    var served: Int { counts.withLockedValue { $0.served } }
    var opened: Int { counts.withLockedValue { $0.opened } }

    /// The rows of `Statement` with `binds`, on `eventLoop`'s connections (any lane's for
    /// a loop of another group). A connection found closed (the server restarted, an
    /// administrator ended it) is replaced and the read tried once more: it changes
    /// nothing, so trying again is safe.
    func rows<Statement: KeptStatement>(_ statement: Statement.Type, _ binds: [KeptBind], on eventLoop: any EventLoop)
        async throws -> [PostgresRow]
    {
        let lane = lanes[ObjectIdentifier(eventLoop)] ?? anyLane
        var again = true
        while true {
            let member = try await lane.member(counts: counts)
            do {
                var rows: [PostgresRow] = []
                for try await row in try await member.connection.execute(PostgresKept<Statement>(binds: binds), logger: logger) {
                    rows.append(row)
                }
                lane.done(member)
                counts.withLockedValue { $0.served += 1 }
                return rows
            } catch {
                lane.done(member)
                guard member.connection.isClosed, again else { throw error }
                again = false
            }
        }
    }

    /// Connections open now, over every event loop.
    var open: Int { lanes.values.reduce(0) { $0 + $1.openCount } }

    /// What each lane does every `Lane.quietSpell`: closes connections beyond its first
    /// that ran nothing since the last look.
    func closeQuietConnections() {
        for lane in lanes.values { lane.closeQuiet() }
    }

    /// Closes every connection; reads after this fail.
    func close() async {
        for lane in lanes.values {
            try? await lane.close().get()
        }
    }

    /// Starts closing every connection without waiting (a synchronous shutdown, which
    /// may be running on an event loop).
    func closeSoon() {
        for lane in lanes.values { _ = lane.close() }
    }

    struct Closed: Error, CustomStringConvertible {
        var description: String { "the kept PostgreSQL reads are closed" }
    }
}

/// A kept statement as PostgresNIO prepares it: once per connection, by its name.
struct PostgresKept<Statement: KeptStatement>: PostgresPreparedStatement {
    typealias Row = PostgresRow
    static var name: String { "equitas_kept_" + String(describing: Statement.self) }
    static var sql: String { Statement.postgres }
    var binds: [KeptBind]

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: binds.count)
        for bind in binds {
            switch bind {
            case .text(let text): bindings.append(text)
            case .uuid(let id): bindings.append(id)
            }
        }
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// One event loop's connections.
private final class Lane: Sendable {
    /// How long a connection beyond the first may stay unused before it is closed.
    static let quietSpell = TimeAmount.seconds(30)

    let eventLoop: any EventLoop
    /// At most this many connections; another opens only while all those open are busy.
    private let most: Int
    private let configuration: SQLPostgresConfiguration
    private let logger: Logger
    private let state = NIOLockedValueBox(State())

    struct State {
        var members: [Member] = []
        var opening: EventLoopFuture<Member>?
        var closed = false
        var pruning: RepeatedTask?
    }

    /// A connection and how many reads are running on it; `running` is changed only
    /// under the lane's lock.
    final class Member: @unchecked Sendable {
        let connection: PostgresConnection
        var running = 0
        /// Whether it ran a read since the last look for quiet connections.
        var used = true

        init(connection: PostgresConnection) { self.connection = connection }
    }

    init(eventLoop: any EventLoop, configuration: SQLPostgresConfiguration, most: Int, logger: Logger) {
        self.eventLoop = eventLoop
        self.configuration = configuration
        self.most = most
        self.logger = logger
    }

    /// The least busy open connection, counted as running one more read; a new one is
    /// opened when all are busy and there is room (the read meanwhile takes the least busy).
    func member(counts: NIOLockedValueBox<PostgresKeptReads.Counts>) async throws -> Member {
        enum Next { case ready(Member), wait(EventLoopFuture<Member>) }
        let next: Next = try state.withLockedValue { state in
            guard !state.closed else { throw PostgresKeptReads.Closed() }
            state.members.removeAll { $0.connection.isClosed }
            let idlest = state.members.min { $0.running < $1.running }
            if let idlest, idlest.running == 0 || state.members.count >= most || state.opening != nil {
                idlest.running += 1
                idlest.used = true
                return .ready(idlest)
            }
            if let opening = state.opening { return .wait(opening) }
            let opening = open(counts: counts)
            state.opening = opening
            if state.pruning == nil {
                state.pruning = eventLoop.scheduleRepeatedTask(initialDelay: Self.quietSpell, delay: Self.quietSpell) { _ in self.closeQuiet() }
            }
            if let idlest {
                idlest.running += 1
                idlest.used = true
                return .ready(idlest)
            }
            return .wait(opening)
        }
        switch next {
        case .ready(let member): return member
        case .wait(let opening):
            let member = try await opening.get()
            state.withLockedValue { _ in
                member.running += 1
                member.used = true
            }
            return member
        }
    }

    func done(_ member: Member) {
        state.withLockedValue { _ in member.running -= 1 }
    }

    private func open(counts: NIOLockedValueBox<PostgresKeptReads.Counts>) -> EventLoopFuture<Member> {
        let opening = PostgresConnectionSource(sqlConfiguration: configuration).makeConnection(logger: logger, on: eventLoop).map { Member(connection: $0) }
        opening.whenComplete { result in
            let closeNow: PostgresConnection? = self.state.withLockedValue { state in
                state.opening = nil
                guard case .success(let member) = result else { return nil }
                if state.closed { return member.connection }
                state.members.append(member)
                return nil
            }
            if case .success = result { counts.withLockedValue { $0.opened += 1 } }
            if let closeNow { _ = Self.close(closeNow) }
        }
        return opening
    }

    var openCount: Int { state.withLockedValue { $0.members.count } }

    /// Closes the connections beyond the first that ran nothing since the last look.
    func closeQuiet() {
        let quiet = state.withLockedValue { state in
            let quiet = state.members.dropFirst().filter { !$0.used && $0.running == 0 }
            state.members.removeAll { member in quiet.contains { $0 === member } }
            for member in state.members { member.used = false }
            return quiet
        }
        for member in quiet { _ = Self.close(member.connection) }
    }

    func close() -> EventLoopFuture<Void> {
        let members = state.withLockedValue { state in
            state.closed = true
            state.pruning?.cancel()
            state.pruning = nil
            defer { state.members = [] }
            return state.members
        }
        return EventLoopFuture.andAllComplete(members.map { Self.close($0.connection) }, on: eventLoop)
    }

    /// Closes a connection, holding it until it has closed: PostgresNIO requires a
    /// connection to be closed before it is released.
    private static func close(_ connection: PostgresConnection) -> EventLoopFuture<Void> {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
        return closing
    }
}

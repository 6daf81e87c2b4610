import EquitasPersistence
import Vapor

/// The database was too busy to take a write in time (see `DatabaseBusy`): answered 503
/// with `Retry-After`, as JSON or as a page, so that a client or a person tries again.
struct ServiceBusy: AbortError {
    static let retryAfterSeconds = 2
    var status: HTTPResponseStatus { .serviceUnavailable }
    var reason: String { "Many people are saving at once and this change could not be saved. Nothing was changed; try again in a moment." }

    /// The error to report in place of `error`: a busy database becomes `ServiceBusy`.
    static func replacing(_ error: any Error) -> any Error {
        DatabaseBusy.matches(error) ? ServiceBusy() : error
    }
}

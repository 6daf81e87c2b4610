/// The pages' routes (and the server's own health and metrics), one `Endpoint` each,
/// declared in `Table/Site+*.swift` by area.
enum Site {}

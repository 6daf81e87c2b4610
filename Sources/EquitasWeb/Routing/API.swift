/// The JSON API's routes under `/api/v1`, one `Endpoint` each, declared in
/// `Table/API+*.swift` by area. Resources/openapi.yaml describes exactly these.
enum API {}

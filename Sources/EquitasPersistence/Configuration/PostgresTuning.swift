/// How Equitas uses PostgreSQL's connections. Each instance keeps this many per event
/// loop (per core), so two cores hold eight: enough that a transaction waiting on a row
/// lock does not stall every other request, few enough that ten instances stay well
/// inside PostgreSQL's default of 100 connections.
public enum PostgresTuning {
    public static let connectionsPerEventLoop = 4
}

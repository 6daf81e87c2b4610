import ArgumentParser
import EquitasCore
import EquitasPersistence
import Foundation

struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts: id, email, role and name.")

    @OptionGroup var runtime: RuntimeOptions

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func run() async throws {
        let accounts = try await Runtime.withApplication(try Runtime.configuration(options: runtime)) { app in
            try await Self.all(AccountStore(db: app.db))
        }
        if json {
            print(String(decoding: try JSONCoding.encoder().encode(accounts), as: UTF8.self))
        } else if accounts.isEmpty {
            print("No accounts. Add the first administrator with `equitas user add`.")
        } else {
            for account in accounts {
                print(
                    "\(account.id.uuidString.lowercased())  \(account.value.email)  \(account.value.role.rawValue)  \(account.value.name)")
            }
        }
    }

    /// Every account, page after page.
    static func all(_ store: AccountStore) async throws -> [Identified<Account>] {
        var accounts: [Identified<Account>] = []
        var number = 1
        while true {
            let page = try await store.list(try PageRequest(page: number, per: PageRequest.maximumPer))
            accounts += page.items
            if page.items.isEmpty || accounts.count >= page.metadata.total { return accounts }
            number += 1
        }
    }
}
